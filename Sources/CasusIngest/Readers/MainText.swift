import CLibXML2

/// Finds the article in a page and leaves the rest out, in the spirit of readability and
/// trafilatura.
///
/// 1. Page furniture is never read: scripts, styles, navigation, asides, footers, forms,
///    frames, headers outside the article, and elements whose role, class or id says
///    navigation, menu, sidebar, comments, sharing, cookies, advertising and the like.
/// 2. The article is `<article>` (the one with most text), `itemprop=articleBody` or
///    `<main>` when one holds most of the page's prose; otherwise the element whose
///    paragraphs score best (text length, commas; discounted by link density), with those of
///    its siblings that score nearly as well.
/// 3. Within it, link-dense blocks (menus, lists of related stories), short blocks that are
///    not sentences ("Advertisement", "Share"), stray table cells and headings left at the
///    end are dropped. Paragraphs, headings and list items are kept in document order.
enum MainText {
    static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "menu", "menubar",
                                              "dialog", "alertdialog", "search", "toolbar", "tablist"]
    static let furnitureTokens: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "footer", "comments", "comment",
        "share", "sharing", "social", "related", "cookie", "cookies", "consent", "newsletter", "subscribe",
        "subscription", "promo", "advert", "advertisement", "ad", "ads", "banner", "popup", "modal", "masthead",
        "toolbar", "skip", "widget", "pagination", "pager", "tags", "outbrain", "taboola",
    ]
    static let boilerplateStarts = ["copyright", "©", "all rights reserved", "advertisement", "read more", "sign up",
                                    "subscribe", "follow us", "share this", "click here", "related:", "recommended"]

    /// The article's paragraphs, headings and list items, in document order.
    static func paragraphs(_ root: XMLNode) -> [String] {
        let body = root.firstElement(named: "body") ?? root
        let blocks = TextBlocks.collect(body, skip: isFurniture)
        guard !blocks.isEmpty else { return [] }
        let totals = Totals(blocks)
        let roots = semanticContainer(body, totals: totals).map { [$0] } ?? scoredContainers(blocks, totals: totals)
        var kept = filter(roots.isEmpty ? blocks : blocks.filter { b in roots.contains { b.owner.isInside($0) } })
        if kept.isEmpty, !roots.isEmpty { kept = filter(blocks) }
        return kept.map(\.text)
    }

    /// Whether an element is navigation, chrome or otherwise not part of any article.
    static func isFurniture(_ node: XMLNode) -> Bool {
        let name = node.name
        if TextBlocks.skipped.contains(name) { return true }
        if name == "html" || name == "body" || name == "article" || name == "main" { return false }
        if name == "header" { return !isInsideArticle(node) }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        if let style = node.attribute("style")?.lowercased().filter({ $0 != " " }),
           style.contains("display:none") || style.contains("visibility:hidden") { return true }
        if let role = node.attribute("role")?.lowercased(), furnitureRoles.contains(role) { return true }
        if node.attribute("itemprop")?.lowercased() == "articlebody" { return false }
        let marks = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        return marks.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { furnitureTokens.contains(String($0)) }
    }

    static func isInsideArticle(_ node: XMLNode) -> Bool {
        var current = node.parent
        while let n = current {
            if n.name == "article" || n.name == "main" || n.attribute("itemprop")?.lowercased() == "articlebody" { return true }
            current = n.parent
        }
        return false
    }

    /// Characters and link characters of prose below each element, summed once from the blocks.
    struct Totals {
        var prose: [xmlNodePtr: Int] = [:]
        var characters: [xmlNodePtr: Int] = [:]
        var links: [xmlNodePtr: Int] = [:]
        var pageProse = 0

        init(_ blocks: [TextBlock]) {
            for block in blocks {
                let proseCount = block.kind == .paragraph || block.kind == .loose ? block.characters - block.linkCharacters : 0
                pageProse += proseCount
                var node: XMLNode? = block.owner
                while let n = node {
                    prose[n.pointer, default: 0] += proseCount
                    characters[n.pointer, default: 0] += block.characters
                    links[n.pointer, default: 0] += block.linkCharacters
                    node = n.parent
                }
            }
        }

        func linkDensity(_ node: XMLNode) -> Double {
            let total = characters[node.pointer] ?? 0
            return total == 0 ? 0 : Double(links[node.pointer] ?? 0) / Double(total)
        }
    }

    /// `<article>`, `itemprop=articleBody` or `<main>`, if one holds most of the page's prose.
    static func semanticContainer(_ body: XMLNode, totals: Totals) -> XMLNode? {
        var articles: [XMLNode] = [], bodies: [XMLNode] = [], mains: [XMLNode] = []
        func find(_ node: XMLNode) {
            for child in node.children where child.isElement && !isFurniture(child) {
                if child.name == "article" { articles.append(child) }
                if child.attribute("itemprop")?.lowercased() == "articlebody" { bodies.append(child) }
                if child.name == "main" || child.attribute("role")?.lowercased() == "main" { mains.append(child) }
                find(child)
            }
        }
        find(body)
        for group in [articles, bodies, mains] {
            guard let best = group.max(by: { (totals.prose[$0.pointer] ?? 0) < (totals.prose[$1.pointer] ?? 0) }) else { continue }
            let prose = totals.prose[best.pointer] ?? 0
            if prose >= 500 || Double(prose) >= 0.4 * Double(totals.pageProse), prose > 0 { return best }
        }
        return nil
    }

    /// The best-scoring element and its siblings that score nearly as well.
    static func scoredContainers(_ blocks: [TextBlock], totals: Totals) -> [XMLNode] {
        var scores: [xmlNodePtr: Double] = [:]
        var nodes: [xmlNodePtr: XMLNode] = [:]
        for block in blocks where (block.kind == .paragraph || block.kind == .loose) && block.characters >= 25 && block.linkDensity < 0.5 {
            let score = 1 + Double(block.text.filter { $0 == "," }.count) + min(Double(block.characters) / 100, 3)
            var node: XMLNode? = block.kind == .paragraph ? block.owner.parent : block.owner
            for level in 0..<3 {
                guard let n = node else { break }
                scores[n.pointer, default: 0] += score / Double(level + 1)
                nodes[n.pointer] = n
                node = n.parent
            }
        }
        let ranked = scores.map { (node: nodes[$0.key]!, score: $0.value * (1 - totals.linkDensity(nodes[$0.key]!))) }
        guard let top = ranked.max(by: { $0.score < $1.score }) else { return [] }
        var roots = [top.node]
        guard let parent = top.node.parent else { return roots }
        let threshold = max(10, top.score * 0.2)
        for sibling in parent.elements where sibling.pointer != top.node.pointer {
            let score = (scores[sibling.pointer] ?? 0) * (1 - totals.linkDensity(sibling))
            let prose = totals.prose[sibling.pointer] ?? 0
            if score >= threshold || (sibling.name == "p" && prose >= 80 && totals.linkDensity(sibling) < 0.25) {
                roots.append(sibling)
            }
        }
        return roots
    }

    /// Drops link-dense and short non-sentence blocks and headings with nothing after them.
    static func filter(_ blocks: [TextBlock]) -> [TextBlock] {
        var kept = blocks.filter { block in
            guard block.linkDensity <= 0.5, !isBoilerplate(block) else { return false }
            switch block.kind {
            case .heading: return block.words <= 40
            case .listItem: return block.words >= 3 && block.linkDensity <= 0.3
            case .cell: return block.words >= 15 && isSentence(block)
            case .paragraph, .loose: return block.words >= 8 || (block.words >= 2 && isSentence(block))
            }
        }
        while kept.last?.kind == .heading { kept.removeLast() }
        return kept
    }

    static func isSentence(_ block: TextBlock) -> Bool {
        guard var last = block.text.last else { return false }
        if "\"'”’»)".contains(last), block.text.count > 1 { last = block.text[block.text.index(before: block.text.index(before: block.text.endIndex))] }
        return ".!?…:;".contains(last)
    }

    static func isBoilerplate(_ block: TextBlock) -> Bool {
        guard block.words < 25 else { return false }
        let lower = block.text.lowercased()
        return boilerplateStarts.contains { lower.hasPrefix($0) }
    }
}
