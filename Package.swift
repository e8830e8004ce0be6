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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.21.0"),
        // Already in the graph through postgres-nio; used for documents' SHA-256 content hashes.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // Pure: bytes in, events out. No I/O beyond loading its own resources.
        .target(
            name: "CasusCore",
            resources: [.copy("Resources")]
        ),
        // Durable events: one store protocol, SQLite (embedded, default) and PostgreSQL (shared).
        .target(
            name: "CasusStore",
            dependencies: [
                "CasusCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Readers (text, JSON Lines, HTML, feeds, URLs), gold files and evaluation, the read → code → store pipeline.
        .target(name: "CasusIngest", dependencies: ["CasusCore", "CasusStore", "CLibXML2"]),
        // libxml2's HTML and XML parsers (Debian: libxml2-dev), for HTML pages and feeds.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .executableTarget(
            name: "casus",
            dependencies: [
                "CasusCore",
                "CasusIngest",
                "CasusStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CasusCoreTests", dependencies: ["CasusCore"]),
        .testTarget(
            name: "CasusStoreTests",
            dependencies: ["CasusStore", "CasusCore", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "CasusIngestTests", dependencies: ["CasusIngest", "CasusCore"]),
        .testTarget(
            name: "casusTests",
            dependencies: ["casus", "CasusStore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
