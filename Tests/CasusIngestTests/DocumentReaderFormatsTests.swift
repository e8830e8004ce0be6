import CasusCore
import Foundation
import Testing
@testable import CasusIngest

/// HTML files, feeds and URLs through `DocumentReader`, as `casus code` and `casus ingest` use it.
@Suite struct DocumentReaderFormatsTests {
    static let article = """
    <html><head><title>Strike on depot</title><meta name="date" content="2022-07-14">
    <link rel="canonical" href="https://news.example/depot"></head>
    <body><nav><a href="/">Home</a></nav>
    <article><h1>Strike on depot</h1><p>Missiles struck a fuel depot near the city overnight, the governor said.</p></article>
    <footer>Contact us</footer></body></html>
    """

    func directory(_ files: [String: [UInt8]]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir.path
    }

    func read(_ inputs: [String], reader: DocumentReader = DocumentReader()) -> ([Document], [InputProblem]) {
        var problems: [InputProblem] = []
        var documents: [Document] = []
        for file in reader.files(for: inputs, problems: &problems) {
            reader.read(file, problems: &problems) { documents.append($0) }
        }
        return (documents, problems)
    }

    @Test func foldersKeepPagesAndFeedsAndEachIsReadByItsKind() throws {
        let dir = try directory([
            "a.txt": Array("Troops crossed the river.".utf8),
            "b.html": Array(Self.article.utf8),
            "sub/c.xml": Array(FeedReaderTests.rss.utf8),
            "d.png": [0x89, 0x50, 0x4E, 0x47],
            "e.htm": [],
        ])
        let reader = DocumentReader(defaultDate: CalendarDay(year: 2022, month: 1, day: 1))
        var problems: [InputProblem] = []
        let files = reader.files(for: [dir], problems: &problems)
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.html", "e.htm", "c.xml"])
        let (docs, readProblems) = read([dir], reader: reader)
        #expect(docs.count == 2 + 4)
        let page = try #require(docs.first { $0.id == "b" })
        #expect(String(decoding: page.text, as: UTF8.self)
            == "Strike on depot\n\nMissiles struck a fuel depot near the city overnight, the governor said.")
        #expect(page.title == "Strike on depot")
        #expect(page.published == CalendarDay(year: 2022, month: 7, day: 14))
        #expect(page.url == "https://news.example/depot")
        #expect(readProblems.map { ($0.location as NSString).lastPathComponent } == ["e.htm", "c.xml item 5"])
        #expect(readProblems.first?.reason.contains("empty") == true)
    }

    @Test func extensionsAreCheckedAgainstTheBytes() {
        let rss = Array(FeedReaderTests.rss.utf8), page = Array(Self.article.utf8)
        #expect(Sniffer.format(of: rss, extension: "html") == .feed)
        #expect(Sniffer.format(of: page, extension: "xml") == .html)
        #expect(Sniffer.format(of: Array("<?xml version='1.0'?><urlset/>".utf8), extension: "xml") == .feed)
        #expect(Sniffer.format(of: page, extension: "txt") == .text)
        // Standard input and unknown extensions are sniffed.
        #expect(Sniffer.format(of: rss, extension: nil) == .feed)
        #expect(Sniffer.format(of: Array("<!-- <rss> -->\n<!DOCTYPE html><html></html>".utf8), extension: nil) == .html)
        #expect(Sniffer.format(of: Array("\u{FEFF}<feed xmlns='http://www.w3.org/2005/Atom'/>".utf8), extension: nil) == .feed)
        #expect(Sniffer.format(of: Array(" {\"text\": \"x\"}".utf8), extension: nil) == .jsonLines)
        #expect(Sniffer.format(of: Array("Plain words.".utf8), extension: nil) == .text)
        #expect(Sniffer.format(of: page, extension: "md") == .html)
    }

    @Test func oversizedPagesAndFeedsAreRefused() throws {
        let dir = try directory(["big.html": Array(Self.article.utf8), "big.xml": Array(FeedReaderTests.rss.utf8)])
        let (docs, problems) = read([dir], reader: DocumentReader(maxDocumentBytes: 200))
        #expect(docs.isEmpty)
        #expect(problems.count == 2 && problems.allSatisfy { $0.reason.contains("too large") }, "\(problems)")
    }

    // MARK: URLs, against a server on 127.0.0.1

    static let routes: [String: TestHTTPServer.Response] = [
        "/article": .init("text/html; charset=utf-8", article),
        "/latin1": .init("text/html; charset=ISO-8859-1", Array("<p>Le pr".utf8) + [0xE9] + Array("sident a quitt".utf8) + [0xE9] + Array(" Gen".utf8) + [0xE8] + Array("ve.</p>".utf8)),
        "/moved": .init(status: 301, "text/html", "moved", headers: ["Location": "http://127.0.0.1:{PORT}/article"]),
        "/feed": .init("application/rss+xml", """
            <rss><channel><title>Local</title>
            <item><title>Depot</title><link>http://127.0.0.1:{PORT}/article</link><description>Summary of the depot strike.</description></item>
            <item><title>Gone</title><link>http://127.0.0.1:{PORT}/gone</link><description>Summary of a page that is gone.</description></item>
            </channel></rss>
            """),
        "/feed-as-html": .init("text/html", "<?xml version='1.0'?><rss><channel><title>T</title><item><title>Only a title here</title></item></channel></rss>"),
        "/notes.txt": .init("text/plain; charset=utf-8", "Police arrested two men in the port city."),
        "/lines.jsonl": .init("application/octet-stream", "{\"id\": \"j1\", \"text\": \"Rebels shelled the town.\"}\n"),
        "/gone": .init(status: 404, "text/html", "<p>Not here</p>"),
        "/error": .init(status: 503, "text/html", "<p>Down</p>"),
        "/api": .init("application/json", "{\"text\": \"not a page\"}"),
        "/image": .init("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]),
        "/json-as-html": .init("text/html", "{\"status\": \"ok\"}"),
        "/big": .init("text/html", String(repeating: "<p>Words words words.</p>", count: 400)),
        "/big-unannounced": {
            var r = TestHTTPServer.Response("text/html", String(repeating: "<p>Words words words.</p>", count: 400))
            r.unannouncedLength = true
            return r
        }(),
    ]

    @Test func urlsAreFetchedAndReadByContentType() throws {
        let server = try TestHTTPServer(Self.routes)
        defer { server.stop() }
        let b = server.base
        let (docs, problems) = read(["\(b)/article", "\(b)/moved", "\(b)/latin1", "\(b)/notes.txt", "\(b)/lines.jsonl", "\(b)/feed-as-html"])
        #expect(problems.isEmpty, "\(problems)")
        #expect(docs.map(\.id) == ["\(b)/article", "\(b)/moved", "\(b)/latin1", "\(b)/notes.txt", "j1", "\(b)/feed-as-html:1"])
        #expect(docs[0].url == "https://news.example/depot")
        #expect(docs[0].published == CalendarDay(year: 2022, month: 7, day: 14))
        #expect(docs[1].title == "Strike on depot")
        #expect(String(decoding: docs[2].text, as: UTF8.self) == "Le président a quitté Genève.")
        #expect(docs[3].url == "\(b)/notes.txt")
        #expect(String(decoding: docs[5].text, as: UTF8.self) == "Only a title here")
    }

    @Test func badURLsAreProblemsAndTheRunGoesOn() throws {
        let server = try TestHTTPServer(Self.routes)
        defer { server.stop() }
        let b = server.base
        let closed = "http://127.0.0.1:\(TestHTTPServer.closedPort())/news"
        let inputs = ["\(b)/gone", "\(b)/error", "\(b)/api", "\(b)/image", "\(b)/json-as-html", "\(b)/big", "\(b)/big-unannounced",
                      closed, "http://", "\(b)/article"]
        let (docs, problems) = read(inputs, reader: DocumentReader(maxDocumentBytes: 4000, fetchTimeout: 10))
        #expect(docs.map(\.id) == ["\(b)/article"])
        #expect(problems.map(\.location) == Array(inputs.dropLast()))
        let reasons = problems.map(\.reason)
        for (index, expected) in ["HTTP 404", "HTTP 503", "application/json", "image/png", "JSON", "too large", "too large",
                                  "unreachable", "not a valid"].enumerated() {
            #expect(reasons[index].contains(expected), "\(inputs[index]): \(reasons[index])")
        }
    }

    @Test func feedItemsCanBeReadFromTheirLinkedPages() throws {
        let server = try TestHTTPServer(Self.routes)
        defer { server.stop() }
        let (docs, problems) = read(["\(server.base)/feed"], reader: DocumentReader(fetchLinkedPages: true))
        #expect(docs.map { String(decoding: $0.text, as: UTF8.self) } == [
            "Strike on depot\n\nMissiles struck a fuel depot near the city overnight, the governor said.",
            "Summary of a page that is gone.",
        ])
        #expect(docs[0].published == CalendarDay(year: 2022, month: 7, day: 14))
        #expect(docs[0].url == "https://news.example/depot")
        #expect(docs.allSatisfy { $0.source == "Local" })
        #expect(problems.count == 1 && problems[0].reason.contains("HTTP 404") && problems[0].reason.contains("summary"), "\(problems)")
    }

    @Test func aServerThatNeverAnswersTimesOut() throws {
        var slow = TestHTTPServer.Response("text/html", "<p>Too late for anyone to read this.</p>")
        slow.delay = 4
        let server = try TestHTTPServer(["/slow": slow])
        defer { server.stop() }
        let (docs, problems) = read(["\(server.base)/slow"], reader: DocumentReader(fetchTimeout: 1))
        #expect(docs.isEmpty)
        #expect(problems.count == 1 && problems[0].reason.contains("timed out"), "\(problems)")
    }
}
