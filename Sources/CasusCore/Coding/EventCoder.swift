/// Turns a document into events: sentences → actors → triggers → clauses → roles → records.
///
/// The coder is a value: build it once from `Dictionaries` and call `code(_:)` from any
/// number of threads.
public final class EventCoder: Sendable {
    public let dictionaries: Dictionaries
    let classes: WordClasses
    let tokenizer: Tokenizer
    let splitter = SentenceSplitter()
    let dates: DateResolver
    let denyWords: Set<Int32>
    let ifWord: Int32, unlessWord: Int32, fromWord: Int32, betweenWord: Int32
    let definiteWords: Set<Int32>
    let futureModals: Set<Int32>
    /// Words that can open a time expression (today, Sunday, May, week, ago…).
    let timeWords: Set<Int32>
    let nounTargetWords: Set<Int32>
    let theWord: Int32, afterWord: Int32, beforeWord: Int32, repeatedlyWord: Int32, thoseWord: Int32
    /// is, are, am, does, do: an auxiliary of the simple present.
    let presentAuxiliaries: Set<Int32>
    let weaponTargetWords: Set<Int32>
    /// "Houthi-controlled territory": the participles and nouns of land held by an actor.
    let heldWords: Set<Int32>, landWords: Set<Int32>
    /// By pattern index: the pattern is hosting ("hosted talks"): talks are held in the host's country.
    let isHostPattern: [Bool]
    /// By pattern index: the pattern reports casualties ("killed", "wounded").
    let isCasualtyPattern: [Bool]
    /// By pattern index: some landmark's verb opens with the pattern's verb.
    let mayNameLandmark: [Bool]
    /// By pattern index: a bare verb of alleging ("allege"; "charge" and "claim" where a
    /// user's dictionary codes them alone), whose object is a clause.
    let alleging: [Bool]

    let finder: MentionFinder
    let triggerFinder: TriggerFinder
    /// Places; without a gazetteer events carry no location.
    let places: PlaceLayer?

    /// The geolocation parts, built once from a gazetteer.
    struct PlaceLayer: Sendable {
        let finder: PlaceFinder
        let resolver: PlaceResolver
        let locator: EventLocator
    }

    public init(dictionaries: Dictionaries, gazetteer: Gazetteer? = nil) {
        self.dictionaries = dictionaries
        self.places = gazetteer.map { PlaceLayer(finder: PlaceFinder(gazetteer: $0), resolver: PlaceResolver(gazetteer: $0), locator: EventLocator(gazetteer: $0)) }
        self.classes = WordClasses(vocabulary: dictionaries.vocabulary, forms: dictionaries.forms)
        self.finder = MentionFinder(dictionaries: dictionaries, classes: classes)
        self.triggerFinder = TriggerFinder(dictionaries: dictionaries, classes: classes)
        self.tokenizer = Tokenizer(vocabulary: dictionaries.vocabulary)
        self.dates = DateResolver()
        self.denyWords = Set(["deny", "denied", "denies", "denying"].map { dictionaries.vocabulary.id(of: $0) })
        self.ifWord = dictionaries.vocabulary.id(of: "if")
        self.unlessWord = dictionaries.vocabulary.id(of: "unless")
        self.fromWord = dictionaries.vocabulary.id(of: "from")
        self.betweenWord = dictionaries.vocabulary.id(of: "between")
        self.timeWords = Set((DateResolver.timeWords).map { dictionaries.vocabulary.id(of: $0) }).subtracting([Vocabulary.unknown])
        self.futureModals = Set(["will", "would", "shall", "'ll"].map { dictionaries.vocabulary.id(of: $0) })
        self.definiteWords = Set(["the", "this", "that", "these", "those", "such"].map { dictionaries.vocabulary.id(of: $0) })
        self.nounTargetWords = Set(["on", "against", "at"].map { dictionaries.vocabulary.id(of: $0) })
        self.theWord = dictionaries.vocabulary.id(of: "the")
        self.afterWord = dictionaries.vocabulary.id(of: "after")
        self.beforeWord = dictionaries.vocabulary.id(of: "before")
        self.repeatedlyWord = dictionaries.vocabulary.id(of: "repeatedly")
        self.thoseWord = dictionaries.vocabulary.id(of: "those")
        self.presentAuxiliaries = Set(["is", "are", "am", "'re", "'m", "does", "do"].map { dictionaries.vocabulary.id(of: $0) })
        self.weaponTargetWords = Set(["near", "from", "at", "on", "inside", "outside", "into"].map { dictionaries.vocabulary.id(of: $0) })
        self.heldWords = Set(CodingWords.holding.map { dictionaries.vocabulary.id(of: $0) }).subtracting([Vocabulary.unknown])
        self.landWords = Set(CodingWords.land.map { dictionaries.vocabulary.id(of: $0) }).subtracting([Vocabulary.unknown])
        self.isHostPattern = dictionaries.verbs.patterns.map { $0.head == "host" }
        self.isCasualtyPattern = dictionaries.verbs.patterns.map { CodingWords.casualtyVerbs.contains($0.head) }
        self.mayNameLandmark = dictionaries.verbs.patterns.map { dictionaries.landmarks.hasVerb(lemma: $0.head) }
        self.alleging = dictionaries.verbs.patterns.map { ["allege", "claim", "charge", "contend", "assert"].contains($0.head) && $0.text == $0.head }
    }

