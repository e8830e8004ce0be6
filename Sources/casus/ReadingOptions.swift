import ArgumentParser
import CasusCore
import CasusIngest

/// How inputs are read: the size limit, and whether a feed's items are read from the pages
/// they link to.
struct ReadingOptions: ParsableArguments {
    @Option(help: "Largest document to code, in bytes.")
    var maxBytes: Int = 64 << 20

    @Flag(help: "Code each feed item from the page it links to (fetched, its article text extracted) rather than from the feed's summary; the summary is used when the page cannot be had.")
    var fetchPages = false

    @Option(help: "Seconds to wait for a URL or a linked page.")
    var fetchTimeout: Double = 30

    func validate() throws {
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
        guard fetchTimeout > 0 else { throw ValidationError("--fetch-timeout must be positive") }
    }

    func reader(defaultDate: CalendarDay?) -> DocumentReader {
        DocumentReader(defaultDate: defaultDate, maxDocumentBytes: maxBytes, fetchTimeout: fetchTimeout, fetchLinkedPages: fetchPages)
    }
}
