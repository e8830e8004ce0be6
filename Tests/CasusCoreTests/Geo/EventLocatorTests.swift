import Testing
@testable import CasusCore

@Suite("Geo: choosing an event's location")
struct GeoEventLocatorTests {
    let gazetteer = GeoFixtures.gazetteer

    @Test func siteBeatsItsCity() {
        let whole = GeoRun("Three rockets hit inside Baghdad's Green Zone on Tuesday night.", gazetteer: gazetteer)
        let site = whole.locate("hit")
        #expect(site.location?.name == "Green Zone")
        #expect(site.location?.precision == .site)
        let split = GeoRun("A shell exploded inside Baghdad's heavily guarded Green Zone.", gazetteer: gazetteer)
        let placement = split.locate("exploded")
        #expect(placement.location?.name == "Green Zone")
        #expect(placement.why.contains("finer place than Baghdad"))
    }

    @Test func capitalAsActorIsNotTheLocation() {
        let run = GeoRun("Washington condemned the raid and froze the group's assets.", gazetteer: gazetteer, focus: [:])
        #expect(run.locate("condemned", verbal: true, actors: ["Washington"]).location == nil)
        #expect(run.locate("froze", actors: ["Washington"]).location == nil)
        // Its own words, though, were spoken where it sits; its acts abroad were not.
        let words = GeoRun("On Monday, Washington condemned the raid and froze the group's assets.", gazetteer: gazetteer, focus: [:])
        #expect(words.locate("condemned", verbal: true, actors: ["Washington"], source: "Washington").location?.country == "USA")
        #expect(words.locate("froze", actors: ["Washington"], source: "Washington").location == nil)
        let later = GeoRun("On Monday, Washington froze the group's assets.", gazetteer: gazetteer, focus: [:])
        #expect(later.place("Washington") != nil)
        #expect(later.locate("froze", actors: ["Washington"]).location == nil)
        // A capital after a locative word is a place even when the coder also read it as an actor.
        let visit = GeoRun("Envoys met in Washington to discuss the truce.", gazetteer: gazetteer, focus: [:])
        #expect(visit.locate("met", actors: ["Washington"]).location?.name == "Washington")
    }

    @Test func countryWithoutLocativeWordIsNotTheLocation() {
        let run = GeoRun("Iran and the US backed Iraq in the dispute over the dam.", gazetteer: gazetteer, focus: [:])
        #expect(run.locate("backed", target: "Iraq").location == nil)
        let inside = GeoRun("Aid convoys kept moving inside Iraq despite the fighting.", gazetteer: gazetteer, focus: [:])
        #expect(inside.locate("moving").location?.precision == .country)
    }

    @Test func noLocationIsInvented() {
        let run = GeoRun("The negotiators walked out after six hours of talks.", gazetteer: gazetteer, focus: [:])
        let placement = run.locate("walked")
        #expect(placement.location == nil)
        #expect(placement.why.contains("no document focus"))
        // A verbal act takes no fallback at all, not even the document's focus.
        let statement = GeoRun("The minister denied the report.", gazetteer: gazetteer, focus: ["IRQ": 1])
        #expect(statement.locate("denied", verbal: true).location == nil)
    }

    @Test func focusCountryWhenNothingElse() {
        let run = GeoRun("Protesters blocked the main highway for a day.", gazetteer: gazetteer, focus: ["IRQ": 1, "IRN": 0.5])
        let placement = run.locate("blocked")
        #expect(placement.location?.country == "IRQ")
        #expect(placement.location?.precision == .country)
    }

    @Test func lastPlaceOfTheParagraph() {
        let text = """
            Gunfire broke out in Basra late on Friday. Militiamen later set fire to two police cars.

            Elsewhere, officials reopened the border crossing.
            """
        let run = GeoRun(text, gazetteer: gazetteer, focus: ["IRQ": 1])
        let fire = run.locate("set")
        #expect(fire.location?.name == "Basrah")
        #expect(fire.why.contains("last place of its paragraph"))
        // The next paragraph does not inherit Basra: it falls back to the focus.
        #expect(run.locate("reopened").location?.precision == .country)
        // A verbal act in the same paragraph does not inherit it either.
        #expect(run.locate("set", verbal: true).location == nil)
    }

    @Test func datelineLocatesTheLead() {
        let run = GeoRun("BAGHDAD (Reuters) - Gunmen killed three policemen at a checkpoint overnight.", gazetteer: gazetteer)
        let placement = run.locate("killed")
        #expect(placement.location?.name == "Baghdad")
        #expect(placement.location?.precision == .city)
    }

    @Test func placeAttachedInTheSentenceBeatsEarlierOnes() {
        let run = GeoRun("Talks were held in Baghdad. A day later, a bomb exploded near a bus station in Basra.", gazetteer: gazetteer)
        #expect(run.locate("exploded").location?.name == "Basrah")
    }

    @Test func targetCityIsTheLocation() {
        let run = GeoRun("Insurgents shelled Erbil overnight, officials said.", gazetteer: gazetteer)
        #expect(run.locate("shelled", target: "Erbil").location?.name == "Erbil")
    }

    @Test func qualifierIsNotAPlaceOfItsOwn() {
        let run = GeoRun("A tornado struck Paris, Texas, before dawn.", gazetteer: gazetteer)
        let placement = run.locate("struck", target: "Paris")
        #expect(placement.location?.name == "Paris")
        #expect(placement.location?.admin1 == "Texas")
        #expect(placement.location?.precision == .city)
    }

    @Test func locationCarriesTheRecordFields() throws {
        let run = GeoRun("Rockets landed near the airport in the northern Iraqi city of Irbil.", gazetteer: gazetteer)
        let location = try #require(run.locate("landed").location)
        #expect(location == Location(name: "Erbil", country: "IRQ", admin1: "Arbīl", latitude: 36.1912, longitude: 44.0094,
                                     precision: .city, geonamesID: 95446))
    }

    @Test func verbalRoots() {
        #expect(EventAnchor.isVerbal(cameo: "112"))
        #expect(EventAnchor.isVerbal(cameo: "041"))      // a phone call happens nowhere in particular
        #expect(!EventAnchor.isVerbal(cameo: "042"))     // a visit happens where the visitor goes
        #expect(!EventAnchor.isVerbal(cameo: "057"))     // so does signing an agreement
        #expect(!EventAnchor.isVerbal(cameo: "190"))
        #expect(!EventAnchor.isVerbal(cameo: "0874"))
        #expect(!EventAnchor.isVerbal(cameo: "x"))
    }
}
