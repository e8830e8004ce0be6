import ArgumentParser
import CasusCore

/// `casus geocode "text"`: the places a text names, what each resolves to and why, and the
/// time expressions of each sentence — the geolocation layer on its own, for checking it.
struct GeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Show the places a text names, where each resolves to and why, and its time expressions."
    )

    @Argument(help: "The sentence or text to geocode.")
    var text: String

    @OptionGroup var date: DateOption

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let published = try date.day()
        let bytes = Array(text.utf8)
        for line in bytes.withUnsafeBufferPointer({ report($0, gazetteer: gazetteer, published: published) }) {
            print(line)
        }
    }

    private func report(_ text: UnsafeBufferPointer<UInt8>, gazetteer: Gazetteer, published: CalendarDay?) -> [String] {
        let tokens = Tokenizer(vocabulary: Vocabulary()).tokenize(text)
        let sentences = SentenceSplitter().split(tokens, text: text)
        let finder = PlaceFinder(gazetteer: gazetteer)
        let mentions = finder.find(in: tokens, sentences: sentences, text: text)
        // Resolve once to learn what the document is about, then again with that focus.
        let resolver = PlaceResolver(gazetteer: gazetteer)
        let focus = PlaceResolver.focus(of: resolver.resolve(mentions))
        let places = resolver.resolve(mentions, focus: focus)

        var lines: [String] = []
        let focusText = focus.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { "\($0.key) \(String(format: "%.2f", $0.value))" }
        lines.append("focus: " + (focusText.isEmpty ? "(none)" : focusText.joined(separator: ", ")))
        let dates = DateResolver()
        for (index, sentence) in sentences.enumerated() {
            let words = String(decoding: UnsafeBufferPointer(rebasing: text[sentence.bytes]), as: UTF8.self)
            lines.append("sentence \(index) (paragraph \(sentence.paragraph)): \(words)")
            let here = places.filter { $0.mention.sentence == index }
            if here.isEmpty { lines.append("  places: (none)") }
            for p in here { lines.append("  " + describe(p)) }
            let expressions = dates.expressions(in: sentence.tokens, tokens: tokens, text: text, published: published)
            for e in expressions {
                let word = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[e.position].start..<tokens[e.position].end]), as: UTF8.self)
                lines.append("  time \"\(word)\" → \(e.date.iso ?? "unknown") (\(e.date.precision.rawValue)\(e.isPast ? ", past" : ""))")
            }
        }
        return lines
    }

    private func describe(_ p: ResolvedPlace) -> String {
        let m = p.mention
        var cues: [String] = []
        if let prep = m.preposition { cues.append(prep) }
        if let noun = m.placeNoun { cues.append(noun) }
        if let country = m.qualifierCountry { cues.append("qualified \(country)") }
        if m.qualifies != nil { cues.append("qualifier") }
        if m.possessor != nil { cues.append("possessed") }
        if m.isDateline { cues.append("dateline") }
        let cueText = cues.isEmpty ? "" : " [\(cues.joined(separator: ", "))]"
        let place = p.place
        let coordinates = p.location.map { "\($0.latitude), \($0.longitude)" } ?? "no coordinates"
        return "place \"\(m.text)\"\(cueText) → \(place.name), \(place.country ?? "no country"), admin1 \(place.admin1 ?? "-"), "
            + "\(coordinates), \(place.precision.rawValue), geonames \(place.geonamesID.map(String.init) ?? "-")\n"
            + "    why: \(p.why)"
    }
}
