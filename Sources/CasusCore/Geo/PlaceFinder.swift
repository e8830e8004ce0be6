/// Finds the places a sentence names.
///
/// A name is the longest run of capitalised tokens (with joiners such as "al", "of", "and" or
/// a hyphen inside) that the gazetteer knows; sites also match in lower case on their full
/// name ("the green zone"). The words around a name then say how sure we are it is a place:
/// one capitalised word at the start of a sentence, or one that is also a common English word
/// ("March", "Mobile"), counts only with a cue — a locative word before it, a place noun next to
/// it, a possessor or a comma qualifier — and a name inside a longer capitalised name ("Michael
/// Jordan", "Washington Post") does not count at all.
public final class PlaceFinder: Sendable {
    public let gazetteer: Gazetteer
    let words = PlaceWords()

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// The place mentions of a whole document, in text order.
    ///
    /// Over the whole document one more check is possible: a word seen as part of a longer
    /// name ("John Kirby") is a name elsewhere too, so "Kirby said" is no place; it still is
    /// after a locative word or a place noun ("in Kirby").
    public func find(in tokens: [Token], sentences: [SentenceSpan], text: UnsafeBufferPointer<UInt8>) -> [PlaceMention] {
        var mentions: [PlaceMention] = []
        var nameParts: Set<[UInt8]> = []
        var town: PlaceMention?
        for (index, sentence) in sentences.enumerated() {
            if let t = town, index - t.sentence > 3 { town = nil }
            let found = scan(tokens, range: sentence.tokens, text: text, sentence: index, paragraph: sentence.paragraph, town: town)
            mentions += found.mentions
            if let last = found.mentions.last(where: { ["town", "village", "city"].contains($0.placeNoun ?? "") && $0.expectedKind != .country }) {
                town = last
            }
            nameParts.formUnion(found.nameParts)
        }
        guard !nameParts.isEmpty else { return mentions }
        return mentions.filter { m in
            m.tokens.count > 1 || m.preposition != nil || m.placeNoun != nil || m.qualifier != nil || m.qualifies != nil
                || isCountry(m) || !nameParts.contains(PlaceKeyBuilder.keys(of: m.text).exact)
        }
    }

    private func isCountry(_ m: PlaceMention) -> Bool {
        m.candidates.contains { gazetteer.records[Int($0.entry)].kind == .country }
    }

    /// The place mentions of the tokens in `range` (one sentence), in text order.
    public func find(in tokens: [Token], range: Range<Int>, text: UnsafeBufferPointer<UInt8>,
                     sentence: Int, paragraph: Int) -> [PlaceMention] {
        scan(tokens, range: range, text: text, sentence: sentence, paragraph: paragraph).mentions
    }

