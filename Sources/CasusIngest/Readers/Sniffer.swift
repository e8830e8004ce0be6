import Foundation

/// Tells what an input is from its extension, its HTTP content type, or its first bytes.
enum Sniffer {
    enum Format: Equatable { case text, jsonLines, html, feed }

    static let feedRoots: Set<String> = ["rss", "feed", "rdf:rdf", "atom:feed"]

    static func format(forExtension ext: String) -> Format? {
        if DocumentReader.textExtensions.contains(ext) { return .text }
        if DocumentReader.jsonLinesExtensions.contains(ext) { return .jsonLines }
        if DocumentReader.htmlExtensions.contains(ext) { return .html }
        if DocumentReader.feedExtensions.contains(ext) { return .feed }
        return nil
    }

    /// A file's format: its extension says, except that an HTML file holding a feed is a feed
    /// and an XML file holding a page is a page. Inputs without an extension (`ext` nil: standard
    /// input, pipes) and unknown extensions are sniffed: JSON Lines when there is no extension,
    /// markup, else text.
    static func format(of bytes: [UInt8], extension ext: String?) -> Format {
        let root = rootName(bytes)
        switch ext.flatMap(format(forExtension:)) {
        case .text?: return .text
        case .jsonLines?: return .jsonLines
        case .html?: return root.map(feedRoots.contains) == true ? .feed : .html
        case .feed?: return root == "html" ? .html : .feed
        case nil:
            if ext == nil, firstSignificantByte(bytes) == UInt8(ascii: "{") { return .jsonLines }
            return markup(bytes) ?? .text
        }
    }

    /// A fetched body's format, from its content type when it names one, checked against the
    /// body (a feed served as text/html is still a feed), else from the URL and the bytes.
    static func format(of body: FetchedBody) -> Format {
        let root = rootName(body.bytes)
        if let root, feedRoots.contains(root) { return .feed }
        let ext = URL(string: body.url)?.pathExtension.lowercased() ?? ""
        switch body.contentType.map(mediaType).flatMap(format(forMediaType:)) {
        case .html?: return .html
        case .feed?: return root == "html" ? .html : .feed
        case .text?: return DocumentReader.jsonLinesExtensions.contains(ext) ? .jsonLines : .text
        case .jsonLines?: return .jsonLines
        case nil:
            if format(forExtension: ext) != nil { return format(of: body.bytes, extension: ext) }
            return firstSignificantByte(body.bytes) == UInt8(ascii: "{") ? .jsonLines : markup(body.bytes) ?? .text
        }
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
        let root = rootName(bytes)
        if let root, feedRoots.contains(root) { return .feed }
        let declared = bytes.prefix(64).drop(while: { $0 != UInt8(ascii: "<") }).starts(with: Array("<?xml".utf8))
        return declared && root != nil && root != "html" ? .feed : .html
    }

    /// The name of the first element in the first 4 KiB, lower case (`rss`, `feed`, `html`).
    static func rootName(_ bytes: [UInt8]) -> String? {
        let head = bytes.prefix(4096).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        var i = 0
        var inComment = false
        while i + 1 < head.count {
            defer { i += 1 }
            if inComment {
                if head[i] == UInt8(ascii: "-"), head[(i + 1)...].starts(with: Array("->".utf8)) { inComment = false }
                continue
            }
            if head[i...].starts(with: Array("<!--".utf8)) { inComment = true; i += 3; continue }
            guard head[i] == UInt8(ascii: "<"), head[i + 1] >= 97, head[i + 1] <= 122 else { continue }
            var end = i + 1
            while end < head.count, (head[end] >= 97 && head[end] <= 122) || (head[end] >= 48 && head[end] <= 57)
                    || head[end] == UInt8(ascii: ":") || head[end] == UInt8(ascii: "-") || head[end] == UInt8(ascii: "_") { end += 1 }
            return String(decoding: head[(i + 1)..<end], as: UTF8.self)
        }
        return nil
    }

    /// Whether the first 8 KiB hold a NUL byte (and no UTF-16 byte order mark explains it).
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }
}
