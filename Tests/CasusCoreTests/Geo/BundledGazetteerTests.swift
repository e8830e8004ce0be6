import Testing
@testable import CasusCore

/// The same cases as the inline-gazetteer suites, against the gazetteer Casus ships.
@Suite("Geo: with the bundled gazetteer")
struct GeoBundledGazetteerTests {
    private func run(_ text: String, focus: [String: Double]? = nil) throws -> GeoRun {
        GeoRun(text, gazetteer: try #require(GeoFixtures.bundled), focus: focus)
    }

    @Test func loads() throws {
        let gazetteer = try #require(GeoFixtures.bundled)
        #expect(gazetteer.count > 70_000)
        #expect(gazetteer.countryEntry(iso3: "IRQ") != nil)
        #expect(gazetteer.country(ofDemonym: "Iraqi") == "IRQ")
    }

    @Test func basraInAnIraqStory() throws {
        let story = try run("""
            Iraqi police said a roadside bomb killed two soldiers near Basra on Wednesday.
            Oil exports from the southern port continued, officials in Baghdad said.
            """)
        let basra = try #require(story.place("Basra"))
        #expect(basra.place.country == "IRQ")
        #expect(basra.location?.geonamesID == 99532)
        #expect(story.locate("killed").location?.name == "Basrah")
    }

    @Test func parisAndParisTexas() throws {
        let france = try run("Riot police fired tear gas at protesters in Paris on Saturday.")
        #expect(france.locate("fired").location?.country == "FRA")
        let texas = try run("A tornado tore through Paris, Texas, destroying dozens of homes.")
        let placement = texas.locate("tore")
        #expect(placement.location?.country == "USA")
        #expect(placement.location?.admin1 == "Texas")
        #expect(placement.location?.geonamesID == 4717560)
    }

    @Test func northernIraqiCityOfIrbil() throws {
        let story = try run("Rockets landed near a US base in the northern Iraqi city of Irbil late on Monday.")
        let placement = story.locate("landed")
        #expect(placement.location?.name == "Erbil")
        #expect(placement.location?.country == "IRQ")
        #expect(placement.location?.precision == .city)
    }

    @Test func insideBaghdadsGreenZone() throws {
        let gazetteer = try #require(GeoFixtures.bundled)
        try #require(!gazetteer.candidates(for: "Green Zone").isEmpty, "sites.tsv lists the Green Zone")
        let story = try run("Two rockets fell inside Baghdad's Green Zone overnight, the military said.")
        let placement = story.locate("fell")
        #expect(placement.location?.name == "Green Zone")
        #expect(placement.location?.precision == .site)
        #expect(placement.location?.country == "IRQ")
        let apart = try run("A rocket struck inside Baghdad's heavily fortified Green Zone.")
        #expect(apart.locate("struck").location?.precision == .site)
    }

    @Test func washingtonSaidIsNoLocation() throws {
        let story = try run("On Tuesday, Washington said it would send more troops.", focus: [:])
        #expect(story.locate("said", verbal: true, actors: ["Washington"]).location == nil)
        let sanctions = try run("On Tuesday, Washington imposed sanctions on three banks.", focus: [:])
        #expect(sanctions.locate("imposed", actors: ["Washington"]).location == nil)
    }

    @Test func noPlaceNoLocation() throws {
        let story = try run("The two delegations agreed to meet again next month.", focus: [:])
        #expect(story.places.isEmpty)
        #expect(story.locate("agreed").location == nil)
        #expect(story.locate("meet", verbal: true).location == nil)
    }

    @Test func georgiaByContext() throws {
        let caucasus = try run("Russian troops remained in Georgia, and protesters filled the streets of Tbilisi.")
        #expect(caucasus.place("Georgia")?.place.kind == .country)
        #expect(caucasus.place("Georgia")?.place.country == "GEO")
        let american = try run("A storm knocked out power across Georgia, and flights out of Atlanta were cancelled.")
        #expect(american.place("Georgia")?.place.kind == .admin1)
        #expect(american.place("Georgia")?.place.country == "USA")
    }

    @Test func americanAbbreviationsAreTheUnitedStates() throws {
        // Field lesson 9: "U.S" once resolved to Canada and "USA" to a building.
        for name in ["U.S.", "US", "USA"] {
            let story = try run("Aid flights from the \(name) landed in Amman.")
            #expect(story.place(name)?.place.country == "USA", "\(name)")
            #expect(story.place(name)?.place.kind == .country, "\(name)")
        }
    }

    @Test func countryNamesAndCommonWords() throws {
        let story = try run("Most officials said the March talks in Mobile, Alabama went well.")
        #expect(story.places.map(\.mention.text) == ["Mobile", "Alabama"])
        #expect(story.place("Mobile")?.place.country == "USA")
    }
}
