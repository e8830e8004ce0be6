/// One run of text as a reader sees it: a paragraph, a heading, a list item, or text standing
/// loose in a container, with how much of it is link text.
struct TextBlock {
    enum Kind: Equatable { case paragraph, heading, listItem, cell, loose }

    var text: String
    var kind: Kind
    /// The element the text belongs to (the `<p>`, or the `<div>` holding loose text).
    var owner: XMLNode
    /// Letters and digits in the block, and those inside links.
    var characters: Int
    var linkCharacters: Int

    var linkDensity: Double { characters == 0 ? 0 : Double(linkCharacters) / Double(characters) }
    var words: Int { text.split(separator: " ").count }
}

/// Cuts a parsed HTML tree into text blocks, leaving out what is never text to read.
struct TextBlocks {
    /// Elements whose content is never article text.
    static let skipped: Set<String> = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                                       "canvas", "form", "button", "select", "textarea", "input", "nav", "aside",
                                       "footer", "menu", "dialog", "figure", "head", "title", "map", "video", "audio"]
    static let paragraphs: Set<String> = ["p", "blockquote", "pre", "dd", "figcaption", "address", "h4", "h5", "h6"]
    static let headings: Set<String> = ["h1", "h2", "h3"]
    static let listItems: Set<String> = ["li", "dt"]
    static let cells: Set<String> = ["td", "th", "caption"]
    /// Other elements that start a new line: their loose text is a block of its own.
    static let containers: Set<String> = ["html", "body", "div", "section", "article", "main", "header", "ul", "ol", "dl",
                                          "table", "thead", "tbody", "tfoot", "tr", "center", "hr", "details", "summary",
                                          "hgroup", "fieldset", "legend", "output", "picture"]

    /// Whether an element is page furniture: skipped by name or marked as such (`filter`).
    let skip: (XMLNode) -> Bool

    private(set) var blocks: [TextBlock] = []
    private var buffer = ""
    private var characters = 0
    private var linkCharacters = 0
    private var owner: XMLNode
    private var kind: TextBlock.Kind = .loose
    private var afterBreak = false

    init(root: XMLNode, skip: @escaping (XMLNode) -> Bool) {
        self.owner = root
        self.skip = skip
    }

    /// The blocks of everything below `root`, in document order.
    static func collect(_ root: XMLNode, skip: @escaping (XMLNode) -> Bool = { TextBlocks.skipped.contains($0.name) }) -> [TextBlock] {
        var collector = TextBlocks(root: root, skip: skip)
        collector.visit(root, inLink: false)
        collector.flush()
        return collector.blocks
    }

    /// Plain text of an HTML fragment (a feed item's description): every block, blank lines between.
    static func plainText(_ root: XMLNode) -> String {
        collect(root).map(\.text).joined(separator: "\n\n")
    }

    private mutating func visit(_ node: XMLNode, inLink: Bool) {
        if node.isText {
            let text = node.content
            buffer += text
            let count = text.unicodeScalars.reduce(0) { $0 + ($1.properties.isAlphabetic || $1.properties.numericType != nil ? 1 : 0) }
            characters += count
            if inLink { linkCharacters += count }
            if count > 0 { afterBreak = false }
            return
        }
        guard node.isElement else { return }
        let name = node.name
        if name == "br" {
            if afterBreak { flush() } else { buffer += " "; afterBreak = true }
            return
        }
        if skip(node) { return }
        let blockKind: TextBlock.Kind?
        if Self.paragraphs.contains(name) { blockKind = .paragraph }
        else if Self.headings.contains(name) { blockKind = .heading }
        else if Self.listItems.contains(name) { blockKind = .listItem }
        else if Self.cells.contains(name) { blockKind = .cell }
        else if Self.containers.contains(name) || node.parent == nil { blockKind = .loose }
        else { blockKind = nil }
        guard let blockKind else {
            for child in node.children { visit(child, inLink: inLink || name == "a") }
            return
        }
        flush()
        let saved = (owner, kind)
        (owner, kind) = (node, blockKind)
        for child in node.children { visit(child, inLink: inLink) }
        flush()
        (owner, kind) = saved
    }

    private mutating func flush() {
        defer { buffer = ""; characters = 0; linkCharacters = 0; afterBreak = false }
        let text = Self.normalize(buffer)
        guard !text.isEmpty, characters > 0 else { return }
        blocks.append(TextBlock(text: text, kind: kind, owner: owner, characters: characters, linkCharacters: linkCharacters))
    }

    /// Collapses every run of white space (no-break spaces and line breaks too) into one space.
    static func normalize(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.unicodeScalars.append(" "); pendingSpace = false }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
