import Foundation
import Testing

/// `casus code` on pages, feeds and URLs: what a user sees.
@Suite struct ReadingNewsCommandLineTests {
    let cli = CommandLineTests()

    @Test func codesAnHTMLPageFromStandardInputWithTheDateOfItsMetaTags() throws {
        let page = """
        <html><head><meta property="article:published_time" content="2022-06-02T09:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/africa">Africa</a></nav>
        <article><p>Rebels attacked a police station in Mali on Tuesday, officials said.</p></article>
        <footer>Police attacked nobody in this footer.</footer></body></html>
        """
        let run = try cli.casus(["code", "--format", "jsonl", "-"], stdin: Data(page.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any]
        #expect(object?["doc_id"] as? String == "stdin")
        #expect(object?["date"] as? String == "2022-05-31")
    }

    /// `casus code <(curl …)` hands over a pipe: no size, no extension. It is read to its end and
    /// its bytes say it holds JSON Lines.
    @Test func aPipeWithoutExtensionIsReadAndSniffed() throws {
        let docs = [
            #"{"id": "p1", "date": "2022-06-02", "text": "Rebels attacked a police station in Mali on Tuesday, officials said."}"#,
            #"{"id": "p2", "date": "2022-06-03", "text": "Protesters stormed the parliament in Nairobi on Thursday."}"#,
        ].joined(separator: "\n")
        // A named pipe, as the shell's <( … ) gives: written only once casus has opened it.
        let pipe = ((try cli.file("placeholder", [])) as NSString).deletingLastPathComponent + "/stream"
        #expect(mkfifo(pipe, 0o600) == 0)
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["code", "--format", "jsonl", pipe]
        let output = Pipe()
        process.standardOutput = output
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Opened without blocking once casus reads the pipe, so a casus that fails first is a
        // failure here, not a hang.
        var writer: Int32 = -1
        for _ in 0..<400 where process.isRunning && writer < 0 {
            writer = open(pipe, O_WRONLY | O_NONBLOCK)
            if writer < 0 { Thread.sleep(forTimeInterval: 0.025) }
        }
        try #require(writer >= 0, "casus never opened the pipe: \(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        let handle = FileHandle(fileDescriptor: writer, closeOnDealloc: true)
        handle.write(Data(docs.utf8))
        try handle.close()
        let stdout = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        let ids = Set(stdout.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["doc_id"] as? String
        })
        #expect(ids == ["p1", "p2"])
    }

    /// `--fetch-pages` reads each feed item from its linked page; a page that cannot be had is
    /// reported and the item's summary coded instead.
    @Test func fetchPagesFallsBackToTheSummaryAndSaysSo() throws {
        let feed = try cli.file("news.xml", Array("""
            <?xml version="1.0"?>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Clashes</title><link>http://127.0.0.1:9/story.html</link>
            <pubDate>Thu, 02 Jun 2022 09:00:00 GMT</pubDate>
            <description>Rebels attacked a police station in Mali on Tuesday, officials said.</description></item>
            </channel></rss>
            """.utf8))
        let fetched = try cli.casus(["code", "--format", "jsonl", "--fetch-pages", "--fetch-timeout", "5", feed])
        #expect(fetched.stderr.contains("the feed's summary was coded instead"), "\(fetched.stderr)")
        #expect(fetched.stdout.contains("\"cameo\":\"19"))
        let plain = try cli.casus(["code", "--format", "jsonl", feed])
        #expect(plain.status == 0 && !plain.stderr.contains("summary"), "\(plain.stderr)")
        #expect(plain.stdout == fetched.stdout)
    }

    @Test func malformedFeedsAndUnreachableURLsAreReportedAndTheRestIsCoded() throws {
        let good = try cli.file("good.html", Array("<p>Protesters stormed the parliament in Nairobi.</p>".utf8))
        let feed = try cli.file("broken.xml", Array("<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</item>".utf8))
        let run = try cli.casus(["code", "--format", "jsonl", good, feed, "http://127.0.0.1:9/news.html"])
        #expect(run.status == 2)
        for expected in ["broken.xml:3", "malformed feed", "http://127.0.0.1:9/news.html", "unreachable"] {
            #expect(run.stderr.contains(expected), "missing \(expected) in \(run.stderr)")
        }
        #expect(run.stdout.contains("\"doc_id\":\"good\""))
    }
}
