/// A pattern that matched in a sentence: the words that express an event, and its slots.
struct Trigger {
    var pattern: Int
    /// First token (the verb or event noun).
    var start: Int
    /// After the last literal word of the pattern.
    var end: Int
    /// Tokens the pattern's literal words occupy.
    var words: [Int]
    /// The mention filling `*` or `+`, if the pattern has one and it was filled.
    var targetSlot: Int?
    var sourceSlot: Int?
}

/// Matches the verb and event-noun patterns of `verbs.txt` against a sentence.
///
/// Between two pattern words up to three other words may stand ("made a surprise trip to"
/// matches `make trip to *`), never punctuation or a clause word. Where several patterns match,
/// the one with more words wins and the others that overlap it are dropped: "threatened to
/// strike" is a threat, not a strike.
final class TriggerFinder: Sendable {
    let dictionaries: Dictionaries
    let classes: WordClasses
    static let maxGap = 3
    let possessiveIts: Int32, possessiveTheir: Int32, possessiveHis: Int32, possessiveHer: Int32, possessiveOur: Int32

    let patterns: [VerbPattern]
    let thatWord: Int32
    /// Patterns by first word, flat: the candidates of word `w` are
    /// `candidateList[candidateStart[w]..<candidateStart[w + 1]]` — no hashing per token.
    let candidateStart: [Int32]
    let candidateList: [Int32]
    /// Pattern elements as plain values (kind, where its spellings start, how many), so matching
    /// copies no arrays: pattern `p`'s elements are `elements[elementStart[p]..<elementStart[p + 1]]`.
    let elements: [CompiledElement]
    let elementStart: [Int32]
    let spellings: [Int32]

    struct CompiledElement {
        enum Kind: UInt8 { case word, target, source }
        var kind: Kind
        var from: Int32
        var count: Int32
    }
    /// For each pattern, the spellings of its second word (empty when it has one word or a
    /// slot comes second): a pattern whose second word is not in the sentence cannot match.
    let secondWords: [Int32]
    /// Where each pattern's second-word spellings start in `secondWords` (one past the end at p + 1).
    let secondOffsets: [Int]

    init(dictionaries: Dictionaries, classes: WordClasses) {
        self.dictionaries = dictionaries
        self.classes = classes
        self.patterns = dictionaries.verbs.patterns
        self.thatWord = dictionaries.vocabulary.id(of: "that")
        var words: [Int32] = []
        var offsets = [0]
        for p in dictionaries.verbs.patterns {
            if p.elements.count > 1, case .word(let ids) = p.elements[1] { words += ids }
            offsets.append(words.count)
        }
        self.secondWords = words
        self.secondOffsets = offsets
        var elements: [CompiledElement] = []
        var elementStart: [Int32] = [0]
        var spellings: [Int32] = []
        for p in dictionaries.verbs.patterns {
            for e in p.elements {
                switch e {
                case .word(let ids):
                    elements.append(CompiledElement(kind: .word, from: Int32(spellings.count), count: Int32(ids.count)))
                    spellings += ids
                case .target: elements.append(CompiledElement(kind: .target, from: 0, count: 0))
                case .source: elements.append(CompiledElement(kind: .source, from: 0, count: 0))
                }
            }
            elementStart.append(Int32(elements.count))
        }
        self.elements = elements
        self.elementStart = elementStart
        self.spellings = spellings
        var start = [Int32](repeating: 0, count: dictionaries.vocabulary.count + 1)
        var list: [Int32] = []
        for w in 0..<dictionaries.vocabulary.count {
            start[w] = Int32(list.count)
            if let candidates = dictionaries.verbs.candidates(startingWith: Int32(w)) { list += candidates.map(Int32.init) }
        }
        start[dictionaries.vocabulary.count] = Int32(list.count)
        self.candidateStart = start
        self.candidateList = list
        let v = dictionaries.vocabulary
        possessiveIts = v.id(of: "its"); possessiveTheir = v.id(of: "their"); possessiveHis = v.id(of: "his")
        possessiveHer = v.id(of: "her"); possessiveOur = v.id(of: "our")
    }

