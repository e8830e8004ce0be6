import Foundation
import CLibXML2

/// The two libxml2 parsers Casus uses, behind closures that free the tree when they return.
///
/// Trees are only read, by walking `xmlNode` pointers: no strings are allocated by libxml2 on
/// our behalf, so nothing has to be released but the document itself.
enum LibXML {
    /// `xmlInitParser` must run once before parsers are used from several threads.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses HTML as browsers do — recovering from any error, never touching the network —
    /// and passes the root element to `body`. `encoding` overrides the page's own declaration
    /// (a charset from an HTTP header); without it libxml2 reads the BOM and `<meta charset>`
    /// and converts to UTF-8. Nil when libxml2 builds no tree at all (an empty body).
    static func withHTML<T>(_ bytes: [UInt8], encoding: String? = nil, _ body: (XMLNode) throws -> T) rethrows -> T? {
        _ = initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return try body(XMLNode(root))
    }

    /// Why an XML document could not be parsed: libxml2's message and where it stopped.
    struct ParseError: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Parses well-formed XML (no recovery, no network, no external entities) and passes the
    /// root element to `body`; a malformed document is an error with the parser's line.
    static func withXML<T>(_ bytes: [UInt8], _ body: (XMLNode) throws -> T) throws -> T {
        _ = initialized
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw ParseError(line: 1, column: 0, message: "empty document") }
        guard let context = xmlNewParserCtxt() else { throw ParseError(line: 0, column: 0, message: "libxml2 could not allocate a parser") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, nil, options)
            }
        }
        let error = context.pointee.lastError
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            var message = error.message.map { String(cString: $0) } ?? "not well-formed XML"
            message = message.trimmingCharacters(in: .whitespacesAndNewlines)
            throw ParseError(line: Int(error.line), column: Int(error.int2), message: message)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw ParseError(line: 1, column: 0, message: "no root element") }
        return try body(XMLNode(root))
    }
}

/// A read-only view of a node in a libxml2 tree; valid only inside the closure that gave it.
struct XMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The local name (`encoded` for `content:encoded`); HTML names are lower case.
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// The namespace prefix as written (`dc` for `dc:date`), if any.
    var prefix: String? { pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) } }

    /// The content of a text node.
    var content: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    var parent: XMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return XMLNode(p)
    }

    var children: XMLChildren { XMLChildren(first: pointer.pointee.children) }

    /// Child elements only.
    var elements: [XMLNode] { children.filter(\.isElement) }

    func firstElement(named name: String) -> XMLNode? { children.first { $0.isElement && $0.name == name } }

    /// An attribute's value (names compared without case, as HTML does).
    func attribute(_ name: String) -> String? {
        var attribute = pointer.pointee.properties
        while let a = attribute {
            if let n = a.pointee.name, String(cString: n).lowercased() == name {
                var value = ""
                var child = a.pointee.children
                while let c = child {
                    if let text = c.pointee.content { value += String(cString: text) }
                    child = c.pointee.next
                }
                return value
            }
            attribute = a.pointee.next
        }
        return nil
    }

    /// All text below this node, in document order.
    var text: String {
        var result = ""
        func collect(_ node: XMLNode) {
            if node.isText { result += node.content; return }
            for child in node.children { collect(child) }
        }
        collect(self)
        return result
    }

    /// Whether `self` is `other` or lies below it.
    func isInside(_ other: XMLNode) -> Bool {
        var node: xmlNodePtr? = pointer
        while let n = node {
            if n == other.pointer { return true }
            node = n.pointee.parent
        }
        return false
    }
}

/// The children of a node, first to last.
struct XMLChildren: Sequence {
    let first: xmlNodePtr?

    func makeIterator() -> AnyIterator<XMLNode> {
        var next = first
        return AnyIterator {
            guard let n = next else { return nil }
            next = n.pointee.next
            return XMLNode(n)
        }
    }
}
