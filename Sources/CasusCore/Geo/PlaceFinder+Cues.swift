/// The words around a name: prepositions, place nouns, demonyms, possessors, qualifiers.
extension PlaceFinder {
    /// Fills in the cues of a mention from its neighbours.
    func describe(_ m: inout PlaceMention, _ v: SentenceView) {
        let after = m.tokens.upperBound
        m.isPossessive = v.classes(after).contains(.possessive) && v.tokens.indices.contains(after)
            && v.tokens[after].flags.contains(.attached)
        if !m.isPossessive, v.isWord(after), v.classes(after).intersects(.placeNoun) {
            setPlaceNoun(&m, after, v)                       // "Anbar province", "Irbil city"
        } else if v.punctuation(after) == UInt8(ascii: ",") {
            // "Qamishli, a city on the border": an appositive place noun.
            var k = after + 1
            while k < after + 4, v.isWord(k), !v.isCapital(k) || k == after + 1 {
                if v.classes(k).intersects([.cityNoun, .regionNoun]) { setPlaceNoun(&m, k, v); break }
                guard v.classes(k).contains(.modifier) else { break }
                k += 1
            }
        }
        lookBack(&m, v)
        let whereAt = v.punctuation(after) == UInt8(ascii: ",") ? after + 1 : after
        if v.classes(whereAt).contains(.whereWord) {
            m.whereToken = whereAt
            var end = whereAt + 1
            while end < v.range.upperBound, v.punctuation(end) != UInt8(ascii: ","), v.punctuation(end) != UInt8(ascii: ";") { end += 1 }
            m.whereClauseEnd = end
        }
        let lastWord = m.tokens.upperBound - 1
        m.isDateline = m.tokens.lowerBound == v.firstWord
            && m.tokens.allSatisfy { v.tokens[$0].kind != .word || v.tokens[$0].flags.contains(.allCaps) }
            && v.tokens[lastWord].flags.contains(.allCaps)
            && [UInt8(ascii: "("), UInt8(ascii: ","), UInt8(ascii: "-")].contains(v.punctuation(after) ?? 0)
    }

    private func setPlaceNoun(_ m: inout PlaceMention, _ k: Int, _ v: SentenceView) {
        let c = v.classes(k)
        m.placeNoun = v.word(k)
        m.expectedKind = c.contains(.regionNoun) ? .admin1 : c.contains(.cityNoun) ? .city : nil
    }

    /// "the northern Iraqi city of Irbil", "the Iraqi capital Baghdad", "20 km north of Mosul",
    /// then the locative word before all that.
    private func lookBack(_ m: inout PlaceMention, _ v: SentenceView) {
        let lower = v.range.lowerBound
        var j = m.tokens.lowerBound - 1
        // "the villages of Diban and Shuhail": the last of a list of names shares the first's
        // place noun and preposition, even when the first is a name Casus does not know.
        if j - 2 >= lower, v.isWord(j), v.word(j) == "and", v.isCapital(j - 1) {
            var k = j - 1
            while k - 1 >= lower, v.isCapital(k - 1) || v.punctuation(k - 1) == UInt8(ascii: ",") { k -= 1 }
            if k - 2 >= lower, v.classes(k - 1).contains(.of), v.classes(k - 2).intersects(.placeNoun) { j = k - 1 }
        }
        var phraseStart = m.tokens.lowerBound
        if j - 1 >= lower, v.classes(j).contains(.of) {
            let noun = j - 1
            let c = v.classes(noun)
            if c.contains(.compass) {
                m.preposition = v.word(noun) + " of"
                m.prepositionToken = noun
                var k = noun - 1
                if v.classes(k).contains(.unit) {
                    k -= 1
                    if k >= lower, v.tokens[k].kind == .number { k -= 1 }
                }
                m.phrase = (k + 1)..<m.tokens.upperBound
                return
            }
            if c.intersects(.placeNoun) {
                if m.placeNoun == nil || m.expectedKind == nil { setPlaceNoun(&m, noun, v) }
                if c.contains(.locative) {                    // "the outskirts of X"
                    m.preposition = v.word(noun) + " of"
                    m.prepositionToken = noun
                }
                phraseStart = skipQualifiers(before: noun, &m, v)
            }
        } else if j >= lower, !v.isCapital(j), v.classes(j).contains(.cityNoun) {
            setPlaceNoun(&m, j, v)                            // "the Iraqi capital Baghdad"
            phraseStart = skipQualifiers(before: j, &m, v)
        } else if j - 1 >= lower, v.punctuation(j) == UInt8(ascii: ","), !v.isCapital(j - 1), v.classes(j - 1).contains(.cityNoun) {
            setPlaceNoun(&m, j - 1, v)                        // "the capital, Sanaa"
            phraseStart = skipQualifiers(before: j - 1, &m, v)
        }
        m.phrase = phraseStart..<m.tokens.upperBound
        if m.preposition == nil { findPreposition(before: phraseStart, &m, v) }
    }

