import CasusCore
import Foundation

/// Scores coded events against gold, as `spec/gold-format.md` defines it.
///
/// A system event matches a gold event when it comes from the gold sentence (or one of its
/// `also_sentences`), its CAMEO root is among the gold's, and — at the strict level — its
/// source and target countries are among the gold's codes. Matching is one to one and
/// maximal, required gold events first; a system event matching only optional gold counts
/// neither way.
public struct Scorer: Sendable {
    public enum Level: Sendable { case strict, loose }

    public struct Counts: Sendable {
        public var truePositives = 0
        public var falsePositives = 0
        public var misses = 0
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + misses) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives, misses: a.misses + b.misses)
        }
    }

    /// Right / judged, for location, date and casualties of matched events.
    public struct Accuracy: Sendable {
        public var right = 0
        public var judged = 0
        public var value: Double? { judged == 0 ? nil : Double(right) / Double(judged) }
        public static func + (a: Accuracy, b: Accuracy) -> Accuracy { Accuracy(right: a.right + b.right, judged: a.judged + b.judged) }
    }

    public struct DocumentScore: Sendable {
        public var id: String
        public var strict = Counts()
        public var loose = Counts()
        public var locationCountry = Accuracy()
        public var locationDistance = Accuracy()
        public var date = Accuracy()
        public var casualties = Accuracy()
        /// Required gold events nothing matched (strict).
        public var misses: [GoldDocument.Event] = []
        /// System events that matched no gold event (strict).
        public var falsePositives: [CasusCore.Event] = []
        /// Matched pairs whose date or place disagreed, for `--verbose`.
        public var disagreements: [String] = []
    }

    public init() {}

    public func score(_ gold: GoldDocument, events: [CasusCore.Event]) -> DocumentScore {
        var result = DocumentScore(id: gold.id)
        let (strictPairs, strictCounts, strictUnmatched) = match(gold, events, .strict)
        let (_, looseCounts, _) = match(gold, events, .loose)
        result.strict = strictCounts
        result.loose = looseCounts
        let matchedGold = Set(strictPairs.map(\.gold))
        result.misses = gold.events.indices.filter { gold.events[$0].required && !matchedGold.contains($0) }.map { gold.events[$0] }
        result.falsePositives = strictUnmatched.map { events[$0] }
        for (g, s) in strictPairs {
            let ge = gold.events[g], se = events[s]
            if let loc = ge.location, let country = loc.country {
                result.locationCountry.judged += 1
                if se.location?.country == country { result.locationCountry.right += 1 }
                else if loc.lat == nil || loc.lon == nil {
                    result.disagreements.append("place: gold \(loc.name ?? "?") (\(country)) vs \(se.location.map { "\($0.name) (\($0.country ?? "-"))" } ?? "none") — \(ge.trigger)")
                }
                if let lat = loc.lat, let lon = loc.lon {
                    result.locationDistance.judged += 1
                    if let l = se.location, Geodesy.kilometres(lat, lon, l.latitude, l.longitude) <= 50 { result.locationDistance.right += 1 }
                    else { result.disagreements.append("place: gold \(loc.name ?? "?") vs \(se.location?.name ?? "none") — \(ge.trigger)") }
                }
            }
            if let date = ge.date {
                result.date.judged += 1
                if let iso = se.date.iso, iso.count >= date.count, iso.hasPrefix(date) { result.date.right += 1 }
                else { result.disagreements.append("date: gold \(date) vs \(se.date.iso ?? "none") — \(ge.trigger)") }
            }
            for (gold, system, what) in [(ge.fatalities, se.fatalities, "killed"), (ge.injuries, se.injuries, "injured")] {
                guard let gold else { continue }
                result.casualties.judged += 1
                if system == gold { result.casualties.right += 1 }
                else { result.disagreements.append("\(what): gold \(gold) vs \(system.map(String.init) ?? "none") — \(ge.trigger)") }
            }
        }
        return result
    }

    /// How well a system event fits a gold event beyond the root: a shared trigger word (the
    /// surest sign that both name the same act), the same code.
    private func affinity(_ e: CasusCore.Event, _ g: GoldDocument.Event) -> Int {
        var score = 0
        if g.cameo == e.cameo || g.cameoAlternatives.contains(e.cameo) { score += 2 }
        let goldWords = Set(g.trigger.lowercased().split(separator: " "))
        if e.trigger.lowercased().split(separator: " ").contains(where: { goldWords.contains($0) }) { score += 3 }
        return score
    }

    /// Maximum one-to-one matching, required gold first: (gold, system) pairs on required gold,
    /// counts, and system events that match no gold event at all.
    private func match(_ gold: GoldDocument, _ events: [CasusCore.Event], _ level: Level) -> ([(gold: Int, system: Int)], Counts, [Int]) {
        let normalisedSentences = gold.events.map { Set($0.sentences.map(Scorer.normalise)) }
        var edges: [[Int]] = Array(repeating: [], count: events.count)
        for (s, e) in events.enumerated() {
            let sentence = Scorer.normalise(e.sentence)
            for (g, ge) in gold.events.enumerated() where normalisedSentences[g].contains(sentence) && ge.roots.contains(e.root) {
                if level == .strict, !(ge.source.accepts(e.source?.code) && ge.target.accepts(e.target?.code)) { continue }
                edges[s].append(g)
            }
            // Two acts of one root in a sentence ("pulled out of the accord and imposed sanctions"):
            // pair each with the gold of its own code and trigger first, so place and date are
            // judged against the right one.
            edges[s].sort { affinity(e, gold.events[$0]) > affinity(e, gold.events[$1]) }
        }
        var owner = [Int?](repeating: nil, count: gold.events.count)
        func augment(_ s: Int, _ allowed: (Int) -> Bool, _ seen: inout Set<Int>) -> Bool {
            for g in edges[s] where allowed(g) && !seen.contains(g) {
                seen.insert(g)
                if owner[g] == nil || augment(owner[g]!, allowed, &seen) { owner[g] = s; return true }
            }
            return false
        }
        // Events that fit a required gold event best choose first.
        let bestFit = events.indices.map { s in edges[s].filter { gold.events[$0].required }.map { affinity(events[s], gold.events[$0]) }.max() ?? -1 }
        let order = events.indices.sorted { bestFit[$0] != bestFit[$1] ? bestFit[$0] > bestFit[$1] : $0 < $1 }
        for s in order { var seen = Set<Int>(); _ = augment(s, { gold.events[$0].required }, &seen) }
        let matchedSystem = Set(owner.compactMap { $0 })
        for s in events.indices where !matchedSystem.contains(s) {
            var seen = Set<Int>(); _ = augment(s, { !gold.events[$0].required && owner[$0] == nil }, &seen)
        }
        var counts = Counts()
        var pairs: [(Int, Int)] = []
        for (g, s) in owner.enumerated() {
            if let s { if gold.events[g].required { counts.truePositives += 1 }; pairs.append((g, s)) }
            else if gold.events[g].required { counts.misses += 1 }
        }
        let anyMatch = Set(owner.compactMap { $0 })
        let unmatched = events.indices.filter { !anyMatch.contains($0) && edges[$0].isEmpty }
        // A repeat of an event already matched to required gold is a false positive too; one that
        // could match optional gold counts neither way.
        let extra = events.indices.filter { s in !anyMatch.contains(s) && !edges[s].isEmpty && edges[s].allSatisfy { gold.events[$0].required } }
        counts.falsePositives = unmatched.count + extra.count
        return (pairs, counts, (unmatched + extra).sorted())
    }

    static func normalise(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
