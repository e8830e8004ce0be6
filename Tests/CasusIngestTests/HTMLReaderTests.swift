import CasusCore
import Foundation
import Testing
@testable import CasusIngest

@Suite struct HTMLReaderTests {
    /// A news page as sites build them: menus, a header, share buttons, a sidebar of related
    /// stories, a cookie banner, scripts and a footer around three paragraphs of article.
    static let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Rocket hits Baghdad's Green Zone | Example News</title>
      <meta property="og:title" content="Rocket hits Baghdad&#39;s Green Zone">
      <meta property="og:site_name" content="Example News">
      <meta property="article:published_time" content="2019-05-19T22:10:00+03:00">
      <link rel="canonical" href="/world/2019/05/19/rocket-green-zone">
      <script>var tracking = "Troops attacked the tracking script.";</script>
      <style>p { color: red; }</style>
    </head>
    <body>
      <header class="site-header"><a href="/">Example News</a>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      </header>
      <div id="cookie-banner"><p>We use cookies to improve your experience of this site, as explained in our policy.</p></div>
      <div class="layout">
        <main>
          <article>
            <header><h1>Rocket hits Baghdad's Green Zone</h1><p class="byline">By A. Reporter</p></header>
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <p>A Katyusha rocket landed in Baghdad's heavily fortified Green Zone on Sunday night, less than a mile from the U.S. Embassy, Iraqi officials said.</p>
            <div class="ad-slot"><p>Advertisement</p></div>
            <p>There were no casualties, according to a statement from the Iraqi military, which said the rocket was fired from east Baghdad.</p>
            <h2>Tensions rise</h2>
            <p>The attack came days after Washington ordered non-emergency staff to leave its embassy.</p>
            <ul><li>Nothing was claimed by any group yet.</li></ul>
            <footer><p>Copyright 2019 Example News. All rights reserved.</p></footer>
          </article>
        </main>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Militants attacked a convoy in the north of the country</a></li>
          <li><a href="/b">Parliament votes on the budget after a long and bitter debate</a></li></ul></aside>
      </div>
      <footer class="site-footer"><p>About us. Contact. Terms of use, privacy policy and more.</p></footer>
      <script type="text/javascript">document.write("Rebels shelled the footer.");</script>
    </body>
    </html>
    """

    func read(_ html: String, url: String? = nil) throws -> HTMLPage {
        try HTMLReader.read(Array(html.utf8), location: "page.html", url: url).get()
    }

    @Test func keepsTheArticleParagraphsInOrderAndDropsTheRest() throws {
        let page = try read(Self.page)
        #expect(page.paragraphs == [
            "Rocket hits Baghdad's Green Zone",
            "A Katyusha rocket landed in Baghdad's heavily fortified Green Zone on Sunday night, less than a mile from the U.S. Embassy, Iraqi officials said.",
            "There were no casualties, according to a statement from the Iraqi military, which said the rocket was fired from east Baghdad.",
            "Tensions rise",
            "The attack came days after Washington ordered non-emergency staff to leave its embassy.",
            "Nothing was claimed by any group yet.",
        ])
        for furniture in ["Politics", "cookies", "Share", "Advertisement", "Copyright", "convoy", "tracking", "footer", "About us"] {
            #expect(!page.text.contains(furniture), "\(furniture) leaked into the text")
        }
        #expect(page.text.contains("\n\nThere were no casualties"))
    }

    @Test func readsTitleDateCanonicalURLAndSiteFromTheHead() throws {
        let page = try read(Self.page, url: "https://news.example/world?id=1")
        #expect(page.metadata.title == "Rocket hits Baghdad's Green Zone")
        #expect(page.metadata.published == CalendarDay(year: 2019, month: 5, day: 19))
        #expect(page.metadata.canonicalURL == "https://news.example/world/2019/05/19/rocket-green-zone")
        #expect(page.metadata.siteName == "Example News")
    }

    @Test func finalFallbacksForTitleAndDate() throws {
        let jsonLD = """
        <html><head><title>Talks resume</title>
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},
          {"@type": "NewsArticle", "datePublished": "2021-03-04T10:00:00Z"}]}</script></head>
        <body><p>Negotiators from both countries met again in Geneva on Thursday after a pause of two months.</p></body></html>
        """
        let page = try read(jsonLD)
        #expect(page.metadata.title == "Talks resume")
        #expect(page.metadata.published == CalendarDay(year: 2021, month: 3, day: 4))
        #expect(page.metadata.canonicalURL == nil)

        let timeTag = """
        <html><body><h1>Border closed</h1><time datetime="2020-02-29">Saturday</time>
        <p>The government closed the border with its neighbour, citing the spread of the disease.</p>
        <meta name="og:url" content="https://x.example/b"></body></html>
        """
        let second = try read(timeTag)
        #expect(second.metadata.title == "Border closed")
        #expect(second.metadata.published == CalendarDay(year: 2020, month: 2, day: 29))
        #expect(second.metadata.canonicalURL == "https://x.example/b")
    }

    @Test func pageWithoutArticleElementsIsScored() throws {
        let html = """
        <html><body>
        <div id="top"><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About</a></div>
        <table><tr><td class="left"><a href="/1">Headlines</a><br><a href="/2">Archive</a></td>
        <td><div class="story">
          <p>The army said on Monday that its soldiers had repelled an attack on a border post, killing three gunmen.</p>
          <p>A spokesman said the attackers had crossed from the neighbouring country overnight, armed with rifles.</p>
        </div></td></tr></table>
        <div>Links: <a href="/x">one</a>, <a href="/y">two</a>, <a href="/z">three</a></div>
        </body></html>
        """
        let page = try read(html)
        #expect(page.paragraphs.count == 2)
        #expect(page.paragraphs.first?.hasPrefix("The army said") == true)
    }

    @Test func articleBodyWithoutArticleTagLeavesCommentsRelatedLinksAndCaptionsOut() throws {
        let html = """
        <html><body>
        <div class="page"><div class="menu"><ul><li><a href="/a">Section A with a long enough name</a></li><li><a href="/b">Section B</a></li></ul></div>
        <div class="story" itemprop="articleBody">
          <figure><img src="p.jpg"><figcaption>Demonstrators in the square on Friday.</figcaption></figure>
          <p>Thousands of demonstrators marched through the capital on Friday, demanding the resignation of the prime minister.</p>
          <p>Read more: <a href="/x">Protests spread to the south of the country as unions join the strike</a></p>
          <p>Police used tear gas to disperse the crowd near parliament, witnesses said.</p>
          <ul class="list"><li><a href="/r1">Earlier: prime minister survives no-confidence vote</a></li></ul>
          <section id="comments"><p>Great article, thanks for writing it, I agree with everything.</p></section>
        </div></div>
        </body></html>
        """
        let page = try read(html)
        #expect(page.paragraphs == [
            "Thousands of demonstrators marched through the capital on Friday, demanding the resignation of the prime minister.",
            "Police used tear gas to disperse the crowd near parliament, witnesses said.",
        ])
    }

    @Test func aFrontPageOfTeasersGivesTheirTextNotItsMenus() throws {
        let teaser = "<article><h2><a href='/s'>Story</a></h2><p>Ministers met in Brussels to discuss the budget for next year.</p></article>"
        let html = "<html><body><nav><a href='/'>Home</a></nav>" + String(repeating: teaser, count: 5) + "</body></html>"
        let page = try read(html)
        #expect(page.paragraphs.count == 5)
        #expect(page.paragraphs.allSatisfy { $0 == "Ministers met in Brussels to discuss the budget for next year." })
    }

    @Test func doubleLineBreaksSplitParagraphs() throws {
        let page = try read("<html><body><div class=\"text\">Protesters gathered in the capital.<br><br>Police dispersed them with tear gas.<br>Dozens were arrested.</div></body></html>")
        #expect(page.paragraphs == ["Protesters gathered in the capital.", "Police dispersed them with tear gas. Dozens were arrested."])
    }

    @Test func nonHTMLBodiesAndEmptyPagesAreProblems() {
        let cases: [([UInt8], String)] = [
            ([], "empty"),
            (Array("  \n ".utf8), "empty"),
            ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "binary"),
            (Array("{\"status\": \"ok\", \"items\": []}".utf8), "JSON"),
            (Array("[1, 2, 3]".utf8), "JSON"),
            (Array("just some words".utf8), "no markup"),
            (Array("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>".utf8), "no article text"),
        ]
        for (bytes, reason) in cases {
            switch HTMLReader.read(bytes, location: "in.html") {
            case .success(let page): Issue.record("\(reason): read \(page.paragraphs)")
            case .failure(let problem):
                #expect(problem.location == "in.html")
                #expect(problem.reason.contains(reason), "\(problem.reason)")
            }
        }
    }

    @Test func declaredLatin1IsConvertedToUTF8() throws {
        let bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>Le pr".utf8)
            + [0xE9] + Array("sident a quitt".utf8) + [0xE9] + Array(" Gen".utf8) + [0xE8] + Array("ve hier soir.</p></body></html>".utf8)
        let page = try HTMLReader.read(bytes, location: "fr.html").get()
        #expect(page.text == "Le président a quitté Genève hier soir.")
    }

    @Test func undeclaredInvalidUTF8StillGivesValidText() throws {
        let bytes = Array("<html><body><p>Caf".utf8) + [0xE9] + Array(" owners in the old town protested against the new tax.</p></body></html>".utf8)
        let page = try HTMLReader.read(bytes, location: "bad.html").get()
        #expect(DocumentReader.firstInvalidUTF8(Array(page.text.utf8)) == nil)
        #expect(page.text.hasSuffix("owners in the old town protested against the new tax."))
    }

    @Test func theHTTPCharsetIsUsed() throws {
        let bytes = Array("<p>Na".utf8) + [0xEF] + Array("ve voters were told the vote was free.</p>".utf8)
        let page = try HTMLReader.read(bytes, location: "x", encoding: "windows-1252").get()
        #expect(page.text == "Naïve voters were told the vote was free.")
    }

    @Test func fragmentsBecomePlainText() {
        #expect(HTMLReader.plainText(fragment: "<p>One &amp; two.</p><p>Three <b>four</b>.</p><script>no()</script>") == "One & two.\n\nThree four.")
        #expect(HTMLReader.plainText(fragment: "Plain words, no tags.") == "Plain words, no tags.")
        #expect(HTMLReader.plainText(fragment: "") == "")
    }

    @Test(arguments: [
        ("2019-05-19T08:00:00Z", "2019-05-19"), ("Sun, 19 May 2019 23:30:00 -0500", "2019-05-19"),
        ("19 May 19 08:00 GMT", "2019-05-19"), ("May 19, 2019", "2019-05-19"), ("2019/05/19", "2019-05-19"),
        ("Thu, 29 Feb 2024 10:00:00 +0000", "2024-02-29"),
    ])
    func publicationDates(raw: String, iso: String) {
        #expect(PublicationDate.parse(raw) == CalendarDay(iso: iso))
    }

    @Test func impossibleDatesAreNil() {
        for raw in ["", "yesterday", "31 Feb 2019", "2019-13-01", "Mon, 32 May 2019"] {
            #expect(PublicationDate.parse(raw) == nil, "\(raw)")
        }
    }
}
