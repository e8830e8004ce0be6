import Testing
@testable import CasusCore

@Suite("Geo: finding place mentions")
struct GeoPlaceFinderTests {
    private func found(_ text: String) -> [PlaceMention] {
        GeoRun(text, gazetteer: GeoFixtures.gazetteer).mentions
    }

    private func names(_ text: String) -> [String] { found(text).map(\.text) }

    @Test func possessiveEndsTheName() {
        let m = found("Police closed roads around Baghdad's airport on Monday.")
        #expect(m.map(\.text) == ["Baghdad"])
        #expect(m.first?.isPossessive == true)
        #expect(m.first?.preposition == "around")
    }

    @Test func capitalCityOpeningASentence() {
        // A sentence's first word is capitalised anyway, but a capital city opening it is a place.
        #expect(names("Baghdad denied the report.") == ["Baghdad"])
        #expect(names("Baghdad's envoy left.") == ["Baghdad"])
        // Not when a capitalised word follows: it may be a person's first name.
        #expect(names("Washington Irving wrote stories.").isEmpty)
    }

    @Test func theLastNameOfAListSharesTheFirstsPlaceNoun() {
        // "Qaraqosh" is unknown to the fixture; "Irbil", after it, is still a village of the phrase.
        let m = found("Gunmen raided the villages of Qaraqosh and Irbil on Sunday.")
        #expect(m.map(\.text) == ["Irbil"])
        #expect(m.first?.placeNoun == "villages")
    }

    @Test func longestNameWins() {
        #expect(names("Officials in the United States of America disagreed.") == ["United States of America"])
    }

    @Test func cityOfPatternGivesNounQualifierAndPreposition() {
        let m = found("Two rockets fell in the northern Iraqi city of Irbil late on Sunday.")
        #expect(m.count == 1)
        #expect(m.first?.text == "Irbil")
        #expect(m.first?.placeNoun == "city")
        #expect(m.first?.expectedKind == .city)
        #expect(m.first?.qualifierCountry == "IRQ")
        #expect(m.first?.preposition == "in")
    }

    @Test func regionNounAfterTheName() {
        let m = found("Clashes spread across Basra province overnight.")
        #expect(m.first?.text == "Basra")
        #expect(m.first?.placeNoun == "province")
        #expect(m.first?.expectedKind == .admin1)
    }

    @Test func compassOfLocates() {
        let m = found("The convoy was hit 40 km north of Baghdad.")
        #expect(m.first?.preposition == "north of")
    }

    @Test func sentenceInitialSingleWordNeedsACue() {
        #expect(names("Basra was calm again by the evening.").isEmpty)
        #expect(names("In Basra, shops opened again.") == ["Basra"])
    }

    @Test func commonWordsNeedACue() {
        #expect(names("Officials said Reading the report took a week.").isEmpty)
        #expect(names("A bus caught fire in Reading yesterday.") == ["Reading"])
    }

    @Test func monthsAreDatesEvenAfterIn() {
        let gazetteer = Gazetteer(gazetteerTSV: Array("""
            geonames_id\tkind\tname\talt_names\tcountry_iso3\tadmin1\tlat\tlon\tpopulation
            2643000\tcity\tMarch\t\tGBR\tEngland\t52.5516\t0.0882\t22298
            """.utf8), sitesTSV: [])
        let run = GeoRun("The ceasefire collapsed in March after the talks failed.", gazetteer: gazetteer)
        #expect(run.mentions.isEmpty)
    }

    @Test func namesInsideLongerNamesAreNotPlaces() {
        // "Paris" in a person's name, "Washington" in a newspaper's.
        #expect(names("The lawyer Thomas Paris filed the appeal.").isEmpty)
        #expect(names("The report ran in the Washington Post on Friday.").isEmpty)
        // …and the same word alone later in the document is that name too.
        #expect(names("Aid worker Maria Atlanta arrived first. Officials thanked Atlanta for her work.").isEmpty)
        #expect(names("Aid worker Maria Atlanta arrived first. She later flew to Atlanta.") == ["Atlanta"])
    }

    @Test func headlinesInTitleCase() {
        // Every word has a capital, so capitals next to a name do not make it part of a longer one.
        #expect(names("Mortar Shells Hit Baghdad Green Zone Overnight") == ["Baghdad Green Zone"])
        #expect(names("Militias Attack Convoy Near Basra Airport") == ["Basra"])
    }

    @Test func sitesMatchInLowerCaseOnTheirFullName() {
        let m = found("Soldiers exchanged fire across the line of control at dawn.")
        #expect(m.map(\.text) == ["line of control"])
        #expect(m.first?.preposition == "across")
    }

    @Test func siteWithItsOwnersNameMatchesWhole() {
        let m = found("A drone crashed inside Kabul’s Green Zone on Thursday.")
        #expect(m.map(\.text) == ["Kabul’s Green Zone"])
        #expect(m.first?.preposition == "inside")
    }

    @Test func possessorLinksASite() {
        let m = found("A shell exploded inside Baghdad's heavily guarded Green Zone.")
        #expect(m.map(\.text) == ["Baghdad", "Green Zone"])
        #expect(m[1].possessor == m[0].tokens)
        #expect(m[1].preposition == "inside")
    }

    @Test func commaQualifier() {
        let m = found("A tornado struck Paris, Texas, before dawn.")
        #expect(m.map(\.text) == ["Paris", "Texas"])
        #expect(m[0].qualifier == m[1].tokens)
        #expect(m[1].qualifies == m[0].tokens)
        // A list is not a qualifier: Baghdad is not in Texas.
        let list = found("Flights from Baghdad, Texas and Tbilisi were delayed.")
        #expect(list.allSatisfy { $0.qualifier == nil && $0.qualifies == nil })
    }

    @Test func datelineIsAPlace() {
        let m = found("BAGHDAD (Reuters) - A car bomb exploded near a market.")
        #expect(m.first?.text == "BAGHDAD")
        #expect(m.first?.isDateline == true)
    }

    @Test func capitalisedOnlyAliases() {
        #expect(names("Farmers in the US protested.") == ["US"])
        #expect(names("Farmers near us protested.").isEmpty)
    }

    @Test func noPlacesInAPlainSentence() {
        #expect(names("The committee met for three hours and adjourned without a vote.").isEmpty)
        #expect(names("").isEmpty)
    }
}
