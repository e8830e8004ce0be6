import CasusCore
import Foundation

/// Reading the formats beyond plain text and JSON Lines: HTML pages, feeds and URLs.
extension DocumentReader {
    /// The fetcher this reader uses: its timeout, and its document limit as the size limit.
    public var fetcher: URLFetcher { URLFetcher(timeout: fetchTimeout, maxBytes: maxDocumentBytes) }

    /// Fetches a URL and reads what it holds — a page, a feed, text or JSON Lines. An
    /// unreachable URL, an HTTP error, a body of another type or over the limit is a problem.
    func readURL(_ address: String, problems: inout [InputProblem], _ body: (Document) throws -> Void) rethrows {
        switch fetcher.fetch(address) {
        case .failure(let problem):
            problems.append(problem)
        case .success(let fetched):
            try read(fetched.bytes, as: Sniffer.format(of: fetched), location: address, id: address, url: fetched.url,
                     encoding: fetched.contentType.flatMap(Sniffer.charset), problems: &problems, body)
        }
    }

    /// Reads bytes whose format is known. `id` names a single document (a text or a page);
    /// `url` is where they were fetched from; `encoding` is an HTTP charset for HTML.
    func read(_ bytes: [UInt8], as format: Sniffer.Format, location: String, id: String, url: String?, encoding: String?,
              problems: inout [InputProblem], _ body: (Document) throws -> Void) rethrows {
        switch format {
        case .jsonLines:
            try readJSONLines(bytes, path: location, problems: &problems, body)
        case .text:
            if let problem = check(bytes, location: location) { problems.append(problem); return }
            try body(Document(id: id, bytes: bytes, published: defaultDate, url: url))
        case .html:
            switch htmlDocument(bytes, location: location, id: id, url: url, encoding: encoding) {
            case .success(let document): try body(document)
            case .failure(let problem): problems.append(problem)
            }
        case .feed:
            try readFeed(bytes, location: location, problems: &problems, body)
        }
    }

    /// One HTML page as a document: its article text, title, date (else `defaultDate`),
    /// canonical URL (else where it came from) and site name as source.
    public func htmlDocument(_ bytes: [UInt8], location: String, id: String, url: String? = nil,
                             encoding: String? = nil) -> Result<Document, InputProblem> {
        if bytes.count > maxDocumentBytes { return .failure(tooLarge(bytes.count, location)) }
        return HTMLReader.read(bytes, location: location, url: url, encoding: encoding).flatMap { page in
            let text = Array(page.text.utf8)
            if let problem = check(text, location: location) { return .failure(problem) }
            return .success(Document(id: id, bytes: text, published: page.metadata.published ?? defaultDate,
                                     title: page.metadata.title, url: page.metadata.canonicalURL ?? url,
                                     source: page.metadata.siteName))
        }
    }

    /// Each item of a feed as a document: id from guid / id, else link, else `FEED:N`; text
    /// from the item's content or summary — or from the linked page with `fetchLinkedPages` —
    /// else its title; the feed's title as source. An item with no text at all is a problem.
    func readFeed(_ bytes: [UInt8], location: String, problems: inout [InputProblem], _ body: (Document) throws -> Void) rethrows {
        if bytes.count > maxDocumentBytes { problems.append(tooLarge(bytes.count, location)); return }
        let feed: Feed
        switch FeedReader.read(bytes, location: location) {
        case .failure(let problem): problems.append(problem); return
        case .success(let f): feed = f
        }
        let base = Self.isURL(location) ? location : ((location as NSString).lastPathComponent as NSString).deletingPathExtension
        for (index, item) in feed.items.enumerated() {
            var text = item.text
            var published = item.published
            var url = item.link
            if fetchLinkedPages, let link = item.link, Self.isURL(link) {
                let page = fetcher.fetch(link).flatMap {
                    htmlDocument($0.bytes, location: link, id: link, url: $0.url, encoding: $0.contentType.flatMap(Sniffer.charset))
                }
                switch page {
                case .success(let document):
                    text = String(decoding: document.text, as: UTF8.self)
                    published = published ?? document.published
                    url = document.url ?? link
                case .failure(let problem):
                    problems.append(InputProblem(problem.location, problem.reason.replacingOccurrences(of: ": skipped", with: "")
                        + ": the feed's summary was coded instead"))
                }
            }
            if text.isEmpty { text = item.title ?? "" }
            let itemLocation = "\(location) item \(index + 1)"
            let textBytes = Array(text.utf8)
            if let problem = check(textBytes, location: itemLocation) { problems.append(problem); continue }
            try body(Document(id: item.id ?? item.link ?? "\(base):\(index + 1)", bytes: textBytes,
                              published: published ?? defaultDate, title: item.title, url: url, source: feed.title))
        }
    }

    func tooLarge(_ count: Int, _ location: String) -> InputProblem {
        InputProblem(location, "too large: \(count) bytes, the limit is \(maxDocumentBytes) (--max-bytes)")
    }
}