    /// The accepted mentions of a sentence, and the keys of one-word names it saw inside
    /// longer names.
    private func scan(_ tokens: [Token], range: Range<Int>, text: UnsafeBufferPointer<UInt8>,
                      sentence: Int, paragraph: Int, town: PlaceMention? = nil) -> (mentions: [PlaceMention], nameParts: [[UInt8]]) {
        guard !range.isEmpty, range.upperBound <= tokens.count else { return ([], []) }
        let view = SentenceView(tokens: tokens, range: range, text: text, words: words)
        var mentions: [PlaceMention] = []
        for span in matchSpans(view) {
            let name = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[span.start].start..<tokens[span.end - 1].end]), as: UTF8.self)
            var m = PlaceMention(tokens: span.start..<span.end, text: name, sentence: sentence, paragraph: paragraph,
                                 candidates: span.candidates)
            describe(&m, view)
            mentions.append(m)
        }
        mentions += territories(view, sentence: sentence, paragraph: paragraph, taken: mentions)
        if let town { mentions += references(to: town, view, sentence: sentence, paragraph: paragraph) }
        mentions.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        let embedded = mentions.map { isEmbedded($0, view, places: mentions) }
        linkQualifiers(&mentions, view)
        linkPossessors(&mentions, view)
        let nameParts = mentions.indices.filter { embedded[$0] && mentions[$0].tokens.count == 1 && !isCountry(mentions[$0]) }
            .map { Array(view.exactKey(mentions[$0].tokens.lowerBound)) }
        let accepted = mentions.indices.filter { accept(mentions[$0], embedded: embedded[$0], view) }.map { mentions[$0] }
        return (accepted, nameParts)
    }

    /// "bombarded northern Israeli towns": a demonym before a territory noun places the event in
    /// its country, at country precision.
    private func territories(_ v: SentenceView, sentence: Int, paragraph: Int, taken: [PlaceMention]) -> [PlaceMention] {
        var found: [PlaceMention] = []
        // Territory nouns ("towns", "territory", "waters") are rare: look for them first.
        for n in v.range where v.classes(n).contains(.territory) && n > v.range.lowerBound {
            let k = n - 1
            guard v.isCapital(k), !v.isCapital(n) else { continue }
            // "the Iraqi city of Irbil", "the Syrian town Hama": the noun introduces a name.
            if n + 1 < v.range.upperBound, v.isCapital(n + 1) || v.classes(n + 1).contains(.of) { continue }
            guard !taken.contains(where: { $0.tokens.contains(k) }),
                  let country = demonym(at: k, v), let entry = gazetteer.countryEntry(iso3: country) else { continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: v.text[v.tokens[k].start..<v.tokens[k].end]), as: UTF8.self)
            var m = PlaceMention(tokens: k..<(k + 1), text: name, sentence: sentence, paragraph: paragraph,
                                 candidates: [Gazetteer.Candidate(entry: entry, viaAlternate: false, capitalsOnly: false)])
            describe(&m, v)
            m.placeNoun = v.word(k + 1)
            m.expectedKind = .country
            found.append(m)
        }
        return found
    }

    /// "recaptured the town of Adan Yabaal … airstrikes near the town": "the town" after a
    /// locative word is the town named last (within three sentences), not a new place.
    private func references(to town: PlaceMention, _ v: SentenceView, sentence: Int, paragraph: Int) -> [PlaceMention] {
        var found: [PlaceMention] = []
        for k in v.range where k - 2 >= v.range.lowerBound && v.classes(k).contains(.cityNoun) && v.classes(k - 1).contains(.the)
            && v.classes(k - 2).contains(.locative) && !v.isCapital(k) {
            let noun = v.word(k)
            guard noun == town.placeNoun else { continue }
            if k + 1 < v.range.upperBound, v.isCapital(k + 1) || v.classes(k + 1).contains(.of) { continue }
            var m = PlaceMention(tokens: k..<(k + 1), text: town.text, sentence: sentence, paragraph: paragraph, candidates: town.candidates)
            m.preposition = v.word(k - 2)
            m.prepositionToken = k - 2
            m.placeNoun = noun
            m.expectedKind = town.expectedKind
            m.qualifierCountry = town.qualifierCountry
            found.append(m)
        }
        return found
    }

    /// A matched run of tokens and what it may name.
    struct Span {
        var start: Int
        var end: Int
        var candidates: [Gazetteer.Candidate]
    }

    /// Longest matches, left to right, without overlaps.
    func matchSpans(_ v: SentenceView) -> [Span] {
        var spans: [Span] = []
        var keys = KeyScratch()
        var i = v.range.lowerBound
        while i < v.range.upperBound {
            var best: Span?
            if v.tokens[i].kind == .word {
                if v.startsName(i) {
                    best = longestMatch(at: i, index: gazetteer.names, capitalised: true, v, &keys)
                }
                if !gazetteer.siteNames.isEmpty,
                   gazetteer.siteNames.mayStart(with: v.exactKey(i)) || gazetteer.siteNames.mayStart(with: v.foldedKey(i)),
                   let site = longestMatch(at: i, index: gazetteer.siteNames, capitalised: false, v, &keys) {
                    if let b = best, b.end == site.end {
                        best!.candidates = site.candidates + b.candidates
                    } else if site.end > (best?.end ?? 0) {
                        best = site
                    }
                }
            }
            if let best {
                spans.append(best)
                i = best.end
            } else {
                i += 1
            }
        }
        return spans
    }

    /// The longest name in `index` starting at token `start`: of capitalised words and joiners
    /// when `capitalised`, else of any words (sites).
    private func longestMatch(at start: Int, index: NameIndex, capitalised: Bool, _ v: SentenceView,
                              _ keys: inout KeyScratch) -> Span? {
        var ends: [Int] = []
        var wordCount = 0
        var j = start
        let maxWords = min(5, index.longestKeyWords)
        while j < v.range.upperBound, wordCount < maxWords {
            let t = v.tokens[j]
            if t.kind == .punctuation {
                if j > start, v.isInnerHyphen(j) { j += 1; continue }
                break
            }
            // A possessive ends a name, except inside a site's full name ("Kabul's Green Zone").
            if t.kind == .number || (capitalised && v.classes(j).contains(.possessive)) { break }
            if !capitalised || v.isCapital(j) {
                ends.append(j + 1)
            } else if !(v.classes(j).contains(.joiner) && (j > start || v.isInnerHyphen(j + 1))) {
                break
            }
            if !v.classes(j).contains(.possessive) { wordCount += 1 }
            j += 1
        }
        for end in ends.reversed() {
            keys.build(start..<end, v)
            let candidates = keys.candidates(in: index, gazetteer: gazetteer)
            if !candidates.isEmpty { return Span(start: start, end: end, candidates: candidates) }
        }
        return nil
    }
}

/// The key of a run of tokens: their keys joined by single spaces.
struct KeyScratch {
    var exact: [UInt8] = []
    var folded: [UInt8] = []
    var didFold = false
    var allCapitals = true

    mutating func build(_ run: Range<Int>, _ v: SentenceView) {
        exact.removeAll(keepingCapacity: true)
        folded.removeAll(keepingCapacity: true)
        allCapitals = true
        // The folded key is needed only when some word of the run has diacritics to fold.
        didFold = run.contains { v.tokens[$0].kind != .punctuation && v.folds($0) }
        for k in run where v.tokens[k].kind != .punctuation {
            let e = v.exactKey(k)
            guard !e.isEmpty else { continue }
            if !exact.isEmpty, !v.classes(k).contains(.possessive) {
                exact.append(UInt8(ascii: " "))
                if didFold { folded.append(UInt8(ascii: " ")) }
            }
            exact.append(contentsOf: e)
            if didFold { folded.append(contentsOf: v.foldedKey(k)) }
            allCapitals = allCapitals && v.tokens[k].flags.contains(.allCaps)
        }
    }

