import Testing
@testable import CasusCore

@Suite("Geo: gazetteer loading and name lookup")
struct GeoGazetteerTests {
    let gazetteer = GeoFixtures.gazetteer

    private func names(_ query: String) -> [String] {
        gazetteer.candidates(for: query).map { gazetteer.place($0.entry).name }
    }

    @Test func loadsEveryRowOfBothFiles() {
        // 25 place rows and 3 sites; the header and comment lines are not places.
        #expect(gazetteer.count == 28)
        let baghdad = gazetteer.candidates(for: "Baghdad").map { gazetteer.place($0.entry) }.first { $0.kind == .city }
        #expect(baghdad?.country == "IRQ")
        #expect(baghdad?.admin1 == "Baghdād")
        #expect(baghdad?.latitude == 33.3406)
        #expect(baghdad?.longitude == 44.4009)
        #expect(baghdad?.population == 7_216_000)
        #expect(baghdad?.geonamesID == 98182)
        #expect(baghdad?.isCapital == true)
    }

    @Test func regionRowsMayLackAnId() {
        let texas = gazetteer.candidates(for: "Texas").map { gazetteer.place($0.entry) }
        #expect(texas.count == 1)
        #expect(texas.first?.kind == .admin1)
        #expect(texas.first?.geonamesID == nil)
    }

    @Test func diacriticsFoldBothWays() {
        #expect(names("Baghdād").contains("Baghdad"))
        #expect(names("Baghdad").contains("Baghdad"))
        #expect(names("Arbīl") == names("Arbil"))
        #expect(names("BAGHDAD").contains("Baghdad"))
    }

    @Test func curlyApostrophesMatchStraightOnes() {
        #expect(names("Baghdad’s Green Zone") == ["Green Zone"])
        #expect(names("Kabul's Green Zone") == ["Kabul Green Zone"])
    }

    @Test func alternateNamesAreMarked() {
        let irbil = gazetteer.candidates(for: "Irbil")
        #expect(irbil.count == 2)
        let erbil = irbil.first { gazetteer.place($0.entry).name == "Erbil" }
        #expect(erbil?.viaAlternate == true)
        #expect(gazetteer.candidates(for: "Erbil").first?.viaAlternate == false)
    }

    @Test func arabicArticleMayBeDropped() {
        #expect(names("Qamishli") == ["Al Qāmishlī"])
        #expect(names("al-Qamishli") == ["Al Qāmishlī"])
    }

    @Test func newsNamesOfCountriesComeFromTheCountryList() {
        #expect(names("U.S.") == ["United States"])
        #expect(names("America") == ["United States"])
        // Written in capitals in the list: "US" is the country, "us" or "Us" is not.
        #expect(names("US") == ["United States"])
        #expect(names("Us").isEmpty)
        // Dated lines of the list are not country names.
        #expect(names("Dated Name").isEmpty)
    }

    @Test func demonymsNameTheirCountry() {
        #expect(gazetteer.country(ofDemonym: "Iraqi") == "IRQ")
        #expect(gazetteer.country(ofDemonym: "Georgians") == "GEO")
        // Lines with a role code are actors, not demonyms.
        #expect(gazetteer.country(ofDemonym: "Baghdad") == nil)
    }

    @Test func sitesWithoutCountryAreKept() {
        let line = gazetteer.candidates(for: "Line of Control").map { gazetteer.place($0.entry) }
        #expect(line.count == 1)
        #expect(line.first?.country == nil)
        #expect(line.first?.precision == .admin1)
        #expect(line.first?.siteKind == "border")
    }

    @Test func countryRowsAndLocations() {
        let iraq = gazetteer.countryEntry(iso3: "IRQ")
        #expect(iraq != nil)
        let location = iraq.flatMap { gazetteer.location(of: $0) }
        #expect(location?.precision == .country)
        #expect(location?.country == "IRQ")
        #expect(location?.admin1 == nil)
        #expect(gazetteer.countryEntry(iso3: "XXX") == nil)
    }

    @Test func malformedRowsAreSkippedNotFatal() {
        let tsv = """
            geonames_id\tkind\tname\talt_names\tcountry_iso3\tadmin1\tlat\tlon\tpopulation
            1\tvillage\tNowhere\t\tIRQ\t\t1\t1\t1
            2\tcity\t\t\tIRQ\t\t1\t1\t1
            3\tcity\tShort Row
            4\tcity\tHalfway\t\tIRQ\t\tnorth\t\t12
            """
        let small = Gazetteer(gazetteerTSV: Array(tsv.utf8), sitesTSV: [])
        #expect(small.count == 1)
        let halfway = small.candidates(for: "Halfway").first.map { small.place($0.entry) }
        #expect(halfway?.latitude == nil)
        #expect(small.location(of: 0) == nil)
    }

    @Test func columnsAreFoundByTheHeader() {
        let tsv = """
            name\tkind\tcountry_iso3\tpopulation\tlat\tlon
            Basrah\tcity\tIRQ\t1326564\t30.5085\t47.7804
            """
        let small = Gazetteer(gazetteerTSV: Array(tsv.utf8), sitesTSV: [])
        let basrah = small.candidates(for: "Basrah").first.map { small.place($0.entry) }
        #expect(basrah?.population == 1_326_564)
        #expect(basrah?.longitude == 47.7804)
    }
}
