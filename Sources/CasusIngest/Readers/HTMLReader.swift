/// A web page read for its article: metadata and the main text's paragraphs.
public struct HTMLPage: Sendable, Equatable {
    public var metadata: HTMLMetadata
    /// Paragraphs, headings and list items of the article, in document order.
    public var paragraphs: [String]

    /// The article as Casus codes it: paragraphs separated by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// Reads HTML with libxml2's HTML parser (as forgiving as a browser, never on the network) and
/// extracts the article (`MainText`) and what the page says about itself (`HTMLMetadata`).
///
/// The page's encoding comes from `encoding` (an HTTP charset), else its BOM or `<meta
/// charset>`; libxml2 converts to UTF-8, and falls back to Latin-1 on bytes that are not UTF-8.
public enum HTMLReader {
    /// Reads a page; a body that is not HTML or holds no article text is a problem at `location`.
    public static func read(_ bytes: [UInt8], location: String, url: String? = nil, encoding: String? = nil) -> Result<HTMLPage, InputProblem> {
        if let reason = notHTML(bytes) { return .failure(InputProblem(location, reason)) }
        let page = LibXML.withHTML(bytes, encoding: encoding) { root in
            HTMLPage(metadata: HTMLMetadata.read(root, baseURL: url), paragraphs: MainText.paragraphs(root))
        }
        guard let page else { return .failure(InputProblem(location, "no HTML to read: skipped")) }
        guard !page.paragraphs.isEmpty else {
            return .failure(InputProblem(location, "no article text in the page (only navigation, boilerplate or nothing): skipped"))
        }
        return .success(page)
    }

    /// The text of an HTML fragment such as a feed item's description: every block kept,
    /// tags and scripts dropped, entities decoded, paragraphs separated by blank lines.
    public static func plainText(fragment: String) -> String {
        guard fragment.contains("<") || fragment.contains("&") else {
            return fragment.split(separator: "\n\n").map { TextBlocks.normalize(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        }
        return LibXML.withHTML(Array(fragment.utf8), encoding: "UTF-8") { root in
            TextBlocks.plainText(root.firstElement(named: "body") ?? root)
        } ?? ""
    }

    /// Why a body cannot be an HTML page, if it cannot: empty, binary, JSON, no markup at all.
    static func notHTML(_ bytes: [UInt8]) -> String? {
        guard let first = Sniffer.firstSignificantByte(bytes) else { return "empty: no text to code" }
        if Sniffer.isBinary(bytes) { return "binary data (contains NUL bytes), not HTML: skipped" }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return "not HTML (the body looks like JSON): skipped" }
        if !bytes.prefix(4096).contains(UInt8(ascii: "<")) { return "not HTML (no markup in the first 4 KiB): skipped" }
        return nil
    }
}