    /// Every name with diacritics is indexed under its folding too, so a folded key finds
    /// all the spellings ("Arbīl" finds the region Arbīl and the city whose alternate is Arbil).
    func candidates(in index: NameIndex, gazetteer: Gazetteer) -> [Gazetteer.Candidate] {
        let key = (didFold ? folded : exact).withUnsafeBufferPointer { index.key($0) }
        guard let key else { return [] }
        return gazetteer.candidates(key: key, index: index, allCapitals: allCapitals)
    }
}

/// A sentence's tokens with their name keys and word classes, computed once.
struct SentenceView {
    let tokens: [Token]
    let range: Range<Int>
    let text: UnsafeBufferPointer<UInt8>
    private var exact: [UInt8] = []
    private var folded: [UInt8] = []
    private var exactEnds: [Int] = []
    private var foldedEnds: [Int] = []
    private var foldFlags: [Bool] = []
    private var wordClasses: [PlaceWordClass] = []
    /// The sentence's first word (after opening quotes or brackets).
    private(set) var firstWord: Int
    /// A headline in title case ("Rocket Hits Baghdad Green Zone"), where capitals do not mark
    /// names.
    private(set) var isTitleCased = false

    init(tokens: [Token], range: Range<Int>, text: UnsafeBufferPointer<UInt8>, words: PlaceWords) {
        self.tokens = tokens
        self.range = range
        self.text = text
        firstWord = range.first { tokens[$0].kind != .punctuation } ?? range.lowerBound
        var builder = PlaceKeyBuilder()
        for k in range {
            builder.reset()
            builder.add(UnsafeBufferPointer(rebasing: text[tokens[k].start..<tokens[k].end]))
            exact.append(contentsOf: builder.exact)
            folded.append(contentsOf: builder.folded)
            exactEnds.append(exact.count)
            foldedEnds.append(folded.count)
            foldFlags.append(builder.didFold)
            wordClasses.append(builder.exact.withUnsafeBufferPointer { words.classes(of: $0) })
        }
        let longWords = range.filter { tokens[$0].kind == .word && tokens[$0].end - tokens[$0].start >= 4 }
        let capitalised = longWords.filter { tokens[$0].flags.contains(.capitalized) }.count
        isTitleCased = longWords.count >= 3 && capitalised == longWords.count
    }

    func exactKey(_ k: Int) -> ArraySlice<UInt8> {
        let i = k - range.lowerBound
        return exact[(i == 0 ? 0 : exactEnds[i - 1])..<exactEnds[i]]
    }

    func foldedKey(_ k: Int) -> ArraySlice<UInt8> {
        let i = k - range.lowerBound
        return folded[(i == 0 ? 0 : foldedEnds[i - 1])..<foldedEnds[i]]
    }

    func folds(_ k: Int) -> Bool { foldFlags[k - range.lowerBound] }

    /// The word's lower-cased spelling.
    func word(_ k: Int) -> String { String(decoding: exactKey(k), as: UTF8.self) }

    func classes(_ k: Int) -> PlaceWordClass { range.contains(k) ? wordClasses[k - range.lowerBound] : [] }

    func isWord(_ k: Int) -> Bool { range.contains(k) && tokens[k].kind == .word }

    /// Starts with a capital; a non-ASCII first letter counts as one, as in the sentence splitter.
    func isCapital(_ k: Int) -> Bool {
        isWord(k) && (tokens[k].flags.contains(.capitalized) || text[tokens[k].start] >= 0xC3)
    }

    /// A hyphen joining two words ("al-Qaim", "Rostov-on-Don").
    func isInnerHyphen(_ k: Int) -> Bool {
        guard range.contains(k), k + 1 < range.upperBound, tokens[k].kind == .punctuation,
              tokens[k].flags.contains(.attached), tokens[k + 1].flags.contains(.attached), tokens[k + 1].kind == .word
        else { return false }
        let b = text[tokens[k].start]
        return b == UInt8(ascii: "-") || (b == 0xE2 && tokens[k].end - tokens[k].start == 3 && text[tokens[k].start + 2] == 0x90)
    }

    /// A name may start here: a capital, or an Arabic article hyphenated to a name ("al-Qaim").
    func startsName(_ k: Int) -> Bool {
        isCapital(k) || (classes(k).contains(.article) && isInnerHyphen(k + 1))
    }

    /// The first byte of a punctuation token, with curly quotes and dashes as ASCII.
    func punctuation(_ k: Int) -> UInt8? {
        guard range.contains(k), tokens[k].kind == .punctuation else { return nil }
        return SpecialSequence.at(tokens[k].start, in: text)?.ascii ?? text[tokens[k].start]
    }
}
