import Foundation

/// A place mention with the gazetteer entry it was resolved to.
public struct ResolvedPlace: Sendable {
    public var mention: PlaceMention
    public var entry: Int32
    public var place: Gazetteer.Place
    /// Nil when the gazetteer has no coordinates for the entry, or when the name is likely not
    /// meant as a place (a stray small town abroad): such a place never becomes an event location.
    public var location: Location?
    /// Why this entry won, in a few words.
    public var why: String
}

/// Picks one gazetteer entry per place mention.
///
/// Each candidate gets a score: its size (log population), what kind of place it is (countries
/// and capitals are what news names most), whether the text used its own name or an alternate
/// spelling, and then the evidence of the document — the countries it is about (`focus`), the
/// other places it names, and the words around the mention ("the Iraqi city of", "X province",
/// "Paris, Texas", "Baghdad's Green Zone"). Resolution runs twice: the second pass sees where
/// the other names went in the first. Ties go to the lower entry index, so the result is
/// deterministic.
public final class PlaceResolver: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// One resolution per mention, in the same order (a mention without candidates, which
    /// `PlaceFinder` never makes, is left out). `focus` maps ISO-3 countries the document is
    /// about to weights (any scale; the largest counts as 1).
    /// `explain: false` skips writing each resolution's `why` (the coder's hot path needs none).
    public func resolve(_ mentions: [PlaceMention], focus: [String: Double] = [:], explain: Bool = true) -> [ResolvedPlace] {
        let top = focus.values.max() ?? 0
        var focusWeights: [UInt32: Double] = [:]
        if top > 0 {
            for (code, w) in focus where w > 0 {
                if let packed = Gazetteer.pack(iso3: code) { focusWeights[packed] = w / top }
            }
        }
        var byToken: [Int: Int] = [:]
        for (i, m) in mentions.enumerated() { byToken[m.tokens.lowerBound] = i }
        let firstPass = mentions.map { choose($0, mentions, byToken, focusWeights, context: nil, explain: false).entry }
        let context = Context(mentions: mentions, entries: firstPass, gazetteer: gazetteer)
        let main = focusWeights.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        return mentions.compactMap { m in
            let (entry, why) = choose(m, mentions, byToken, focusWeights, context: context, explain: explain)
            guard entry >= 0 else { return nil }
            if let main, isStray(entry, m, main: main, context) {
                return ResolvedPlace(mention: m, entry: entry, place: gazetteer.place(entry), location: nil,
                                     why: explain ? why + "; but a small town in another country than the story's, with nothing near it named: not used" : "")
            }
            return ResolvedPlace(mention: m, entry: entry, place: gazetteer.place(entry), location: gazetteer.location(of: entry), why: why)
        }
    }

    /// "fighters from Arab tribes" in a story about Syria is not Arab, Alabama: a small town
    /// abroad, named with no word that says it is a place ("the town of", "X province", a
    /// qualifier) and with nothing else in its region named, is more likely a word that
    /// happens to be a town's name.
    private func isStray(_ entry: Int32, _ m: PlaceMention, main: UInt32, _ context: Context) -> Bool {
        let r = gazetteer.records[Int(entry)]
        guard r.kind == .city, !r.isCapital, r.population < 50_000, r.country != main,
              m.placeNoun == nil, m.qualifierCountry == nil, m.qualifier == nil, m.qualifies == nil,
              m.possessor == nil, !m.isDateline else { return false }
        if r.admin1 >= 0, Context.other(context.regionsNamed[r.admin1], than: m.text) || Context.other(context.placesInRegion[r.admin1], than: m.text) {
            return false
        }
        return true
    }

    /// The countries a document's places point to, weighted by how often (a country name after
    /// a locative word and the dateline count double, a bare country name — often an actor's
    /// adjective, "U.S. troops" — half); the largest weight is 1.
    ///
    /// Without `datelines`, a dateline ("BEIRUT —") does not count: it says where the reporter
    /// files from, which is not always where the story's actors are.
    public static func focus(of places: [ResolvedPlace], datelines: Bool = true) -> [String: Double] {
        var weights: [String: Double] = [:]
        for p in places where p.mention.qualifies == nil && (datelines || !p.mention.isDateline) {
            guard let country = p.place.country else { continue }
            // "in Syria" says where the story is; "U.S. troops" names an actor's country.
            let countryWeight = p.mention.preposition != nil || p.mention.isDateline ? 2.0 : 0.5
            weights[country, default: 0] += (p.place.kind == .country ? countryWeight : 1) + (p.mention.isDateline ? 1 : 0)
        }
        let top = weights.values.max() ?? 1
        return weights.mapValues { $0 / top }
    }

    /// What the first pass said about the other names of the document.
    struct Context {
        /// Country → the names (by text) resolved inside it.
        var countries: [UInt32: Set<String>] = [:]
        /// Region (its admin1 string id) → names resolved to the region itself.
        var regionsNamed: [Int32: Set<String>] = [:]
        /// Region → names resolved to a city or site inside it.
        var placesInRegion: [Int32: Set<String>] = [:]

        init(mentions: [PlaceMention], entries: [Int32], gazetteer: Gazetteer) {
            for (m, e) in zip(mentions, entries) where e >= 0 {
                let r = gazetteer.records[Int(e)]
                countries[r.country, default: []].insert(m.text)
                guard r.admin1 >= 0 else { continue }
                if r.kind == .admin1 { regionsNamed[r.admin1, default: []].insert(m.text) }
                else if r.kind == .city || r.kind == .site { placesInRegion[r.admin1, default: []].insert(m.text) }
            }
        }

        /// Some name other than `text` supports the key.
        static func other(_ names: Set<String>?, than text: String) -> Bool {
            guard let names else { return false }
            return names.count > 1 || (names.count == 1 && !names.contains(text))
        }
    }

    /// A score split into its reasons, so the winner can say why it won.
    struct Score {
        var parts: [(String, Double)] = []
        var total: Double = 0
        /// Keep the reasons only when they will be shown: building them costs more than scoring.
        var keepsReasons = false
        mutating func add(_ reason: @autoclosure () -> String, _ value: Double) {
            guard value != 0 else { return }
            if keepsReasons { parts.append((reason(), value)) }
            total += value
        }
    }

    private func choose(_ m: PlaceMention, _ mentions: [PlaceMention], _ byToken: [Int: Int],
                        _ focus: [UInt32: Double], context: Context?, explain explaining: Bool) -> (entry: Int32, why: String) {
        var best: (Gazetteer.Candidate, Score)?
        var runnerUp: Score?
        for c in m.candidates {
            let s = score(c, m, mentions, byToken, focus, context, explaining: explaining)
            if let b = best, s.total <= b.1.total {
                if runnerUp == nil || s.total > runnerUp!.total { runnerUp = s }
                continue
            }
            if let b = best { runnerUp = b.1 }
            best = (c, s)
        }
        guard let (winner, score) = best else { return (-1, "no candidate") }
        let why = explaining ? explain(winner.entry, score, against: runnerUp, count: m.candidates.count) : ""
        if m.expectedKind == .admin1, let region = gazetteer.region(namedAfter: winner.entry) {
            return (region, explaining ? why + "; the \(m.placeNoun ?? "region") named after it" : "")
        }
        return (winner.entry, why)
    }

    private func score(_ c: Gazetteer.Candidate, _ m: PlaceMention, _ mentions: [PlaceMention], _ byToken: [Int: Int],
                       _ focus: [UInt32: Double], _ context: Context?, explaining: Bool) -> Score {
        let r = gazetteer.records[Int(c.entry)]
        var s = Score(keepsReasons: explaining)
        s.add("population", 2 * log10(Double(max(r.population, 1))))
        switch r.kind {
        case .site: s.add("a named site", 6)
        case .country: s.add("a country", 2.5)
        case .city: s.add("a city", 0.5)
        case .admin1: break
        }
        if r.isCapital, !c.viaAlternate { s.add("a capital", 2.5) }
        if c.viaAlternate { s.add("an alternate name", -1.5) }
        if !r.hasCoordinates { s.add("no coordinates", -2) }
        if let expected = m.expectedKind {
            let fits = expected == r.kind || (expected == .admin1 && r.precision == .admin1)
            s.add(fits ? "“\(m.placeNoun ?? "")”" : "not a \(m.placeNoun ?? "")", fits ? 8 : -2)
        }
        if r.kind == .admin1, m.expectedKind != .admin1,
           m.candidates.contains(where: { gazetteer.contains(c.entry, inner: $0.entry) && gazetteer.records[Int($0.entry)].kind == .city }) {
            s.add("the bare name is its city", -3)
        }
        let country = r.country == 0 ? "no country" : Gazetteer.iso3(r.country)
        if let q = m.qualifierCountry { s.add(q == country ? "qualified as \(q)" : "not \(q)", q == country ? 8 : -4) }
        if let q = m.qualifier, let i = byToken[q.lowerBound],
           mentions[i].candidates.contains(where: { gazetteer.contains($0.entry, inner: c.entry) }) {
            s.add("in \(mentions[i].text)", 6)
        }
        if let q = m.qualifies, let i = byToken[q.lowerBound],
           mentions[i].candidates.contains(where: { gazetteer.contains(c.entry, inner: $0.entry) }) {
            s.add("contains \(mentions[i].text)", 5)
        }
        if let p = m.possessor, let i = byToken[p.lowerBound] {
            let owners = mentions[i].candidates.map { gazetteer.records[Int($0.entry)] }
            if owners.contains(where: { $0.country == r.country }) { s.add("\(mentions[i].text)'s", 3) }
            if r.admin1 >= 0, owners.contains(where: { $0.country == r.country && $0.admin1 == r.admin1 }) {
                s.add("in \(mentions[i].text)'s region", 2)
            }
        }
        if let w = focus[r.country] { s.add("document about \(country)", 3 * w) }
        if let context {
            if r.country != 0, Context.other(context.countries[r.country], than: m.text) {
                s.add(r.kind == .country ? "places in it named too" : "\(country) named nearby", r.kind == .country ? 2 : 2.5)
            }
            if r.admin1 >= 0 {
                if r.kind != .admin1, Context.other(context.regionsNamed[r.admin1], than: m.text) {
                    s.add("\(gazetteer.strings.string(r.admin1)) named too", 4)
                }
                // "between Gao and Ansongo": a town of the region supports the region and its
                // namesake city alike; the bare name then goes to the city.
                if Context.other(context.placesInRegion[r.admin1], than: m.text) {
                    s.add(r.kind == .admin1 ? "places in it named too" : "places of its region named too", 4)
                }
            }
        }
        return s
    }

    private func explain(_ entry: Int32, _ score: Score, against runnerUp: Score?, count: Int) -> String {
        let p = gazetteer.place(entry)
        let head = "\(p.kind) in \(p.country ?? "no country")"
        guard let runnerUp else { return "\(head); the only place of that name" }
        var lead: [(String, Double)] = []
        for (reason, value) in score.parts {
            let rival = runnerUp.parts.first { $0.0 == reason }?.1 ?? 0
            if value - rival > 0.2 { lead.append((reason, value - rival)) }
        }
        let reasons = lead.sorted { $0.1 > $1.1 }.prefix(3).map { $0.0 == "population" ? "larger (\(p.population))" : $0.0 }
        return "\(head); of \(count) candidates: " + (reasons.isEmpty ? "listed first" : reasons.joined(separator: ", "))
    }
}
