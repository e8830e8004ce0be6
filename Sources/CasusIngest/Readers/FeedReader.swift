import CasusCore

/// A news feed: its title and its items, in the order the feed lists them.
public struct Feed: Sendable, Equatable {
    public var title: String?
    public var items: [FeedItem]
}

/// One RSS item or Atom entry, its markup already stripped.
public struct FeedItem: Sendable, Equatable {
    /// `guid` (RSS) or `id` (Atom).
    public var id: String?
    public var title: String?
    public var link: String?
    /// `pubDate` / `dc:date` (RSS), `published` else `updated` (Atom).
    public var published: CalendarDay?
    /// `content:encoded` else `description` (RSS), `content` else `summary` (Atom), as plain
    /// text with paragraphs separated by blank lines; empty when the item has none.
    public var text: String
}

/// Reads RSS 2.0 (and RSS 1.0 / RDF) and Atom feeds with libxml2's XML parser.
///
/// A feed must be well-formed: the parser does not recover, so a truncated or broken feed is
/// one problem naming the line where the parser stopped, rather than a guess at its items.
public enum FeedReader {
    public static func read(_ bytes: [UInt8], location: String) -> Result<Feed, InputProblem> {
        if Sniffer.firstSignificantByte(bytes) == nil { return .failure(InputProblem(location, "empty: no feed to read")) }
        if Sniffer.isBinary(bytes) { return .failure(InputProblem(location, "binary data (contains NUL bytes), not a feed: skipped")) }
        do {
            return try LibXML.withXML(bytes) { root in
                switch root.name {
                case "rss":
                    guard let channel = root.firstElement(named: "channel") else {
                        return .failure(InputProblem(location, "RSS without a <channel>: skipped"))
                    }
                    return .success(Feed(title: title(channel), items: channel.elements.filter { $0.name == "item" }.map(rssItem)))
                case "RDF":
                    let channel = root.firstElement(named: "channel")
                    return .success(Feed(title: channel.flatMap(title), items: root.elements.filter { $0.name == "item" }.map(rssItem)))
                case "feed":
                    return .success(Feed(title: title(root), items: root.elements.filter { $0.name == "entry" }.map(atomEntry)))
                default:
                    return .failure(InputProblem(location, "XML, but not an RSS or Atom feed (the root element is <\(root.name)>): skipped"))
                }
            }
        } catch let error as LibXML.ParseError {
            let column = error.column > 0 ? ", column \(error.column)" : ""
            return .failure(InputProblem("\(location):\(error.line)", "malformed feed: \(error.message)\(column): skipped"))
        } catch {
            return .failure(InputProblem(location, "malformed feed: \(error): skipped"))
        }
    }

    static func title(_ node: XMLNode) -> String? {
        node.firstElement(named: "title").map { text($0, atom: node.name == "entry" || node.name == "feed") }.flatMap { $0.isEmpty ? nil : TextBlocks.normalize($0) }
    }

    static func rssItem(_ item: XMLNode) -> FeedItem {
        var result = FeedItem(id: nil, title: title(item), link: nil, published: nil, text: "")
        var description = "", content = ""
        var dates: [String: String] = [:]
        for child in item.elements {
            switch child.name {
            case "guid": result.id = nonEmpty(child.text)
            case "link" where child.prefix == nil || child.prefix == "rss":
                result.link = result.link ?? nonEmpty(child.text)
            case "pubDate", "date", "published", "updated", "issued":
                dates[child.name] = dates[child.name] ?? child.text
            case "description": description = text(child)
            case "encoded": content = text(child)
            default: break
            }
        }
        result.published = ["pubDate", "date", "published", "issued", "updated"].lazy.compactMap { dates[$0].flatMap(PublicationDate.parse) }.first
        result.text = content.isEmpty ? description : content
        if result.id == nil, let about = item.attribute("about") { result.id = nonEmpty(about) }   // RSS 1.0: rdf:about
        return result
    }

    static func atomEntry(_ entry: XMLNode) -> FeedItem {
        var result = FeedItem(id: nil, title: title(entry), link: nil, published: nil, text: "")
        var summary = "", content = ""
        var published: String?, updated: String?
        for child in entry.elements {
            switch child.name {
            case "id": result.id = nonEmpty(child.text)
            case "link":
                let rel = child.attribute("rel") ?? "alternate"
                if rel == "alternate", result.link == nil, let href = child.attribute("href") { result.link = nonEmpty(href) }
            case "published": published = child.text
            case "updated": updated = child.text
            case "summary": summary = text(child, atom: true)
            case "content" where child.attribute("src") == nil: content = text(child, atom: true)
            default: break
            }
        }
        result.published = published.flatMap(PublicationDate.parse) ?? updated.flatMap(PublicationDate.parse)
        result.text = content.isEmpty ? summary : content
        return result
    }

    /// The text of a text construct: Atom's `type="text"` (the default in Atom) as written,
    /// `xhtml` as the markup it holds, and `html` — or any RSS element, where HTML is usually
    /// escaped — stripped of tags.
    static func text(_ node: XMLNode, atom: Bool = false) -> String {
        switch node.attribute("type")?.lowercased() ?? (atom ? "text" : "html") {
        case "xhtml", "application/xhtml+xml": return TextBlocks.plainText(node)
        case "text", "text/plain":
            return node.text.split(separator: "\n\n").map { TextBlocks.normalize(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
        default: return HTMLReader.plainText(fragment: node.text)
        }
    }

    static func nonEmpty(_ s: String) -> String? {
        let trimmed = s.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }
}