    /// Skips the modifiers and demonym before a place noun, noting the demonym's country;
    /// returns where the phrase starts.
    private func skipQualifiers(before noun: Int, _ m: inout PlaceMention, _ v: SentenceView) -> Int {
        var k = noun - 1
        while k >= v.range.lowerBound, noun - k <= 5 {
            if m.qualifierCountry == nil, let country = demonym(at: k, v) {
                m.qualifierCountry = country
            } else if !v.classes(k).contains(.modifier), v.isCapital(k) || !v.classes(k).intersects(.placeNoun) {
                break                                         // "the port city of", "the border town of" go on
            }
            k -= 1
        }
        return k + 1
    }

    private func findPreposition(before start: Int, _ m: inout PlaceMention, _ v: SentenceView) {
        var k = start - 1
        var skipped = 0
        while k >= v.range.lowerBound, skipped <= 3 {
            let c = v.classes(k)
            if c.intersects(.preposition) {
                m.preposition = v.word(k)
                m.prepositionToken = k
                // "From its base in southern Lebanon, Hezbollah bombarded…": a from-phrase opening
                // the sentence says where the act came from ("refugees from Mali arrived in Niger" does not).
                if c.contains(.locative) {
                    var j = k - 1
                    while j >= v.range.lowerBound, j >= k - 4, v.isWord(j) {
                        if v.classes(j).contains(.origin) {
                            if j == v.firstWord, v.punctuation(m.tokens.upperBound) == UInt8(ascii: ",") { m.preposition = "from" }
                            break
                        }
                        j -= 1
                    }
                }
                return
            }
            guard c.contains(.modifier) || demonym(at: k, v) != nil else { return }
            // "near a US base": a name after "a" qualifies a noun; the preposition governs the noun.
            let word = v.exactKey(k)
            if word.elementsEqual("a".utf8) || word.elementsEqual("an".utf8) { return }
            k -= 1
            skipped += 1
        }
    }

    func demonym(at k: Int, _ v: SentenceView) -> String? {
        guard v.isWord(k), !gazetteer.demonymCountries.isEmpty else { return nil }
        let key = Array(v.exactKey(k))
        return gazetteer.demonyms.id(of: key).map { Gazetteer.iso3(gazetteer.demonymCountries[Int($0)]) }
    }

    /// Part of a longer capitalised name: a capitalised word that is neither a function word,
    /// a modifier, a demonym nor a place noun stands right before or after it ("Michael Jordan",
    /// "Washington Post", "President Chad").
    func isEmbedded(_ m: PlaceMention, _ v: SentenceView, places: [PlaceMention]) -> Bool {
        if v.isTitleCased { return false }
        let before = m.tokens.lowerBound - 1
        if v.isCapital(before), !v.tokens[m.tokens.lowerBound].flags.contains(.attached) {
            let c = v.classes(before)
            if c.contains(.title) { return true }
            if !c.intersects([.function, .modifier, .compass, .placeNoun, .preposition]), demonym(at: before, v) == nil {
                return true
            }
        }
        // Hyphenated to a capitalised word that is no place: "Abdul-Mahdi", but not "Syria-Turkey".
        if v.isInnerHyphen(before), v.isCapital(before - 1), !v.classes(before - 1).intersects([.compass, .article]),
           !places.contains(where: { $0.tokens.upperBound == before }) { return true }
        let after = m.tokens.upperBound
        if v.isInnerHyphen(after), v.isCapital(after + 1), !places.contains(where: { $0.tokens.lowerBound == after + 1 }) {
            return true
        }
        if !m.isPossessive, v.isCapital(after), !v.tokens[after].flags.contains(.attached) {
            let c = v.classes(after)
            if !c.intersects([.function, .placeNoun, .possessive]) { return true }
        }
        return false
    }

