import Testing
@testable import CasusCore

/// The coder's behaviour on sentences written for these tests: who is source and target,
/// what is not an event, and how dated entries resolve.
@Suite struct EventCoderTests {
    static let coder = EventCoder(dictionaries: try! Dictionaries.bundled())

    func events(_ text: String, on date: String = "2019-05-19") -> [Event] {
        Self.coder.code(Document(id: "t", text: text, published: CalendarDay(iso: date))).events
    }

    func codes(_ text: String, on date: String = "2019-05-19") -> [String] {
        events(text, on: date).map { "\($0.source?.code ?? "-") \($0.root) \($0.target?.code ?? "-")" }
    }

    @Test func activeAndPassiveVoiceGiveTheSameRoles() {
        #expect(codes("Ukrainian troops shelled Russian positions near Kupiansk.").contains("UKRMIL 19 RUS"))
        #expect(codes("Kenyan police were attacked by Haitian gang members on Friday.").first == "HTICRM 19 KENCOP")
    }

    @Test func timeExpressionsDateOnlyTheirOwnClause() {
        func dates(_ text: String) -> [String] { events(text, on: "2024-03-14").map { "\($0.root) \($0.date.iso ?? "-")" } }
        // A relative clause's year is the clause's; the vow is this month's news.
        #expect(dates("General Ahmed, who seized power in September 2021, has vowed to attack the rebels.") == ["03 2024-03-14"])
        // "since" marks where a span starts, not when the event happened.
        #expect(dates("Shipping rates rose. Houthi rebels have attacked 40 ships since late last year.") == ["19 2024-03"])
        // The grounds of an accusation keep their own date.
        #expect(dates("Pakistan accused India of provoking the crisis by shelling villages last month.").first == "11 2024-03-14")
        // Background does not carry into the next sentence; the main clause does.
        #expect(dates("Clashes ended the truce that took effect in late January. Rebels attacked a convoy.").last == "19 2024-03-14")
        #expect(dates("On Sunday, militants attacked a police post. Gunmen also burned a school.").last?.hasSuffix(" 2024-03-10") == true)
    }

