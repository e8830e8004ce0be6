import Foundation

/// Output to the terminal: the only place that knows about standard output and error.
enum Terminal {
    static var isInteractive: Bool { isatty(STDOUT_FILENO) != 0 }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("casus: \(message)\n".utf8))
    }

    /// Writes bytes to standard output in full.
    static func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }

    static func print(_ s: String) { write(Array((s + "\n").utf8)) }
}