    /// The result of coding one document.
    public struct Result: Sendable {
        public var events: [Event]
        public var sentenceCount: Int
        /// Filled when coding with `explain: true`.
        public var explanations: [SentenceExplanation]
        /// Filled when coding with `explain: true`: what the story-level passes did to each event.
        public var storyNotes: StoryNotes = [:]
    }

    public func code(_ document: Document, explain: Bool = false) -> Result {
        document.text.withUnsafeBufferPointer { text in
            code(document, text: text, explain: explain)
        }
    }

    private func code(_ document: Document, text: UnsafeBufferPointer<UInt8>, explain: Bool) -> Result {
        let tokens = tokenizer.tokenize(text)
        let spans = splitter.split(tokens, text: text)
        // Where the story happens decides whose its bare local actors are ("the militias" of a
        // story set in Iraq are Iraqi, however often it names the US); the places are found the
        // first time something needs them, so a document with no such actor and no event
        // costs no place search.
        let placed = places.map { layer in DocumentPlaces(layer: layer) { layer.finder.find(in: tokens, sentences: spans, text: text) } }
        let actorFocus = Memo { self.focusCountry(tokens) }
        var context = DocumentContext(published: document.published, focus: { placed?.actorFocus ?? actorFocus.value })
        var events: [Event] = []
        var explanations: [SentenceExplanation] = []
        var carried: DateResolver.Expression?
        var narrative: EventDate?   // the last date the story's main clauses gave: "hours later" counts from it
        // Headlines come before the lead: a line or two without a sentence's final punctuation.
        // Text that runs on without any (a feed, a transcript) has no headline to look for.
        let lead = spans.prefix(3).firstIndex { endsSentence($0, tokens, text) } ?? 0
        var anchors: [String: EventAnchor] = [:]
        var actorSpans: [Range<Int>] = []
        var story: StoryNotes? = explain ? [:] : nil
        var referringParagraphs = Set<Int>()
        var retellingSentences: [Int: Int] = [:]   // sentence → where its retelling clause ends
        var datedInText = Set<String>()
        for (index, span) in spans.enumerated() {
            let range = bodyRange(span.tokens, tokens, text)
            let mentions = finder.find(in: tokens, range: range, text: text, sentence: index, context: &context)
            let triggers = triggerFinder.find(in: tokens, range: range, mentions: mentions, text: text, headline: index < lead)
            if range.contains(where: { j in j > range.lowerBound && classes[tokens[j].word].contains(.referBack) && tokens[j - 1].word == theWord }) {
                referringParagraphs.insert(span.paragraph)
            }
            // "The strike took place in…": a sentence opening on a definite noun of violence.
            if range.count > 2, tokens[range.lowerBound].word == theWord, classes[tokens[range.lowerBound + 1].word].contains(.actNoun) {
                // Only its own clause: "The attack came two days after a bombing in Gao" does
                // not put the attack in Gao.
                let end = (range.lowerBound + 2..<range.upperBound).first {
                    !classes[tokens[$0].word].intersection([.subordinator, .relative]).isEmpty
                } ?? range.upperBound
                retellingSentences[index] = end
            }
            var note = explain ? SentenceExplanation(index: index, sentence: sentenceText(span, text)) : nil
            if explain {
                note!.mentions = mentions.map {
                    .init(text: MentionFinder.text(of: $0, tokens, text), code: $0.code + ($0.inferred ? " (inferred)" : ""), why: $0.why)
                }
            }
            // Most sentences hold no time expression: look only when a time word or a year is there.
            let expressions = range.contains(where: { timeWords.contains(tokens[$0].word) || (tokens[$0].kind == .number && tokens[$0].end - tokens[$0].start == 4) })
                ? dates.expressions(in: range, tokens: tokens, text: text, published: document.published, narrative: narrative) : []
            let told = codeSentence(index: index, span: span, range: range, tokens: tokens, text: text,
                                                       mentions: mentions, triggers: triggers, document: document,
                                                       context: context, time: SentenceTime(expressions: expressions, carried: carried, isLead: index == lead),
                                                       note: &note, anchors: &anchors, actorSpans: &actorSpans)
            carried = told.carry   // a time expression carries to the next sentence only
            if let carry = told.carry { narrative = carry.date }
            let sentenceEvents = told.events
            datedInText.formUnion(told.datedInText)
            if let counts = told.casualties, !startsNewAct(span, text) {
                attachCasualties(counts, sentence: index, to: &events, spans: spans, notes: &story)
            }
            events += sentenceEvents
            if let attack = sentenceEvents.last(where: { $0.quadClass == 4 && $0.source?.code != "---" }), let attacker = attack.source {
                context.rememberAttack(by: attacker, sentence: range)
            }
            if let note { explanations.append(note) }
        }
        if lead > 0 { dateHeadlines(&events, lead: lead, notes: &story) }
        if !referringParagraphs.isEmpty || !retellingSentences.isEmpty {
            for (id, anchor) in anchors {
                if referringParagraphs.contains(anchor.paragraph) { anchors[id]!.refersBack = true }
                if let end = retellingSentences[anchor.sentence + 1] { anchors[id]!.retoldNextUntil = end }
            }
        }
        if let places, let placed, !events.isEmpty {
            // Resolved again, now knowing what the document is about.
            let resolved = places.resolver.resolve(placed.mentions, focus: placed.focus, explain: false)
            locate(&events, anchors: anchors, actorSpans: actorSpans, spans: spans, resolved: resolved, focus: placed.focus,
                   layer: places, notes: &story)
        }
        foldRestatements(&events, lead: lead, datedInText: datedInText, notes: &story)
        return Result(events: events, sentenceCount: spans.count, explanations: explanations, storyNotes: story ?? [:])
    }

