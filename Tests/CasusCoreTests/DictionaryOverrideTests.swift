import Testing
@testable import CasusCore

/// `--dict DIR`: a user's entries add to ours and override them name by name.
@Suite struct DictionaryOverrideTests {
    @Test func userEntriesAddAndOverride() throws {
        let extra = [
            "actors.txt": "# a user's own group and a changed capital\nSSDREB: Zorblax Brigade\nUSA: Washington\n",
            "verbs.txt": "190: zorble *\n",
        ]
        let dictionaries = Dictionaries(base: try Dictionaries.bundledFiles(), extra: extra)
        #expect(dictionaries.warnings.isEmpty)
        let coder = EventCoder(dictionaries: dictionaries)
        let events = coder.code(Document(id: "u", text: "The Zorblax Brigade zorbled Washington.", published: CalendarDay(iso: "2024-01-10"))).events
        #expect(events.count == 1)
        #expect(events.first?.source?.code == "SSDREB")
        #expect(events.first?.target?.code == "USA")
        #expect(events.first?.cameo == "190")
    }

    @Test func malformedUserLinesAreReportedNotFatal() throws {
        let dictionaries = Dictionaries(base: try Dictionaries.bundledFiles(),
                                        extra: ["people.txt": "USAGOV @2019-13-01..: Someone\nno colon here\n", "verbs.txt": "999: flibber *\n"])
        #expect(dictionaries.warnings.count == 3)
        #expect(dictionaries.warnings.map(\.file).contains("people.txt"))
    }
}