    @Test func aClauseSomeTimeAfterOrBeforeAnotherIsDatedFromIt() {
        func dates(_ text: String) -> [String] { events(text, on: "2024-03-14").map { "\($0.root) \($0.date.iso ?? "-")" } }
        // Two months after the rebels' attack in March: January.
        #expect(dates("The army launched an offensive in March, two months after rebels attacked a police station in Gao.")
            .contains("19 2024-01"))
        // The convoy three days before the airport: the airport attack was on Monday.
        #expect(dates("Rebels attacked a convoy on Friday, three days before the rebels attacked the airport in Goma.")
            .last == "19 2024-03-11")
    }

    @Test func headlinesTakeTheLeadsDate() {
        let result = events("Rebels Ambush Army Convoy\n\nRebels ambushed an army convoy near Gao on Saturday, killing six soldiers.", on: "2024-05-20")
        // The headline and the lead tell one ambush: one event, the lead's sentence, Saturday.
        #expect(result.count == 1)
        #expect(result.first?.sentenceIndex == 1)
        #expect(result.first?.date.iso == "2024-05-18")
        #expect(result.first?.fatalities == 6)
    }

    @Test func subjectsBehindDatesAppositionsAndSubordinators() {
        // A date phrase in front without a comma: the actor after the article is the subject.
        #expect(codes("In January 2024 the Iranian military attacked a Kurdish camp near Erbil.").first?.hasPrefix("IRNMIL 18") == true)
        // The group named after its description is the group.
        #expect(codes("The insurgent group Al-Shabaab attacked a police station in Kismayo.").first?.hasPrefix("SOMREB 19") == true)
        // A coalition a country leads is that country's force; one it backs is not.
        #expect(codes("A Saudi-led coalition bombed a bridge in Hodeidah on Friday.").first?.hasPrefix("SAUMIL 19") == true)
        let backed = codes("An Iranian-backed militia attacked a convoy near Deir ez-Zor.")
        #expect(backed.count == 1 && backed.first?.hasPrefix("IRNMIL") != true, "\(backed)")
        // The accused did what they are accused of.
        #expect(codes("South Korea accused North Korean soldiers of firing at a guard post.").contains { $0.hasPrefix("PRKMIL 19") })
        // "after" opening a clause: its subject is no prepositional object.
        #expect(codes("Rebels attacked the army after the Houthis seized the capital, Sana'a.").contains("YEMREB 19 YEMGOV"))
    }

    @Test func aBareTitleIsThePersonTheStoryGaveIt() {
        let result = codes("Foreign Minister Sergei Lavrov met Turkish officials in Ankara on Monday. The minister praised Turkey's mediation.", on: "2021-06-09")
        #expect(result.contains("RUSGOV 05 TUR"))
        // An indefinite title is someone new.
        let someone = codes("Sergei Lavrov met Turkish officials on Monday. A minister criticised Greece.", on: "2021-06-09")
        #expect(someone.last?.hasSuffix(" 11 GRC") == true && someone.last?.hasPrefix("RUSGOV") != true, "\(someone)")
        // The whole title must match: the foreign minister is not the defence minister named before.
        let other = codes("Defence Minister Sergei Shoigu met Turkish officials on Monday. The foreign minister criticised Greece.", on: "2021-06-09")
        #expect(other.last?.hasSuffix(" 11 GRC") == true && other.last?.hasPrefix("RUSGOV") != true, "\(other)")
    }

    @Test func aPresentTenseRelativeClauseDescribesAndTellsNoAct() {
        // The alliance's backing is what it is, not news; the bombing is.
        #expect(codes("The Saudi coalition, which is supported by France, bombed a depot in Hodeidah on Sunday.", on: "2019-05-19")
            .map { String($0.split(separator: " ")[1]) } == ["19"])
        // "that" after a verb of saying opens what was said, not a description.
        #expect(codes("Iraq's president insisted that Baghdad seeks close ties with Tehran.").contains { $0.hasPrefix("IRQGOV 03 IRN") })
    }

    @Test func governmentForcesAreTheStoryCountrysNotTheLastForeignForces() {
        // The country the story happens in, not the foreign air force, owns the local actors.
        let result = codes("Saudi warplanes struck rebel positions in Yemen's Hodeidah province on Monday. "
                           + "Pro-government forces later attacked the rebels near Mokha.", on: "2018-06-12")
        #expect(result == ["SAUMIL 19 YEMREB", "YEMMIL 19 YEMREB"])
    }

    @Test func aParticipleAfterANounDescribesIt() {
        // "territory seized during the war" tells no seizure by the talks' parties…
        #expect(codes("Serbian and Kosovar negotiators discussed the fate of territory seized during the war.", on: "2024-05-10")
            .allSatisfy { !$0.contains(" 19 ") })
        // …but with its agent it is a passive, and an adverb before a verb is no noun.
        #expect(codes("Food reached the towns captured by Malian troops on Sunday.", on: "2024-05-10").first?.hasPrefix("MLIMIL 19") == true)
        #expect(codes("Somali troops shelled the town of Jilib on Monday. Al-Shabaab fighters also attacked.", on: "2024-05-10").last?.hasPrefix("SOMREB 19") == true)
    }

    @Test func condemningTheAttackOnAPlaceTargetsWhoeverAttackedThere() {
        let result = codes("M23 rebels shelled the airport in Goma on Monday. Congolese troops attacked a rebel base near Rutshuru "
                           + "on Tuesday. The African Union condemned the attack on the airport.", on: "2024-05-10")
        #expect(result.last == "IGOAFRAU 11 CODREB")
        // The attacker named inside the noun's phrase is the one condemned.
        #expect(codes("Kenya condemned the attack from al-Shabaab positions on a police post in Mandera.", on: "2024-05-10").first
                == "KEN 11 SOMREB")
        // A passive condemnation of the act told before: "by" belongs to the verb, not to the noun.
        let launch = codes("North Korea fired two missiles into the sea on Thursday. The launch was condemned by Japan.", on: "2024-08-22")
        #expect(launch.count == 2 && launch.last == "JPN 11 PRK", "\(launch)")
        // The attacker's own name is not what was attacked.
        #expect(codes("Iran fired missiles at Israel on Saturday. Israel then struck an air base near Isfahan. "
                      + "Germany condemned the attack on Israel.", on: "2024-04-20").last == "DEU 11 IRN")
        // Without a place, the latest attack is meant.
        #expect(codes("M23 rebels shelled the airport in Goma on Monday. Congolese troops attacked a rebel base near Rutshuru "
                      + "on Tuesday. The African Union condemned the attack.", on: "2024-05-10").last == "IGOAFRAU 11 CODMIL")
    }

    @Test func theGroupIsTheArmedGroupToldBeforeAndItsPronounFollowsIt() {
        let result = codes("Houthi rebels fired a missile at a tanker in the Red Sea on Monday, the U.N. said. "
                           + "The group said it had attacked the ship because it was bound for Israel.", on: "2024-05-10")
        #expect(result.last?.hasPrefix("YEMREB 19") == true)
    }

    @Test func hyphenatedModifiersAndPossessorsDoNotHideTheAct() {
        // "short-range" is one word between the verb and its object, and the possessor is not the subject.
        #expect(codes("Lebanon's Hezbollah fired two short-range guided rockets at an Israeli army post on Friday.", on: "2024-05-10")
            == ["LBNREB 19 ISRMIL"])
        // A backer named inside the possession describes it: the rebels still fire.
        #expect(codes("Yemen's Iran-backed Houthi rebels fired two missiles at a Greek tanker.", on: "2024-05-10").first?.hasPrefix("YEMREB 19") == true)
        // The same for an object: the possessed actor is the one hit.
        #expect(codes("U.S. warplanes struck Yemen's Houthi rebels near Hodeidah on Friday.", on: "2024-05-10") == ["USAMIL 19 YEMREB"])
        // Missiles fired into the sea are a show of force, not an attack on anyone.
        #expect(codes("Pakistan's army fired three short-range ballistic missiles into the sea during a drill on Monday.", on: "2024-05-10")
            .first?.hasPrefix("PAKMIL 15") == true)
    }

    @Test func theTwoSidesAreThePairTheStoryToldAndAWhenClauseTakesItsTime() {
        let fighting = events("Armenian troops shelled Azerbaijani positions near Lachin on Monday, and Azerbaijan's army said it "
                              + "returned fire. The two sides have since exchanged fire for hours.", on: "2024-05-10")
        #expect(fighting.last.map { "\($0.source?.country ?? "-") \($0.root) \($0.target?.country ?? "-")" } == "ARM 19 AZE")
        let earlier = events("Thai troops shelled Cambodian positions near the temple on Sunday. It was the first clash since March, "
                             + "when the two sides exchanged fire near the border.", on: "2025-05-20")
        #expect(earlier.last?.date.iso == "2025-03")
        #expect(earlier.last?.target?.country == "KHM")
    }

    @Test func twoKindsOfViolenceInOneSentenceAreTwoActsButNounsAndNamesAreNone() {
        let result = codes("Turkey responded by moving troops into northern Syria and shelling Kurdish positions near Kobani.", on: "2024-05-10")
        #expect(result.count == 2)
        // "a residential block" is no blockade; "Support" inside a unit's name is no support.
        #expect(events("Russian drones struck a residential block in Odesa on Monday.", on: "2024-05-10").map(\.cameo) == ["190"])
        #expect(events("Officers of the Special Rapid Support Unit detained two journalists in Nairobi.", on: "2024-05-10")
            .map(\.cameo) == ["173"])
    }

    @Test func whatIsAllegedHasItsOwnSubject() {
        let result = codes("Rebel commanders alleged Eritrean troops shelled a village near Shire on Monday.", on: "2021-06-10")
        #expect(result.contains { $0.hasPrefix("ERIMIL 19") }, "\(result)")
        // The allegation is an event too: the rebels accuse the troops.
        #expect(result.contains { $0.hasSuffix(" 11 ERIMIL") }, "\(result)")
    }

    @Test func aStateForceAtHomeActsOnTheArmedGroupToldBefore() {
        let result = codes("Boko Haram fighters attacked a village near Maiduguri on Monday, days after Chad withdrew its troops. "
                           + "Nigerian troops later regained control of Mafa.", on: "2015-03-05")
        #expect(result.last == "NGAMIL 19 NGAREB", "\(result)")
    }

    @Test func anAgentSharedByCoordinatedVerbsAndAnActGoingOn() {
        // "ambushed and killed by gunmen": the gunmen ambushed too.
        let ambush = codes("Two Kenyan soldiers were ambushed and killed by al-Shabaab fighters near Mandera on Sunday.", on: "2024-05-20")
        #expect(ambush.first == "SOMREB 19 KENMIL", "\(ambush)")
        // "who are attacking ships": a progressive tells an act going on, not a description.
        #expect(codes("The Houthi rebels, who are attacking ships in the Red Sea, fired a missile at a tanker.", on: "2024-05-20")
            .filter { $0.hasPrefix("YEMREB 19") }.count == 2)
        // A body sentence full of names is no headline: "Support" in a unit's name is no support.
        #expect(events("The Special Rapid Support Unit detained Daily Nation editor John Githongo in Nairobi on Friday.", on: "2024-05-20")
            .map(\.cameo) == ["173"])
    }

    @Test func aRelativeClauseBetweenCommasDoesNotHideTheSubject() {
        // The rulers accuse, not the troops named inside "who forced out French troops".
        let result = codes("Chad's rulers, who inherited French bases in 2023 and now buy Turkish drones, have accused Sudan of arming rebels.")
        #expect(result.contains { $0.hasPrefix("TCDGOV 11 SDN") || $0.hasPrefix("TCD 11 SDN") })
        #expect(!result.contains { $0.hasPrefix("FRA") })
    }

    @Test func anActToldAgainIsOneEventWithWhatTheRetellingAdds() {
        let text = "A mortar shell struck the Turkish consulate in Mosul on Friday. The shell struck the consulate's outer wall and wounded two guards, police said."
        let result = events(text, on: "2024-02-03")
        #expect(result.filter { $0.root == "19" }.count == 1)
        #expect(result.first { $0.root == "19" }?.sentenceIndex == 0)
        #expect(result.first { $0.root == "19" }?.injuries == 2)
        // Told with "another", it is a second act.
        let two = events("A mortar shell struck the Turkish consulate in Mosul on Friday. Another shell struck the Turkish consulate an hour later.", on: "2024-02-03")
        #expect(two.filter { $0.root == "19" }.count == 2)
    }

    @Test func aRetellingWithADateDatesTheActItRetells() {
        // The lead's perfect is today's news by its tense; the next sentence says when.
        let result = events("Boko Haram fighters have attacked a village in northeastern Nigeria, killing 20 people. "
                            + "Witnesses said the militants attacked the village before dawn on Tuesday.", on: "2015-03-05")
        #expect(result.count == 1)
        #expect(result.first?.date.iso == "2015-03-03")
        #expect(result.first?.fatalities == 20)
        // Two dates the text gives are two acts.
        #expect(events("Boko Haram fighters attacked a village on Monday, killing 20 people. "
                       + "Witnesses said the militants attacked the village on Tuesday.", on: "2015-03-05").count == 2)
    }

    @Test func aTollToldInTheNextSentenceBelongsToTheAct() {
        let text = "Gunmen attacked a police post in Zamfara on Sunday. At least seven officers were killed and three were wounded in the assault."
        let attack = events(text, on: "2024-02-05").first { $0.root == "18" || $0.root == "19" }
        #expect(attack?.fatalities == 7)
        #expect(attack?.injuries == 3)
    }

    @Test func landmarksNamedWithoutADateGetTheirDate() {
        let extra = ["landmarks.txt": "2014-03-18 RUS: annex ; Crimea\n"]
        let coder = EventCoder(dictionaries: try! Dictionaries(base: Dictionaries.bundledFiles().filter { $0.key != "landmarks.txt" }, extra: extra))
        func date(_ text: String, _ published: String) -> String? {
            coder.code(Document(id: "t", text: text, published: CalendarDay(iso: published))).events.first { $0.trigger.hasPrefix("annex") }?.date.iso
        }
        // The protest is the day's news, but the annexation it answers is the landmark's.
        #expect(date("Kyiv protested. Russia annexed Crimea and later tightened its control.", "2016-03-01") == "2014-03-18")
        // A verb coordinated with the landmark shares its year.
        let both = coder.code(Document(id: "t", text: "Kyiv protested. Russia annexed Crimea and imposed sanctions on Ukraine.",
                                       published: CalendarDay(iso: "2016-03-01"))).events
        #expect(both.first { $0.trigger.hasPrefix("imposed") }?.date.iso == "2014")
        // A date in the sentence wins; a document older than the landmark cannot mean it.
        #expect(date("Kyiv protested. Russia annexed Crimea on Tuesday.", "2016-03-03") == "2016-03-01")
        #expect(date("Kyiv protested. Russia annexed Crimea.", "2013-05-01") == "2013-05-01")
    }

    @Test func officeHoldersResolveByTheDocumentDate() {
        #expect(events("Pompeo visited Baghdad.", on: "2019-05-08").first?.source?.code == "USAGOV")
        #expect(events("Pompeo visited Baghdad.", on: "2023-06-01").first?.source?.code == "USA")
    }

    @Test func compoundSourcesAreSplit() {
        let result = codes("Egypt and Qatar condemned the Israeli airstrike.")
        #expect(result.contains { $0.hasPrefix("EGY 11") })
        #expect(result.contains { $0.hasPrefix("QAT 11") })
        // The role word closing a compound of countries is each one's.
        let forces = codes("Kenyan and Somali troops attacked al-Shabaab fighters near Kismayo.")
        #expect(forces.contains { $0.hasPrefix("KENMIL 19") } && forces.contains { $0.hasPrefix("SOMMIL 19") })
        // A state named beside a group keeps its own code: "Israel and Hamas militants".
        #expect(codes("Israel and Hamas militants exchanged fire near Gaza.").first?.hasPrefix("ISR 19") == true)
    }

    @Test func attributionIsNotAnEventButWhatWasSaidIs() {
        let result = codes("Officials in Kabul said Taliban fighters attacked a police checkpoint.")
        #expect(result.count == 1)
        #expect(result.first?.hasPrefix("AFGREB 1") == true)
    }

    @Test func aHabitIsNoActButRepeatedActsAre() {
        #expect(codes("Before the truce, Greek and Turkish patrols routinely fired warning shots at each other.").isEmpty)
        #expect(!codes("Before the truce, Greek and Turkish patrols fired warning shots at each other.").isEmpty)
        // The habit of a relative clause is not the main clause's.
        #expect(codes("Rebels, who often target convoys, ambushed a UN convoy near Gao on Monday.").count == 1)
        #expect(codes("Houthi rebels have repeatedly attacked Saudi oil facilities.").contains { $0.hasPrefix("YEMREB 1") })
    }

    @Test func negatedAndHypotheticalEventsAreNotEmitted() {
        #expect(codes("The Sudanese army did not attack the camp.").isEmpty)
        #expect(codes("A clash could trigger a wider war between Armenia and Azerbaijan.").isEmpty)
        #expect(codes("Armenian troops could attack Azerbaijani positions.").isEmpty)
        #expect(codes("Armenian troops attacked Azerbaijani positions.") == ["ARMMIL 19 AZE"])
        let threat = events("North Korea threatened to strike South Korean warships.")
        #expect(threat.first?.cameo == "138")
    }

    @Test func unknownAttackerWithKnownTarget() {
        let e = events("A rocket landed near the French Embassy in Beirut.").first
        #expect(e?.source?.code == "---")
        #expect(e?.target?.code == "FRAGOV")
        #expect(e?.root == "19")
    }

    @Test func pronounsCarryAcrossSentences() {
        let e = events("Emmanuel Macron arrived in Kyiv on Monday. He met Volodymyr Zelensky.", on: "2022-06-20")
        #expect(e.contains { $0.sentenceIndex == 1 && $0.source?.code == "FRAGOV" && $0.target?.code == "UKRGOV" })
    }

    @Test func eventRecordsAreStableAndComplete() {
        let a = events("Chinese coast guard ships blocked a Philippine supply boat.")
        let b = events("Chinese coast guard ships blocked a Philippine supply boat.")
        #expect(!a.isEmpty)
        #expect(a.map(\.id) == b.map(\.id))
        #expect(a.first?.plover.type != nil)
        #expect(a.first?.sentence == "Chinese coast guard ships blocked a Philippine supply boat.")
        #expect(a.first?.date.iso == "2019-05-19")
    }
}