    /// Places each event among the document's resolved places (`resolved`, found and resolved
    /// once per document, the second time with the document's `focus`).
    private func locate(_ events: inout [Event], anchors: [String: EventAnchor], actorSpans: [Range<Int>],
                        spans: [SentenceSpan], resolved: [ResolvedPlace], focus: [String: Double], layer: PlaceLayer,
                        notes: inout StoryNotes?) {
        // Each event sees only the places and actors of its neighbourhood — its paragraph, at
        // most twenty sentences back, and the sentence after — so a document of any size is
        // placed in linear time. `firstPlace[s]`: the first place of sentence `s` or later.
        var firstPlace = [Int](repeating: resolved.count, count: spans.count + 1)
        var p = resolved.count
        for s in stride(from: spans.count, through: 0, by: -1) {
            while p > 0, resolved[p - 1].mention.sentence >= s { p -= 1 }
            firstPlace[s] = p
        }
        let actors = actorSpans.sorted { $0.lowerBound < $1.lowerBound }
        func firstActor(from token: Int) -> Int {
            var low = 0, high = actors.count
            while low < high { let mid = (low + high) / 2; if actors[mid].lowerBound < token { low = mid + 1 } else { high = mid } }
            return low
        }
        for k in events.indices {
            guard let anchor = anchors[events[k].id], anchor.sentence < spans.count else { continue }
            let s = anchor.sentence
            var from = s
            while from > 0, s - from < 20, spans[from - 1].paragraph == spans[s].paragraph { from -= 1 }
            // A paragraph that refers back ("the event") sees the paragraph before it too.
            if anchor.refersBack, from > 0 {
                let before = spans[from - 1].paragraph
                while from > 0, s - from < 20, spans[from - 1].paragraph == before { from -= 1 }
            }
            let to = min(s + 2, spans.count)
            let places = Array(resolved[firstPlace[from]..<firstPlace[to]])
            let nearActors = Array(actors[firstActor(from: spans[from].tokens.lowerBound)..<firstActor(from: spans[to - 1].tokens.upperBound)])
            let placement = layer.locator.locate(anchor, places: places, focus: focus, actorSpans: nearActors)
            events[k].location = placement.location
            notes?[events[k].id, default: []].append("where: \(placement.why)")
            // "drones struck a substation in Kharkiv": with no target named, the country where a
            // material act happened is the one it was done to.
            if events[k].target == nil, events[k].quadClass == 4, let country = events[k].location?.country,
               country != events[k].source?.country {
                events[k].target = ActorRef(text: nil, code: country, inferred: true)
                notes?[events[k].id, default: []].append("target: none named; the country where the act happened (\(country))")
            }
        }
    }

