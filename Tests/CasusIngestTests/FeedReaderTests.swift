import CasusCore
import Foundation
import Testing
@testable import CasusIngest

@Suite struct FeedReaderTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
         xmlns:atom="http://www.w3.org/2005/Atom">
      <channel>
        <title>Example World News</title>
        <link>https://news.example/</link>
        <atom:link href="https://news.example/feed.xml" rel="self" type="application/rss+xml"/>
        <item>
          <title>Rocket hits Baghdad&apos;s Green Zone</title>
          <link>https://news.example/rocket</link>
          <guid isPermaLink="false">news-4711</guid>
          <pubDate>Sun, 19 May 2019 22:10:00 +0300</pubDate>
          <description><![CDATA[<p>A rocket landed in the <b>Green Zone</b>.</p><p>No one was hurt.</p><img src="x.jpg">]]></description>
        </item>
        <item>
          <title>Talks resume in Geneva</title>
          <link>https://news.example/talks</link>
          <dc:date>2021-03-04T10:00:00Z</dc:date>
          <description>Short summary.</description>
          <content:encoded><![CDATA[<p>Negotiators met again in Geneva on Thursday.</p><script>track()</script>]]></content:encoded>
        </item>
        <item>
          <title>Border closed</title>
          <description>&lt;p&gt;The government closed the border &amp;amp; sent troops.&lt;/p&gt;</description>
        </item>
        <item><title>Headline only: protesters gather in the capital</title><pubDate>Mon, 02 Mar 20 08:00:00 GMT</pubDate></item>
        <item><description>   </description></item>
      </channel>
    </rss>
    """

    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom">
      <title type="text">Agency wire</title>
      <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
      <updated>2020-01-02T00:00:00Z</updated>
      <entry>
        <title type="html">Ceasefire &lt;em&gt;holds&lt;/em&gt;</title>
        <link rel="alternate" href="https://wire.example/ceasefire"/>
        <link rel="enclosure" href="https://wire.example/ceasefire.mp3"/>
        <id>urn:wire:1</id>
        <published>2020-01-01T23:59:00-05:00</published>
        <updated>2020-01-03T08:00:00Z</updated>
        <content type="html">&lt;p&gt;The ceasefire held overnight.&lt;/p&gt;&lt;p&gt;Both sides reported calm.&lt;/p&gt;</content>
      </entry>
      <entry>
        <title>Ministers meet</title>
        <link href="https://wire.example/ministers"/>
        <id>urn:wire:2</id>
        <updated>2020-01-02T09:30:00Z</updated>
        <summary>Foreign ministers met in Cairo.

    They agreed to meet again.</summary>
      </entry>
      <entry>
        <title>Sanctions</title>
        <id>urn:wire:3</id>
        <updated>2020-01-02T10:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The council imposed <b>new</b> sanctions.</p><p>Trade will suffer.</p></div></content>
      </entry>
    </feed>
    """

    func temporaryFile(_ name: String, _ text: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func documents(_ path: String, reader: DocumentReader = DocumentReader()) -> ([Document], [InputProblem]) {
        var problems: [InputProblem] = []
        var documents: [Document] = []
        for file in reader.files(for: [path], problems: &problems) {
            reader.read(file, problems: &problems) { documents.append($0) }
        }
        return (documents, problems)
    }

    @Test func rssItemsBecomeDocumentsWithTheirDates() throws {
        let path = try temporaryFile("world.xml", Self.rss)
        let (docs, problems) = documents(path, reader: DocumentReader(defaultDate: CalendarDay(year: 2000, month: 1, day: 1)))
        #expect(docs.map(\.id) == ["news-4711", "https://news.example/talks", "world:3", "world:4"])
        #expect(docs.map { String(decoding: $0.text, as: UTF8.self) } == [
            "A rocket landed in the Green Zone.\n\nNo one was hurt.",
            "Negotiators met again in Geneva on Thursday.",
            "The government closed the border & sent troops.",
            "Headline only: protesters gather in the capital",
        ])
        #expect(docs.map(\.published) == [CalendarDay(iso: "2019-05-19"), CalendarDay(iso: "2021-03-04"),
                                           CalendarDay(iso: "2000-01-01"), CalendarDay(iso: "2020-03-02")])
        #expect(docs[0].title == "Rocket hits Baghdad's Green Zone")
        #expect(docs[0].url == "https://news.example/rocket")
        #expect(docs.allSatisfy { $0.source == "Example World News" })
        #expect(problems.count == 1)
        #expect(problems.first?.location == "\(path) item 5")
        #expect(problems.first?.reason.contains("empty") == true)
    }

    @Test func atomEntriesWithPublishedElseUpdated() throws {
        let feed = try FeedReader.read(Array(Self.atom.utf8), location: "wire.atom").get()
        #expect(feed.title == "Agency wire")
        #expect(feed.items.map(\.id) == ["urn:wire:1", "urn:wire:2", "urn:wire:3"])
        #expect(feed.items.map(\.title) == ["Ceasefire holds", "Ministers meet", "Sanctions"])
        #expect(feed.items.map(\.link) == ["https://wire.example/ceasefire", "https://wire.example/ministers", nil])
        #expect(feed.items.map(\.published) == [CalendarDay(iso: "2020-01-01"), CalendarDay(iso: "2020-01-02"), CalendarDay(iso: "2020-01-02")])
        #expect(feed.items.map(\.text) == [
            "The ceasefire held overnight.\n\nBoth sides reported calm.",
            "Foreign ministers met in Cairo.\n\nThey agreed to meet again.",
            "The council imposed new sanctions.\n\nTrade will suffer.",
        ])
    }

    @Test func malformedFeedIsOneProblemWithTheParsersLine() throws {
        let broken = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>Broken</title>
        <item><title>One</title><description>Fine.</description></item>
        <item><title>Two</titel><description>Not fine.</description></item>
        </channel></rss>
        """
        let path = try temporaryFile("broken.rss", broken)
        let (docs, problems) = documents(path)
        #expect(docs.isEmpty)
        #expect(problems.count == 1)
        #expect(problems.first?.location == "\(path):4")
        #expect(problems.first?.reason.contains("malformed feed") == true)
        #expect(problems.first?.reason.contains("mismatch") == true, "\(problems)")

        let truncated = String(Self.rss.prefix(700))
        let (_, cut) = documents(try temporaryFile("cut.xml", truncated))
        #expect(cut.count == 1 && cut[0].reason.contains("malformed feed"), "\(cut)")
    }

    @Test func xmlThatIsNoFeedAndEmptyOrBinaryFeedsAreProblems() throws {
        let cases: [(String, [UInt8], String)] = [
            ("sitemap.xml", Array("<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>".utf8), "not an RSS or Atom feed"),
            ("empty.xml", [], "empty"),
            ("blob.rss", [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0], "binary"),
            ("noentity.xml", Array("<rss><channel><item><title>A&nbsp;B</title></item></channel></rss>".utf8), "malformed feed"),
        ]
        for (name, bytes, reason) in cases {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-feed-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let (docs, problems) = documents(path)
            #expect(docs.isEmpty)
            #expect(problems.count == 1 && problems[0].reason.contains(reason), "\(name): \(problems)")
        }
    }

    @Test func entityExpansionBombsAreRefused() {
        var doctype = "<!ENTITY l0 \"lol \">"
        for level in 1...9 { doctype += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\(doctype)]>\n<rss><channel><item><description>&l9;</description></item></channel></rss>"
        switch FeedReader.read(Array(bomb.utf8), location: "bomb.xml") {
        case .success(let feed): Issue.record("expanded \(feed.items.first?.text.count ?? 0) characters")
        case .failure(let problem): #expect(problem.reason.contains("malformed feed"), "\(problem)")
        }
    }

    @Test func externalEntitiesAreNotLoaded() throws {
        let xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <rss><channel><title>t</title><item><title>x</title><description>Leak: &secret;.</description></item></channel></rss>
        """
        let feed = try FeedReader.read(Array(xxe.utf8), location: "xxe.xml").get()
        #expect(feed.items.count == 1)
        let hostname = (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingWhitespace ?? "\u{0}"
        #expect(!feed.items[0].text.contains(hostname) || hostname.isEmpty)
    }
}
