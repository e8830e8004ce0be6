import Testing
@testable import CasusCore

/// Where whole documents' events are placed, with the dictionaries and gazetteer Casus ships.
@Suite("Geo: events placed in whole stories")
struct EventPlacementTests {
    static let coder: EventCoder? = GeoFixtures.bundled.map { EventCoder(dictionaries: try! Dictionaries.bundled(), gazetteer: $0) }

    private func events(_ text: String, on date: String = "2024-08-08") throws -> [Event] {
        try #require(Self.coder).code(Document(id: "t", text: text, published: CalendarDay(iso: date))).events
    }

    @Test func aWordThatIsAlsoASmallTownAbroadIsNotTheLocation() throws {
        // "Arab" is a town in Alabama; in a story about Syria it describes tribes.
        let story = try events("""
            Rockets hit a base in eastern Syria on Tuesday, officials in Damascus said.

            Fighters from Arab tribes attacked Kurdish-led forces on Wednesday.
            """)
        let attack = try #require(story.last { $0.root == "19" || $0.root == "18" })
        #expect(attack.location?.country == "SYR")
    }

    @Test func bareLocalActorsBelongToWhereTheStoryHappens() throws {
        // The story names the US four times and Iraq only as a place: its militants are Iraq's.
        let story = try events("U.S. officials said U.S. forces were on alert after the U.S. Embassy warned U.S. citizens to stay "
                               + "away from crowds. Militants fired rockets at an air base near Kirkuk on Sunday.")
        let attack = try #require(story.last { $0.root == "19" })
        #expect(attack.source?.code == "IRQREB")
    }

    @Test func aParagraphReferringBackToTheOccasionTakesItsPlace() throws {
        let story = try events("""
            The warring parties in South Sudan signed a ceasefire on Saturday.

            President Salva Kiir and opposition leader Riek Machar met in the Ethiopian capital, Addis Ababa, to sign the accord.

            African leaders gathered for the ceremony. Kenyan President William Ruto also attended.
            """, on: "2018-06-28")
        let attended = try #require(story.first { $0.trigger == "attended" })
        #expect(attended.location?.name == "Addis Ababa")
        // Without the reference back, a paragraph with no place of its own is placed no finer than the country.
        let plain = try events("""
            President Salva Kiir and opposition leader Riek Machar met in the Ethiopian capital, Addis Ababa.

            Kenyan President William Ruto also attended a church service on Sunday.
            """, on: "2018-06-28")
        let service = try #require(plain.first { $0.trigger.hasPrefix("attended") })
        #expect(service.location?.precision == .country)
    }

    @Test func aRetellingAfterTheLeadNamesTheTown() throws {
        let story = try events("Militants ambushed an army convoy in northern Mali on Sunday, killing 12 soldiers.\n\n"
                               + "The attack took place near Gao, officials said.", on: "2024-05-20")
        #expect(story.first?.location?.name == "Gao")
        // A next sentence that is no retelling leaves the lead's own place.
        let other = try events("Militants ambushed an army convoy in northern Mali on Sunday, killing 12 soldiers.\n\n"
                               + "Officials in Gao said the army would send reinforcements.", on: "2024-05-20")
        #expect(other.first?.location?.precision == .country)
        // Only the retelling's own clause: the bombing in Gao is another act.
        let earlier = try events("Militants ambushed a convoy in northern Mali on Sunday.\n\n"
                                 + "The attack came two days after a suicide bombing in Gao killed five.", on: "2024-05-20")
        #expect(earlier.first?.location?.precision == .country)
    }

    @Test func theAntecedentOfWhereIsWhereItHappened() throws {
        let story = try events("Officials evacuated civilians from villages in the Kharkiv region, including Vovchansk, where Russian troops launched an assault on Friday.")
        let assault = try #require(story.first { $0.root == "19" || $0.root == "18" })
        #expect(assault.location?.name == "Vovchansk")
    }