    /// A sentence without its dateline ("BAGHDAD (Reuters) -"): datelines name no actors.
    private func bodyRange(_ range: Range<Int>, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var j = range.lowerBound
        while j < range.upperBound, j - range.lowerBound < 8 {
            let t = tokens[j]
            if t.word == classes.dash, j > range.lowerBound, !t.flags.contains(.attached) { return (j + 1)..<range.upperBound }
            let capsWord = t.kind == .word && t.flags.contains(.allCaps)
            let inParens = t.word == classes.openParen || t.word == classes.closeParen || t.flags.contains(.capitalized) || t.word == classes.comma
            if !(capsWord || (j > range.lowerBound && inParens)) { break }
            j += 1
        }
        return range
    }

    func sentenceText(_ span: SentenceSpan, _ text: UnsafeBufferPointer<UInt8>) -> String {
        // Whitespace runs (line breaks inside a sentence) collapse to one space.
        var out: [UInt8] = []
        out.reserveCapacity(span.bytes.count)
        var space = false
        for b in text[span.bytes] {
            if b == 10 || b == 13 || b == 9 || b == 32 {
                space = true
            } else {
                if space, !out.isEmpty { out.append(32) }
                space = false
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The country the document names most often as an actor.
    private func focusCountry(_ tokens: [Token]) -> String? {
        var counts: [String: Int] = [:]
        var i = 0
        while i < tokens.count {
            // Country names, demonyms and capitals are capitalised: other words cannot start one.
            if tokens[i].word != Vocabulary.unknown, tokens[i].flags.contains(.capitalized) || tokens[i].flags.contains(.allCaps),
               let match = dictionaries.actors.names.longestMatch(in: tokens, at: i, limit: tokens.count) {
                // A country named as the place of things ("in Yemen's Hodeidah province") weighs
                // more than one that acts there ("Saudi warplanes").
                let asPlace = i > 0 && classes[tokens[i - 1].word].contains(.locative)
                if let entry = match.values.first, let c = ActorCode.country(of: entry.code) { counts[c, default: 0] += asPlace ? 2 : 1 }
                i += match.length
            } else {
                i += 1
            }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }
}

/// A document's places, found and resolved the first time they are asked for: the focus of
/// its bare local actors while coding, then its events' locations.
private final class DocumentPlaces {
    let layer: EventCoder.PlaceLayer
    private let find: () -> [PlaceMention]

    init(layer: EventCoder.PlaceLayer, find: @escaping () -> [PlaceMention]) {
        self.layer = layer
        self.find = find
    }

    lazy var mentions: [PlaceMention] = find()
    /// Resolved without knowing what the document is about: enough to learn it.
    private lazy var firstPass: [ResolvedPlace] = layer.resolver.resolve(mentions, explain: false)
    lazy var focus: [String: Double] = PlaceResolver.focus(of: firstPass)
    /// The country the story happens in: its places other than the dateline, else the
    /// dateline's; nil when no place says.
    lazy var actorFocus: String? = PlaceResolver.focus(of: firstPass, datelines: false).filter { $0.value >= 1 }.keys.min()
        ?? focus.filter { $0.value >= 1 }.keys.min()
}

/// A value computed the first time it is read.
private final class Memo<Value> {
    private let compute: () -> Value
    init(_ compute: @escaping () -> Value) { self.compute = compute }
    lazy var value: Value = compute()
}
