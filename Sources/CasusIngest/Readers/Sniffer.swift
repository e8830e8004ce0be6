import Foundation

/// Tells what an input is from its extension, its HTTP content type, or its first bytes.
enum Sniffer {
    enum Format: Equatable { case text, jsonLines, html, feed }

    static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    static let feedExtensions: Set<String> = ["xml", "rss", "atom"]

    static func format(forExtension ext: String) -> Format? {
        if DocumentReader.textExtensions.contains(ext) { return .text }
        if DocumentReader.jsonLinesExtensions.contains(ext) { return .jsonLines }
        if htmlExtensions.contains(ext) { return .html }
        if feedExtensions.contains(ext) { return .feed }
        return nil
    }

    /// The media type of a `Content-Type` header, lower case, without parameters.
    static func mediaType(_ contentType: String) -> String {
        String(contentType.split(separator: ";").first ?? "").trimmingWhitespace.lowercased()
    }

    /// The `charset` parameter of a `Content-Type` header.
    static func charset(_ contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingWhitespace }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }

    /// What a media type says; nil for types Casus does not read (images, PDF, JSON…).
    static func format(forMediaType type: String) -> Format? {
        switch type {
        case "text/html", "application/xhtml+xml": return .html
        case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
             "application/feed+xml": return .feed
        case "text/plain": return .text
        case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
             "application/jsonlines", "application/json-lines": return .jsonLines
        default: return nil
        }
    }

    /// The first byte that is not white space or a UTF-8 byte order mark.
    static func firstSignificantByte(_ bytes: [UInt8]) -> UInt8? {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        return bytes[start...].first { !($0 == 32 || $0 == 9 || $0 == 10 || $0 == 13 || $0 == 12) }
    }

    /// For a body that starts with markup: `.feed` for RSS, Atom, RDF or any XML whose root is
    /// not `<html>`; `.html` for the rest. Nil when the body does not start with `<`.
    static func markup(_ bytes: [UInt8]) -> Format? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return .html }   // UTF-16: only HTML declares it
        guard firstSignificantByte(bytes) == UInt8(ascii: "<") else { return nil }
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        let xmlDeclaration = head.drop(while: { $0 != UInt8(ascii: "<") }).starts(with: Array("<?xml".utf8))
        var i = 0
        while i + 1 < head.count {
            defer { i += 1 }
            guard head[i] == UInt8(ascii: "<"), head[i + 1] >= 97, head[i + 1] <= 122 else { continue }
            var end = i + 1
            while end < head.count, (head[end] >= 97 && head[end] <= 122) || (head[end] >= 48 && head[end] <= 57)
                    || head[end] == UInt8(ascii: ":") || head[end] == UInt8(ascii: "-") || head[end] == UInt8(ascii: "_") { end += 1 }
            let name = String(decoding: head[(i + 1)..<end], as: UTF8.self)
            if name == "rss" || name == "feed" || name == "rdf:rdf" || name.hasSuffix(":feed") { return .feed }
            return name == "html" || !xmlDeclaration ? .html : .feed
        }
        return xmlDeclaration ? .feed : .html
    }

    /// Whether the first 8 KiB hold a NUL byte (and no UTF-16 byte order mark explains it).
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }
}
