// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Casus",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "CasusCore", targets: ["CasusCore"]),
        .executable(name: "casus", targets: ["casus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure: bytes in, events out. No I/O beyond loading its own resources.
        .target(
            name: "CasusCore",
            resources: [.copy("Resources")]
        ),
        // Readers (text, JSON Lines), gold files and evaluation, the read → code pipeline.
        .target(name: "CasusIngest", dependencies: ["CasusCore", "CLibXML2"]),
        // libxml2's HTML and XML parsers (Debian: libxml2-dev), for HTML pages and feeds.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .executableTarget(
            name: "casus",
            dependencies: [
                "CasusCore",
                "CasusIngest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CasusCoreTests", dependencies: ["CasusCore"]),
        .testTarget(name: "CasusIngestTests", dependencies: ["CasusIngest", "CasusCore"]),
        .testTarget(name: "casusTests", dependencies: ["casus"]),
    ],
    swiftLanguageModes: [.v6]
)