    /// `headline`: the sentence is a headline, where every word is capitalised.
    func find(in tokens: [Token], range: Range<Int>, mentions: [Mention], text: UnsafeBufferPointer<UInt8>,
              headline: Bool = false) -> [Trigger] {
        var found: [Trigger] = []
        // Tokens inside actor names cannot start an event ("State" in "State Department").
        var inside = [Bool](repeating: false, count: range.count)
        for m in mentions where m.kind != .reference { for j in m.start..<m.end { inside[j - range.lowerBound] = true } }
        // Nor can words inside other capitalised names ("the Multinational Security Support
        // mission") — except in a headline, where every word is capitalised.
        if !headline {
            for j in range where j > range.lowerBound && tokens[j].flags.contains(.capitalized) && !tokens[j].flags.contains(.lineBreakBefore)
                && tokens[j - 1].kind == .word && tokens[j - 1].flags.contains(.capitalized) {
                inside[j - range.lowerBound] = true
            }
        }
        var positions: [Int] = []
        positions.reserveCapacity(8)
        var present = SmallWordSet()
        for j in range { present.insert(tokens[j].word) }
        for i in range where !inside[i - range.lowerBound] {
            var w = tokens[i].word
            var first = i
            // "cease-fire" and "co-operate" are written joined in patterns.
            if i + 2 < range.upperBound, tokens[i + 1].word == classes.dash, tokens[i + 1].flags.contains(.attached),
               tokens[i + 2].flags.contains(.attached), let joined = joinedWord(i, tokens, text) {
                w = joined
                first = i + 2
            }
            guard w != Vocabulary.unknown, candidateStart[Int(w)] < candidateStart[Int(w) + 1] else { continue }
            var isVerbal: Bool?   // decided once per token, only when a verb pattern needs it
            for c in Int(candidateStart[Int(w)])..<Int(candidateStart[Int(w) + 1]) {
                let p = Int(candidateList[c])
                let from = secondOffsets[p], to = secondOffsets[p + 1]
                if from < to, !(from..<to).contains(where: { present.contains(secondWords[$0]) }) { continue }
                if !patterns[p].isNoun, !patterns[p].isReport {
                    if isVerbal == nil { isVerbal = verbal(i, tokens, range, mentions) }
                    if isVerbal == false { continue }
                }
                if var t = match(p, at: first, tokens, range, mentions, positions: &positions) {
                    t.start = i
                    t.words[0] = i
                    found.append(t)
                }
            }
        }
        // Longest first; a trigger whose words overlap a longer one's span is dropped.
        found.sort { a, b in
            let wa = patterns[a.pattern].wordCount, wb = patterns[b.pattern].wordCount
            return wa != wb ? wa > wb : a.start < b.start
        }
        // A weapon's pattern ("[weapon] strike near *") does not hide the actor's reading of the
        // same words ("strike *"): which applies depends on the subject, which the coder reads.
        var kept: [Trigger] = []
        for t in found where !kept.contains(where: { k in
            (t.words.contains { $0 >= k.start && $0 < k.end } || k.words.contains { $0 >= t.start && $0 < t.end })
                && !(patterns[k.pattern].needsWeaponSubject && !patterns[t.pattern].needsWeaponSubject)
        }) {
            kept.append(t)
        }
        return kept.sorted { $0.start < $1.start }
    }

    /// The vocabulary id of "cease" + "fire" written as one word, if the dictionaries know it.
    private func joinedWord(_ i: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Int32? {
        let s = lowercasedSpelling(text, tokens[i].start..<tokens[i].end) + lowercasedSpelling(text, tokens[i + 2].start..<tokens[i + 2].end)
        let id = dictionaries.vocabulary.id(of: s)
        return id == Vocabulary.unknown ? nil : id
    }

    /// Whether a word that can be a verb is used as one here: "the order", "Iranian support"
    /// and "in support" are nouns; "forces withdrew", "to order", "by closing" are verbs.
    private func verbal(_ i: Int, _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention]) -> Bool {
        let w = classes[tokens[i].word]
        // "Backed by the airstrikes, forces…": an opening participle describes, it does not report.
        if (i == range.lowerBound || tokens[i - 1].word == classes.comma), w.contains(.pastForm),
           i + 1 < range.upperBound, tokens[i + 1].word == classes.by {
            return false
        }
        guard i > range.lowerBound else { return true }
        let previous = tokens[i - 1]
        let c = classes[previous.word]
        if c.contains(.determiner), previous.word != classes.quote { return false }
        // "a residential block", "the northern border": an article, one plain word, then a base
        // form is a noun ("a resolution urging", "the board says" keep their verbs).
        if i - 2 >= range.lowerBound, classes[tokens[i - 2].word].contains(.article), previous.kind == .word,
           c.isEmpty || c == .verbForm, w.intersection([.finite, .pastForm, .gerund]).isEmpty,
           !mentions.contains(where: { $0.end == i }) {
            return false
        }
        // "U.S.-backed", "Saudi-led": a modifier, not an event.
        if previous.word == classes.dash, tokens[i].flags.contains(.attached), previous.flags.contains(.attached) { return false }
        if c.contains(.pronoun), !c.contains(.personPronoun) || previous.word == possessiveHis || previous.word == possessiveHer {
            // "their support" is a noun; "they support" is a verb.
            if [possessiveIts, possessiveTheir, possessiveHis, possessiveHer, possessiveOur].contains(previous.word) { return false }
        }
        // "have since exchanged fire": "since" after an auxiliary is an adverb, not a preposition.
        let adverbialSince = previous.word == classes.since && i - 2 >= range.lowerBound
            && !classes[tokens[i - 2].word].intersection(.auxiliary).isEmpty
        if c.contains(.preposition), previous.word != classes.to, !w.contains(.gerund), !adverbialSince { return false }
        if previous.kind == .number { return false }
        // "ran back", "came back": a particle after a verb, not a second verb.
        if c.contains(.verbForm), c.intersection(.auxiliary).isEmpty, c.contains(.finite),
           !mentions.contains(where: { $0.end == i }) { return false }
        if let m = mentions.last(where: { $0.end == i }), m.kind != .reference {
            // Singular actor + base form ("Iranian support") or plural + -s form ("Israeli strikes") is a noun phrase.
            let plural = m.kind == .agent || m.kind == .victim || m.kind == .actor(.organisation) ? m.plural : false
            let base = !w.contains(.finite) && !w.contains(.gerund)
            let thirdPerson = w.contains(.finite) && !w.contains(.pastForm)
            if (!plural && base) || (plural && thirdPerson) { return false }
        }
        return true
    }

