import CasusCore
import Foundation
import Testing
@testable import CasusIngest

/// `casus eval` over the project's own samples: a regression guard on accuracy. The floors sit
/// a little under the figures in the README; a change that drops below them lost real events.
@Suite struct SampleEvaluationTests {
    static let coder: EventCoder = {
        EventCoder(dictionaries: try! Dictionaries.bundled(), gazetteer: try! Gazetteer.bundled())
    }()

    static var goldFolder: String {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Samples/gold").path
    }

    @Test func samplesScoreAboveTheirFloors() throws {
        let files = GoldDocument.files(in: [Self.goldFolder])
        #expect(files.count >= 12)
        let evaluation = try Evaluation.run(files: files, coder: Self.coder)
        #expect(evaluation.problems.isEmpty)
        #expect(evaluation.strict.f1 >= 0.57, "strict F1 \(evaluation.strict.f1)")
        #expect(evaluation.loose.f1 >= 0.74, "loose F1 \(evaluation.loose.f1)")
        // Where, when and how bad, for matched events: the targets the gazetteer work was built for.
        #expect((evaluation.locationCountry.value ?? 0) >= 0.95, "location country \(evaluation.locationCountry.value ?? 0)")
        #expect((evaluation.locationDistance.value ?? 0) >= 0.88, "within 50 km \(evaluation.locationDistance.value ?? 0)")
        #expect((evaluation.date.value ?? 0) >= 0.95, "date \(evaluation.date.value ?? 0)")
        #expect((evaluation.casualties.value ?? 0) >= 0.9, "casualties \(evaluation.casualties.value ?? 0)")
    }

    @Test func scorerMatchesOneToOneAndCountsRepeatsAsFalsePositives() throws {
        let gold = """
        {"id": "t", "published": "2021-04-02", "text": "Rebels shelled Goma on Friday. Police arrested two rebels.",
         "events": [{"sentence": "Rebels shelled Goma on Friday.", "trigger": "shelled", "source": {"text": "Rebels", "code": "CODREB", "alt_codes": []},
                     "target": {"text": null, "code": "COD", "alt_codes": []}, "cameo": "194", "cameo_alt": ["190"], "required": true, "date": "2021-04-02"},
                    {"sentence": "Police arrested two rebels.", "trigger": "arrested", "source": {"text": "Police", "code": "CODCOP", "alt_codes": []},
                     "target": {"text": "rebels", "code": "CODREB", "alt_codes": []}, "cameo": "173", "cameo_alt": [], "required": false}]}
        """
        let document = try GoldDocument(data: Data(gold.utf8), location: "inline")
        func event(_ sentence: String, _ cameo: String, _ source: String, _ target: String) -> Event {
            Event(id: UUID().uuidString, documentID: "t", sentenceIndex: 0, sentence: sentence, trigger: "", source: ActorRef(text: nil, code: source),
                  target: ActorRef(text: nil, code: target), cameo: cameo, plover: PloverCategory(type: nil, mode: nil), goldstein: 0, quadClass: 4,
                  location: nil, date: EventDate(day: CalendarDay(year: 2021, month: 4, day: 2), precision: .day), fatalities: nil, injuries: nil,
                  negated: false, confidence: 1)
        }
        let events = [event("Rebels shelled Goma on Friday.", "190", "CODREB", "COD"),
                      event("Rebels shelled Goma on Friday.", "190", "CODREB", "CODGOV"),   // a repeat: false positive
                      event("Police arrested two rebels.", "173", "CODCOP", "CODREB"),       // optional gold: counts neither way
                      event("Rebels shelled Goma on Friday.", "190", "RWAMIL", "COD")]       // wrong source: strict false positive
        let score = Scorer().score(document, events: events)
        #expect(score.strict.truePositives == 1)
        #expect(score.strict.falsePositives == 2)
        #expect(score.strict.misses == 0)
        #expect(score.loose.falsePositives == 2)
        #expect(score.date.right == 1 && score.date.judged == 1)
    }

    @Test func twoActsOfOneRootArePairedByCodeAndTrigger() throws {
        let sentence = "The council expelled the envoy and closed the consulate."
        let gold = """
        {"id": "t", "published": "2021-04-02", "text": "\(sentence)",
         "events": [{"sentence": "\(sentence)", "trigger": "expelled", "source": {"text": "council", "code": "FRAGOV", "alt_codes": []},
                     "target": {"text": "envoy", "code": "RUS", "alt_codes": []}, "cameo": "1663", "cameo_alt": [], "required": true, "date": "2021-03"},
                    {"sentence": "\(sentence)", "trigger": "closed the consulate", "source": {"text": "council", "code": "FRAGOV", "alt_codes": []},
                     "target": {"text": null, "code": "RUS", "alt_codes": []}, "cameo": "161", "cameo_alt": [], "required": true, "date": "2021-04-01"}]}
        """
        let document = try GoldDocument(data: Data(gold.utf8), location: "inline")
        func event(_ trigger: String, _ cameo: String, _ day: Int) -> Event {
            Event(id: trigger, documentID: "t", sentenceIndex: 0, sentence: sentence, trigger: trigger, source: ActorRef(text: nil, code: "FRAGOV"),
                  target: ActorRef(text: nil, code: "RUS"), cameo: cameo, plover: PloverCategory(type: nil, mode: nil), goldstein: 0, quadClass: 4,
                  location: nil, date: EventDate(day: CalendarDay(year: 2021, month: day == 1 ? 4 : 3, day: day), precision: .day),
                  fatalities: nil, injuries: nil, negated: false, confidence: 1)
        }
        // Whatever the order, each is judged against its own gold.
        for events in [[event("expelled", "1663", 9), event("closed the consulate", "161", 1)],
                       [event("closed the consulate", "161", 1), event("expelled", "1663", 9)]] {
            let score = Scorer().score(document, events: events)
            #expect(score.strict.truePositives == 2)
            #expect(score.date.right == 2)
        }
    }
}