    @Test func talksAreHeldInTheHostCountry() throws {
        let story = try events("Qatar, which has hosted talks between the Taliban and Washington, urged both sides to show restraint.")
        let hosted = try #require(story.first { $0.trigger.hasPrefix("hosted") })
        #expect(hosted.location?.country == "QAT")
        #expect(hosted.location?.precision == .country)
        // The appeal itself names no place: a statement is not placed by guesswork.
        #expect(story.first { $0.trigger.hasPrefix("urged") }?.location == nil)
    }

    @Test func aLeadWithoutAPlaceTakesTheNextSentencesPlace() throws {
        let story = try events("""
            Sudan's army and the main rebel faction have signed a truce after months of fighting.

            The two commanders met in the port city of Jeddah to sign the document, officials said.
            """, on: "2024-06-02")
        let truce = try #require(story.first { $0.cameo.hasPrefix("087") || $0.cameo.hasPrefix("057") })
        #expect(truce.sentenceIndex == 0)
        #expect(truce.location?.name == "Jeddah")
    }

    @Test func aDemonymsTownsAreItsCountry() throws {
        // Fired from one country at another's towns: the act happened where it landed.
        let story = try events("From its positions in southern Lebanon, Hezbollah shelled several northern Israeli towns on Tuesday.",
                               on: "2024-06-05")
        let shelling = try #require(story.first { $0.root == "19" })
        #expect(shelling.location?.country == "ISR")
        #expect(shelling.location?.precision == .country)
        // "near the Venezuelan border" is not Venezuela.
        let border = try events("Soldiers in Arauca arrested two rebels near the Venezuelan border on Tuesday.", on: "2024-06-05")
        #expect(border.first?.location?.country == "COL")
    }

    @Test func theTownIsTheTownNamedBefore() throws {
        let story = try events("Colombian troops retook the town of Tame in Arauca on Monday. Rebels later attacked a police post near the town, police said.",
                               on: "2024-06-05")
        // The town named with the act is finer than the region around it…
        #expect(story.first?.location?.name == "Tame")
        // …and "near the town" a sentence later is that town.
        #expect(story.last?.location?.name == "Tame")
    }

    @Test func landHeldByAnActorIsItsCountry() throws {
        let story = try events("""
            Rebels fired missiles at a tanker in the Red Sea on Monday.

            Hours later, officials said a destroyer shot down two drones over the Red Sea and that American jets struck radar sites in Houthi-controlled territory.
            """, on: "2024-05-14")
        // Two subjects, two acts: the strike on land is not merged into the shoot-down at sea…
        let strike = try #require(story.first { $0.trigger.hasPrefix("struck") })
        // …it happened in Yemen, on the story's Monday ("hours later", in a second reported clause).
        #expect(strike.location?.country == "YEM")
        #expect(strike.date.iso == "2024-05-13")
    }

    @Test func theSameActInTwoTownsIsTwoActs() throws {
        let story = try events("Rebels attacked a police post in Kirkuk on Monday. Rebels attacked a police post in Basra on Monday.", on: "2024-06-05")
        #expect(story.filter { $0.root == "19" || $0.root == "18" }.count == 2)
    }

    @Test func holdersAndWhereClausesReachOnlyAsFarAsTheyShould() throws {
        // A state holding land does not make the land its own: Russian-held land lies in Ukraine.
        let held = try events("Ukrainian drones struck a fuel depot in Russian-controlled territory on Monday.", on: "2024-06-05")
        #expect(held.first { $0.root == "19" }.map { $0.location?.country != "RUS" } == true)
        // "where" places its own clause only; the strike after it happened in Kharkiv.
        let story = try events("Russian troops shelled the town of Vovchansk, where residents had fled, and jets later bombed the city of Kharkiv on Friday.",
                               on: "2024-06-05")
        #expect(story.first { $0.trigger.hasPrefix("bombed") }?.location?.name == "Kharkiv")
    }
}