    /// Matches pattern `index` at `start`; `positions` is scratch space reused across calls so a
    /// failed attempt allocates nothing.
    private func match(_ index: Int, at start: Int, _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention],
                       positions: inout [Int]) -> Trigger? {
        let first = Int(elementStart[index]), last = Int(elementStart[index + 1])
        if last - first == 1 { return Trigger(pattern: index, start: start, end: start + 1, words: [start]) }
        positions.removeAll(keepingCapacity: true)
        positions.append(start)
        var trigger = Trigger(pattern: index, start: start, end: start + 1, words: [])
        var pos = start + 1
        var k = first + 1
        while k < last {
            let element = elements[k]
            switch element.kind {
            case .word:
                // After an empty slot, a short noun phrase may stand in it ("ordering all staff to leave").
                let previous = elements[k - 1].kind
                let afterEmptySlot = k > first + 1 && previous != .word
                    && (previous == .target ? trigger.targetSlot : trigger.sourceSlot) == nil
                guard let at = seek(element, from: pos, tokens, range, gap: afterEmptySlot ? 4 : Self.maxGap, phrase: afterEmptySlot) else { return nil }
                positions.append(at)
                pos = at + 1
                trigger.end = pos
            case .target, .source:
                let slot = mentionAt(pos, tokens, range, mentions)
                if element.kind == .target { trigger.targetSlot = slot } else { trigger.sourceSlot = slot }
                if let slot {
                    // The slot takes the whole compound: "sanctions on Iran and Syria".
                    var end = slot
                    while end + 1 < mentions.count, mentions[end + 1].group == mentions[slot].group { end += 1 }
                    pos = mentions[end].end
                }
            }
            k += 1
        }
        trigger.words = positions
        return trigger
    }


    /// The next token spelled as one of the element's spellings, skipping at most `gap` ordinary words.
    private func seek(_ element: CompiledElement, from: Int, _ tokens: [Token], _ range: Range<Int>, gap: Int, phrase: Bool = false) -> Int? {
        let spelled = Int(element.from)..<Int(element.from + element.count)
        var j = from
        var skipped = 0
        var joined = false   // the word after a hyphen belongs to the word before it
        while j < range.upperBound {
            let t = tokens[j]
            for s in spelled where spellings[s] == t.word { return j }
            // "two short-range ballistic missiles": a hyphenated compound is one word of the gap.
            if t.kind == .punctuation, t.word == classes.dash, t.flags.contains(.attached) {
                joined = true; j += 1; continue
            }
            if joined { joined = false; j += 1; continue }
            if skipped >= gap || !skippable(t) { return nil }
            if phrase, classes[t.word].contains(.preposition) { return nil }
            skipped += 1
            j += 1
        }
        return nil
    }

    private func skippable(_ t: Token) -> Bool {
        if t.kind == .punctuation { return t.word == classes.dash && t.flags.contains(.attached) }
        let c = classes[t.word]
        return c.intersection([.relative, .subordinator, .conjunction, .negation, .modal]).isEmpty
    }

    /// The mention at a slot: starting at `pos`, after at most three determiners or modifiers.
    private func mentionAt(_ pos: Int, _ tokens: [Token], _ range: Range<Int>, _ mentions: [Mention]) -> Int? {
        guard let k = mentions.firstIndex(where: { $0.start >= pos && $0.start - pos <= 3 }) else { return nil }
        for j in pos..<mentions[k].start where !skippable(tokens[j]) || classes[tokens[j].word].contains(.preposition) {
            // 'said, "Hezbollah…': the comma and the opening quote before a reported subject.
            let w = tokens[j].word
            if w == classes.comma || w == classes.quote || w == classes.colon || w == thatWord { continue }
            return nil
        }
        // "struck Yemen's Houthi rebels": what the possessor owns fills the slot.
        return mentions.possessed(by: k, tokens, classes, within: range) ?? k
    }
}

/// The words of one sentence, for "is this word in the sentence?" asked thousands of times:
/// open addressing over a fixed table, no hashing of `Int32` through `Hasher`.
struct SmallWordSet {
    private var slots = [Int32](repeating: -2, count: 512)

    mutating func insert(_ word: Int32) {
        var i = Int(UInt32(bitPattern: word &* -1_640_531_535) >> 23)
        while slots[i] != -2 {
            if slots[i] == word { return }
            i = (i + 1) & 511
        }
        slots[i] = word
    }

    @inline(__always)
    func contains(_ word: Int32) -> Bool {
        var i = Int(UInt32(bitPattern: word &* -1_640_531_535) >> 23)
        while slots[i] != -2 {
            if slots[i] == word { return true }
            i = (i + 1) & 511
        }
        return false
    }
}