@Suite struct ReportedFutureTests {
    @Test func announcedForceIsAThreatOtherPlansAreNotEvents() {
        let coder = EventCoderTests.coder
        let threat = coder.code(Document(id: "f", text: "A Houthi spokesman said the group would keep attacking Israeli ships.",
                                         published: CalendarDay(iso: "2024-05-14"))).events
        #expect(threat.contains { $0.cameo == "138" && $0.source?.code == "YEMREB" })
        let plan = coder.code(Document(id: "p", text: "Officials said the minister would visit Cairo next week.",
                                       published: CalendarDay(iso: "2024-05-14"))).events
        #expect(plan.isEmpty)
    }
}

@Suite struct OddInputTests {
    @Test func bracketsAndSentenceEndsInOddPlacesDoNotCrash() {
        let texts = [
            "Rwanda Defence Force (RDF\n\n) troops attacked a camp.",
            "( ) , . ' \" - and or the of",
            "Chad's",
            String(repeating: "Iran and Iraq and ", count: 200) + "(Syria",
            "he they it we its their",
        ]
        for text in texts {
            let result = EventCoderTests.coder.code(Document(id: "odd", text: text, published: CalendarDay(iso: "2020-01-01")))
            #expect(result.sentenceCount >= 1)
            #expect(result.events.allSatisfy { !$0.sentence.isEmpty && !$0.cameo.isEmpty })
        }
    }
}
