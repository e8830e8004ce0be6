import CasusCore
import Foundation

/// What a page says about itself in its head: title, publication date, canonical URL, site.
public struct HTMLMetadata: Sendable, Equatable {
    public var title: String?
    public var published: CalendarDay?
    public var canonicalURL: String?
    /// `og:site_name`, kept as the document's source.
    public var siteName: String?

    public init(title: String? = nil, published: CalendarDay? = nil, canonicalURL: String? = nil, siteName: String? = nil) {
        self.title = title
        self.published = published
        self.canonicalURL = canonicalURL
        self.siteName = siteName
    }

    /// Meta tags whose content is the publication date, in order of trust.
    static let dateKeys = ["article:published_time", "og:published_time", "datepublished", "date", "pubdate",
                           "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.date",
                           "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published"]

    /// Reads the metadata of a parsed page.
    ///
    /// Title: `og:title`, `twitter:title`, `<title>`, the first `<h1>`. Date: the meta tags of
    /// `dateKeys`, JSON-LD `datePublished`, `<time datetime>` (one marked `pubdate` or
    /// `itemprop=datePublished` first). Canonical URL: `<link rel=canonical>`, `og:url`,
    /// resolved against `baseURL` when relative.
    static func read(_ root: XMLNode, baseURL: String?) -> HTMLMetadata {
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstH1: String?
        var canonical: String?
        var times: [(marked: Bool, value: String)] = []
        var jsonLDDate: CalendarDay?

        func visit(_ node: XMLNode) {
            guard node.isElement else { return }
            switch node.name {
            case "meta":
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop"))?.lowercased()
                if let key, let content = node.attribute("content"), meta[key] == nil {
                    meta[key] = content.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            case "title" where titleTag == nil:
                titleTag = TextBlocks.normalize(node.text)
            case "h1" where firstH1 == nil:
                firstH1 = TextBlocks.normalize(node.text)
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "time":
                if let value = node.attribute("datetime") {
                    let marked = node.attribute("pubdate") != nil || node.attribute("itemprop")?.lowercased() == "datepublished"
                    times.append((marked, value))
                }
            case "script":
                if jsonLDDate == nil, node.attribute("type")?.lowercased().contains("ld+json") == true {
                    jsonLDDate = Self.jsonLDDate(node.text)
                }
                return
            default: break
            }
            for child in node.children { visit(child) }
        }
        visit(root)

        var result = HTMLMetadata()
        result.title = [meta["og:title"], meta["twitter:title"], titleTag, firstH1]
            .compactMap { $0.map(TextBlocks.normalize) }.first { !$0.isEmpty }
        if let key = dateKeys.first(where: { meta[$0].flatMap(PublicationDate.parse) != nil }) {
            result.published = meta[key].flatMap(PublicationDate.parse)
        } else if let jsonLDDate {
            result.published = jsonLDDate
        } else {
            let ordered = times.filter(\.marked) + times.filter { !$0.marked }
            result.published = ordered.lazy.compactMap { PublicationDate.parse($0.value) }.first
        }
        result.siteName = meta["og:site_name"].map(TextBlocks.normalize).flatMap { $0.isEmpty ? nil : $0 }
        if let link = [canonical, meta["og:url"]].compactMap({ $0?.trimmingCharacters(in: .whitespaces) }).first(where: { !$0.isEmpty }) {
            result.canonicalURL = Self.resolve(link, against: baseURL)
        }
        return result
    }

    /// `datePublished` of a JSON-LD block: an object, an array of objects, or an `@graph`.
    static func jsonLDDate(_ json: String) -> CalendarDay? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { return nil }
        var queue: [Any] = [object]
        var seen = 0
        while !queue.isEmpty, seen < 64 {
            let item = queue.removeFirst()
            seen += 1
            if let dictionary = item as? [String: Any] {
                if let raw = dictionary["datePublished"] as? String, let day = PublicationDate.parse(raw) { return day }
                if let graph = dictionary["@graph"] { queue.append(graph) }
                if let main = dictionary["mainEntity"] { queue.append(main) }
            } else if let array = item as? [Any] {
                queue += array
            }
        }
        return nil
    }

    static func resolve(_ link: String, against base: String?) -> String {
        if link.hasPrefix("http://") || link.hasPrefix("https://") { return link }
        guard let base, let baseURL = URL(string: base), let url = URL(string: link, relativeTo: baseURL) else { return link }
        return url.absoluteString
    }
}