    /// "Paris, Texas": a name right after a comma that is a region or country containing a
    /// candidate of the name before it qualifies that name.
    func linkQualifiers(_ mentions: inout [PlaceMention], _ v: SentenceView) {
        guard mentions.count > 1 else { return }
        for i in 0..<(mentions.count - 1) {
            let a = mentions[i], b = mentions[i + 1]
            // "Paris, Texas", and "the town of Tame in Arauca".
            guard b.tokens.lowerBound == a.tokens.upperBound + 1,
                  v.punctuation(a.tokens.upperBound) == UInt8(ascii: ",") || (v.isWord(a.tokens.upperBound) && v.word(a.tokens.upperBound) == "in")
            else { continue }
            let contained = b.candidates.contains { outer in
                a.candidates.contains { gazetteer.contains(outer.entry, inner: $0.entry) }
            }
            if contained {
                mentions[i].qualifier = b.tokens
                mentions[i + 1].qualifies = a.tokens
            }
        }
    }

    /// "Baghdad's Green Zone", "Iraq's Anbar province": the possessor says where the place is,
    /// and its locative word ("inside") is the place's too.
    func linkPossessors(_ mentions: inout [PlaceMention], _ v: SentenceView) {
        guard mentions.count > 1 else { return }
        for i in 1..<mentions.count where mentions[i - 1].isPossessive {
            let owner = mentions[i - 1]
            var k = mentions[i].tokens.lowerBound - 1
            var between = 0
            while k > owner.tokens.upperBound, between < 2, v.isWord(k), !v.isCapital(k) {
                k -= 1
                between += 1
            }
            guard k == owner.tokens.upperBound else { continue }
            mentions[i].possessor = owner.tokens
            mentions[i].phrase = owner.phrase.lowerBound..<mentions[i].tokens.upperBound
            if mentions[i].preposition == nil {
                mentions[i].preposition = owner.preposition
                mentions[i].prepositionToken = owner.prepositionToken
            }
        }
    }

    /// Whether a mention is taken as a place (see the type's comment).
    func accept(_ m: PlaceMention, embedded: Bool, _ v: SentenceView) -> Bool {
        if m.qualifier != nil || m.qualifies != nil { return true }
        if embedded { return false }
        let words = m.tokens.filter { v.tokens[$0].kind == .word }.count
        let hasCue = m.preposition != nil || m.placeNoun != nil || m.qualifierCountry != nil || m.isDateline
            || m.possessor != nil
        guard words == 1 else { return true }
        let k = m.tokens.lowerBound
        if v.classes(k).contains(.date) {
            return m.placeNoun != nil || m.qualifierCountry != nil || m.possessor != nil || m.isDateline
        }
        if !hasCue {
            if v.classes(k).contains(.common) || !v.isCapital(k) { return false }
            // A sentence's first word is capitalised anyway; a capital city opening a sentence
            // ("Tehran denied…") is still that city — the coder decides whether it acts.
            if k == v.firstWord, !opensWithCapitalCity(m, v) { return false }
            // Known only as some town's alternate spelling ("Hamas" for Hamm): needs a cue.
            if m.candidates.allSatisfy({ $0.viaAlternate && gazetteer.records[Int($0.entry)].kind != .country }) { return false }
            // A short all-capitals word is an abbreviation ("UN", "AU", "IS"), not the town of
            // that name, unless it is a country's ("US", "UK"): needs a cue.
            let t = v.tokens[k]
            if t.flags.contains(.allCaps), t.end - t.start <= 3,
               !m.candidates.contains(where: { gazetteer.records[Int($0.entry)].kind == .country }) { return false }
        }
        return true
    }
}

extension PlaceFinder {
    /// "Tehran denied", "Kabul's new rulers": a national capital by its own name, followed by a
    /// lower-case word or a possessive, not a first name ("Victoria Nuland").
    private func opensWithCapitalCity(_ m: PlaceMention, _ v: SentenceView) -> Bool {
        let next = m.tokens.upperBound
        guard next < v.range.upperBound, v.tokens[next].kind == .word || v.tokens[next].kind == .punctuation,
              !v.isCapital(next) else { return false }
        return m.candidates.contains { !$0.viaAlternate && gazetteer.records[Int($0.entry)].isCapital }
    }
}

extension Gazetteer {
    /// Whether entry `outer` (a country or first-level region) contains entry `inner`.
    func contains(_ outer: Int32, inner: Int32) -> Bool {
        let o = records[Int(outer)], i = records[Int(inner)]
        guard outer != inner, o.country == i.country else { return false }
        switch o.kind {
        case .country: return i.kind != .country
        case .admin1: return (i.kind == .city || i.kind == .site) && i.admin1 >= 0 && i.admin1 == o.admin1
        default: return false
        }
    }
}
