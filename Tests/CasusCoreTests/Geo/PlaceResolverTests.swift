import Testing
@testable import CasusCore

@Suite("Geo: resolving mentions to gazetteer entries")
struct GeoPlaceResolverTests {
    let gazetteer = GeoFixtures.gazetteer

    @Test func basraInAnIraqStoryIsInIraq() {
        // The fixture's decoy Basra (in Iran) is larger: without context it wins…
        let bare = GeoRun("Trucks waited for hours outside Basra.", gazetteer: gazetteer, focus: [:])
        #expect(bare.place("Basra")?.place.country == "IRN")
        // …but a story about Iraq, or other Iraqi places, bring the Iraqi one.
        let focused = GeoRun("Trucks waited for hours outside Basra.", gazetteer: gazetteer, focus: ["IRQ": 1])
        #expect(focused.place("Basra")?.place.name == "Basrah")
        #expect(focused.place("Basra")?.why.contains("document about IRQ") == true)
        let story = GeoRun("Power cuts hit Baghdad again. Trucks waited for hours outside Basra.", gazetteer: gazetteer)
        #expect(story.place("Basra")?.place.country == "IRQ")
    }

    @Test func parisIsFranceUnlessTexasIsNamed() {
        let france = GeoRun("Thousands marched through Paris on Saturday.", gazetteer: gazetteer)
        #expect(france.place("Paris")?.place.country == "FRA")
        let texas = GeoRun("A tornado struck Paris, Texas, before dawn.", gazetteer: gazetteer)
        #expect(texas.place("Paris")?.place.country == "USA")
        #expect(texas.place("Paris")?.place.admin1 == "Texas")
        #expect(texas.place("Paris")?.why.contains("in Texas") == true)
        let nearby = GeoRun("Storms moved across Texas overnight. By morning the roads into Paris were flooded.", gazetteer: gazetteer)
        #expect(nearby.place("Paris")?.place.admin1 == "Texas")
        // An American story alone does not move Paris to Texas.
        let visit = GeoRun("The US envoy flew to Paris for talks.", gazetteer: gazetteer, focus: ["USA": 1])
        #expect(visit.place("Paris")?.place.country == "FRA")
    }

    @Test func qualifiedCityOfIrbilIsErbil() {
        let run = GeoRun("Gunmen opened fire on a checkpoint in the northern Iraqi city of Irbil.", gazetteer: gazetteer)
        let irbil = run.place("Irbil")
        #expect(irbil?.place.name == "Erbil")
        #expect(irbil?.place.country == "IRQ")
        #expect(irbil?.why.contains("qualified as IRQ") == true)
        #expect(irbil?.location?.geonamesID == 95446)
    }

    @Test func georgiaByContext() {
        let country = GeoRun("Russian tanks stayed in Georgia for weeks after the war.", gazetteer: gazetteer)
        #expect(country.place("Georgia")?.place.kind == .country)
        #expect(country.place("Georgia")?.location?.precision == .country)
        let withCapital = GeoRun("Protesters gathered in Tbilisi. Police across Georgia were put on alert.", gazetteer: gazetteer)
        #expect(withCapital.place("Georgia")?.place.country == "GEO")
        let state = GeoRun("Heavy rain flooded roads in Georgia, and schools in Atlanta stayed shut.", gazetteer: gazetteer)
        #expect(state.place("Georgia")?.place.kind == .admin1)
        #expect(state.place("Georgia")?.place.country == "USA")
        #expect(state.place("Georgia")?.why.contains("places in it named too") == true)
    }

    @Test func provinceAsksForTheRegion() {
        let run = GeoRun("Fighting spread across Basra province.", gazetteer: gazetteer, focus: ["IRQ": 1])
        #expect(run.place("Basra")?.place.kind == .admin1)
        #expect(run.place("Basra")?.location?.precision == .admin1)
        #expect(run.place("Basra")?.place.name == "Al Başrah")
        // The bare name of a provincial capital is the city.
        let city = GeoRun("Fighting spread across Baghdad.", gazetteer: gazetteer)
        #expect(city.place("Baghdad")?.place.kind == .city)
    }

    @Test func capitalBeatsTheStateOfTheSameName() {
        let run = GeoRun("The delegation arrived in Washington on Monday.", gazetteer: gazetteer)
        #expect(run.place("Washington")?.place.admin1 == "District of Columbia")
    }

    @Test func resolutionIsDeterministic() {
        let text = "Convoys left Baghdad for Basra, while talks in Paris and Tbilisi stalled."
        let first = GeoRun(text, gazetteer: gazetteer).places.map { "\($0.entry) \($0.why)" }
        for _ in 0..<3 {
            #expect(GeoRun(text, gazetteer: gazetteer).places.map { "\($0.entry) \($0.why)" } == first)
        }
    }

    @Test func mentionWithoutCandidatesIsLeftOut() {
        let empty = PlaceMention(tokens: 0..<1, text: "Nowhere", sentence: 0, paragraph: 0, candidates: [])
        let run = GeoRun("Envoys met in Tbilisi.", gazetteer: gazetteer)
        let resolved = PlaceResolver(gazetteer: gazetteer).resolve([empty] + run.mentions)
        #expect(resolved.map(\.mention.text) == ["Tbilisi"])
    }

    @Test func focusCountsCountriesAndPlaces() {
        let run = GeoRun("BAGHDAD - Officials in Iraq said flights to Tehran resumed.", gazetteer: gazetteer)
        #expect(run.focus["IRQ"] == 1)
        #expect((run.focus["IRN"] ?? 0) < 1)
    }
}
