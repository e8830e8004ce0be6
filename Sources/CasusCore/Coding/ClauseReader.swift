/// Reads the clause around a trigger: its subject, object, voice, negation and mood.
///
/// Casus has no parser; it reads clauses the way a careful reader skims them. A clause starts
/// after a semicolon, a dash, a relative pronoun or subordinator, or a reporting verb ("said");
/// its subject is the first actor in it that is not inside a prepositional phrase and comes
/// before its first verb ("Last week, the State Department took…" finds the State Department,
/// not "Last week"). A clause with no subject of its own — a participle ("…, killing 12"), a
/// coordinated verb ("…and imposed sanctions") — borrows the one before it; a relative clause
/// borrows its antecedent ("lawmakers who said").
final class ClauseReader {
    let tokens: [Token]
    let sentence: Range<Int>
    let mentions: [Mention]
    let classes: WordClasses
    /// Token positions of reporting verbs ("said", "according to"): clause boundaries.
    let reportWords: Set<Int>
    /// Token positions of event verbs: they end a clause's subject region.
    let verbWords: Set<Int>
    let denyWords: Set<Int32>

    init(tokens: [Token], sentence: Range<Int>, mentions: [Mention], classes: WordClasses,
         reportWords: Set<Int>, verbWords: Set<Int>, denyWords: Set<Int32>) {
        self.tokens = tokens
        self.sentence = sentence
        self.mentions = mentions
        self.classes = classes
        self.reportWords = reportWords
        self.verbWords = verbWords
        self.denyWords = denyWords
    }

    enum Boundary { case start, relative(Int), report, other(Int) }

    /// Where the clause containing `position` starts, and what opened it.
    func clauseStart(before position: Int) -> (Int, Boundary) {
        var j = position - 1
        var passedComma = false
        while j >= sentence.lowerBound {
            let t = tokens[j]
            if reportWords.contains(j) { return (j + 1, .report) }
            let w = t.word
            if w == classes.comma { passedComma = true }
            if w == classes.quote || w == classes.colon {
                // 'said, "…' and 'said: "…': a quotation is what the speaker said.
                var r = j - 1
                while r >= sentence.lowerBound, tokens[r].word == classes.comma || tokens[r].word == classes.colon { r -= 1 }
                if r >= sentence.lowerBound, reportWords.contains(r) { return (j + 1, .report) }
            }
            if w == classes.semicolon || w == classes.colon || w == classes.openParen || w == classes.quote { return (j + 1, .other(j)) }
            if w == classes.dash, !t.flags.contains(.attached) { return (j + 1, .other(j)) }
            let c = classes[w]
            if c.contains(.relative) {
                // "Mali's rulers, who forced out French troops in 2022, have accused Algeria":
                // a relative clause between commas has closed; the main clause goes on around it.
                if passedComma, w != classes.that, j - 1 > sentence.lowerBound, tokens[j - 1].word == classes.comma {
                    j -= 2; passedComma = false; continue
                }
                return (j + 1, .relative(j))
            }
            if c.contains(.subordinator), !c.contains(.preposition) || startsClause(after: j) { return (j + 1, .other(j)) }
            j -= 1
        }
        return (sentence.lowerBound, .start)
    }

    /// "after the Taliban captured…" opens a clause; "after elections" does not.
    private func startsClause(after j: Int) -> Bool {
        guard let m = mentions.first(where: { $0.start > j && $0.start - j <= 3 }) else { return false }
        let next = m.end < sentence.upperBound ? tokens[m.end].word : Vocabulary.unknown
        return verbWords.contains(m.end) || classes[next].contains(.auxiliary) || classes[next].contains(.finite)
    }

    /// The subject of the clause containing `position`: a mention index, and how it was found.
    func subject(before position: Int, depth: Int = 0, verbalAct: Bool = false) -> (Int, String)? {
        // "appreciate the Turkish government providing…": a gerund's subject stands right before it.
        if depth == 0, classes[tokens[position].word].contains(.gerund),
           let k = mentions.lastIndex(where: { $0.end == position }) {
            return (k, "the actor right before the gerund")
        }
        // "accused the PRC of directing a laser at…": the one accused is the one who did it.
        if depth == 0, position - 1 > sentence.lowerBound, classes[tokens[position].word].contains(.gerund),
           tokens[position - 1].word == classes.of, let k = mentions.lastIndex(where: { $0.end == position - 1 }),
           mentions[k].governedBy != classes.by {   // "accused by Kurdish forces of carrying out…": the accuser
            return (k, "the actor before \"of\" and the gerund")
        }
        // A verb after "and" shares the subject of the verb before it: "Pakistani troops
        // infiltrated … and fired" (inside a reported clause, so the clause before "and"); after
        // ", and" a relative clause has closed, so it is the main clause's: "We are concerned
        // about X, which…, and call on Y".
        if depth == 0, position > sentence.lowerBound + 1, tokens[position - 1].word == classes.and,
           !classes[tokens[position].word].contains(.gerund) {
            // A verbal act after "and" goes with the speaker: "UNIFIL said its patrols had
            // documented the strike and urged both sides…".
            if tokens[position - 2].word == classes.comma || verbalAct, let k = mainSubject(before: position) {
                return (k, "subject of the main clause (coordinated verb)")
            }
            if tokens[position - 2].word != classes.comma, let (k, _) = subject(before: position - 1, depth: 1) {
                return (k, "subject of the verb before \"and\"")
            }
        }
        let (start, boundary) = clauseStart(before: position)
        var candidates: [Int] = []
        var partitive: Int?
        for (k, m) in mentions.enumerated() where m.start >= start && m.end <= position {
            if verbBefore(m.start, from: start) { break }
            // "a group of Pakistani troops", "members of the Taliban": the actor heads the phrase.
            if m.governedBy == classes.of, partitive == nil, candidates.isEmpty { partitive = k }
            if m.governedBy != Vocabulary.unknown { continue }
            candidates.append(k)
        }
        if candidates.isEmpty, let partitive { candidates = [partitive] }
        // "Yemen's Houthi rebels fired…": the possessor is not the subject; what it owns is.
        if candidates.count > 1, let owned = mentions.possessed(by: candidates[0], tokens, classes, within: sentence),
           let i = candidates.firstIndex(of: owned) {
            candidates.removeFirst(i)
        }
        // "told VOA Afghan forces retreated": the listener after a reporting verb is not the subject.
        if case .report = boundary, candidates.count > 1, mentions[candidates[0]].start == start,
           mentions[candidates[1]].group != mentions[candidates[0]].group {
            candidates.removeFirst()
        }
        if let k = candidates.first {
            return (k, depth == 0 ? "first actor of the clause" : "subject borrowed from the clause before")
        }
        switch boundary {
        case .relative(let r):
            var j = r - 1
            if j >= sentence.lowerBound, tokens[j].word == classes.comma { j -= 1 }
            if let k = mentions.lastIndex(where: { $0.end == j + 1 }) { return (k, "antecedent of the relative clause") }
            return nil
        case .report, .start:
            return nil
        case .other(let b):
            guard depth < 3, b > sentence.lowerBound else { return nil }
            return subject(before: b, depth: depth + 1)
        }
    }

    /// Who says what a reported clause holds: the actor before the reporting verb ("Rice said"),
    /// or right after it ("…, said Rice").
    func speaker(ofClauseStartingAt start: Int) -> Int? {
        var r = start - 1
        while r >= sentence.lowerBound, !reportWords.contains(r) { r -= 1 }
        guard r >= sentence.lowerBound else { return nil }
        var first = r
        while first > sentence.lowerBound, reportWords.contains(first - 1) { first -= 1 }
        if let k = mentions.lastIndex(where: { $0.end <= first && first - $0.end <= 3 && $0.governedBy == Vocabulary.unknown }) { return k }
        return mentions.firstIndex { $0.start > r && $0.start - r <= 2 }
    }

    /// The first actor of the sentence that stands before any verb and outside prepositional phrases.
    private func mainSubject(before position: Int) -> Int? {
        for (k, m) in mentions.enumerated() where m.end <= position {
            if m.governedBy != Vocabulary.unknown { continue }
            if verbBefore(m.start, from: sentence.lowerBound) { return nil }
            return k
        }
        return nil
    }

    /// True when a verb stands between `from` and `position`: what follows it is not a subject.
    private func verbBefore(_ position: Int, from: Int) -> Bool {
        var j = from
        while j < position {
            if verbWords.contains(j) { return true }
            let c = classes[tokens[j].word]
            if !c.intersection(.auxiliary).isEmpty { return true }
            if c.contains(.finite), j > from, mentions.contains(where: { $0.end == j }) { return true }
            j += 1
        }
        return false
    }

    /// The direct object after a verb: a mention right after it, outside prepositional phrases.
    func object(after end: Int) -> Int? {
        guard let k = mentions.firstIndex(where: { $0.start >= end && $0.start - end <= 3 }) else { return nil }
        let m = mentions[k]
        guard m.governedBy == Vocabulary.unknown else { return nil }
        for j in end..<m.start {
            let t = tokens[j]
            if t.kind == .punctuation { return nil }
            if !classes[t.word].intersection([.preposition, .relative, .subordinator, .conjunction, .auxiliary]).isEmpty { return nil }
        }
        // "struck Yemen's Houthi rebels": what the possessor owns is the object.
        return mentions.possessed(by: k, tokens, classes, within: sentence) ?? k
    }

    /// The agent of a passive or an event noun: "by X" (for nouns also "from X") shortly after the trigger.
    /// The actor after "by" (or `from`) within `window` words after `end` — not past another
    /// event's verb: in "the launch was condemned by Japan" Japan condemned, it did not launch;
    /// a verb joined by "and" shares the agent ("were ambushed and killed by gunmen").
    func byAgent(after end: Int, window: Int = 4, from: Int32? = nil) -> Int? {
        guard let k = mentions.firstIndex(where: {
            ($0.governedBy == classes.by || ($0.governedBy == from && from != nil)) && $0.start >= end && $0.start - end <= window + 1
        }) else { return nil }
        for j in end..<mentions[k].start where verbWords.contains(j) && !(j > end && tokens[j - 1].word == classes.and) {
            return nil
        }
        return k
    }

    /// The target of an event noun after it: "an attack … on the camp", "strikes against X".
    func nounTarget(after end: Int, on: Set<Int32>) -> Int? {
        mentions.firstIndex { on.contains($0.governedBy) && $0.start >= end && $0.start - end <= 14 && !reportBetween(end, $0.start) }
    }

    private func reportBetween(_ a: Int, _ b: Int) -> Bool {
        (a..<b).contains { reportWords.contains($0) || verbWords.contains($0) }
    }

    /// A possessor or adjective right before an event noun: "Iran's threats", "Turkish drone strike".
    func possessor(before start: Int) -> Int? {
        guard let k = mentions.lastIndex(where: { $0.end <= start && start - $0.end <= 2 }) else { return nil }
        for j in mentions[k].end..<start {
            let t = tokens[j]
            if t.word == classes.possessive { continue }
            if t.kind == .punctuation, !(t.word == classes.dash && t.flags.contains(.attached)) { return nil }
            let c = classes[t.word]
            if !c.intersection([.preposition, .relative, .subordinator, .conjunction, .auxiliary, .negation, .finite, .determiner]).isEmpty { return nil }
        }
        return k
    }

    /// "the attack", "such actions": an event noun that refers back to one already told, or to background.
    func isDefinite(_ start: Int) -> Bool {
        var j = start - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 3 {
            let t = tokens[j]
            if definiteWords.contains(t.word) { return true }
            if t.kind == .punctuation || !classes[t.word].intersection([.preposition, .auxiliary, .relative, .conjunction]).isEmpty { return false }
            if mentions.contains(where: { $0.end == j + 1 }) { return false }
            j -= 1; steps += 1
        }
        return false
    }

    /// "territory seized over the past year", "the towns captured by rebels": a participle right
    /// after a plain noun (no actor, no auxiliary, no name), taking no object, may modify the
    /// noun. With an agent after it, it is a passive; without one, see `describesNoun`.
    func modifiesNoun(_ trigger: Int, end: Int) -> Bool {
        guard classes[tokens[trigger].word].contains(.pastForm), trigger > sentence.lowerBound else { return false }
        var j = trigger - 1
        if j > sentence.lowerBound, tokens[j].kind == .word, endsInLy(j) { j -= 1 }   // "wrongfully"
        let before = tokens[j]
        let c = classes[before.word]
        guard before.kind == .word, !before.flags.contains(.capitalized), !before.flags.contains(.allCaps),
              !mentions.contains(where: { $0.end == j + 1 }),
              c.intersection([.auxiliary, .conjunction, .preposition, .relative, .subordinator, .negation,
                              .personPronoun, .pluralPronoun, .wePronoun, .pastForm, .gerund, .adverb]).isEmpty,
              !c.contains(.determiner) || before.word == those else { return false }
        guard end < sentence.upperBound else { return true }
        let next = tokens[end]
        if mentions.contains(where: { $0.start == end }) { return false }
        return next.kind == .punctuation || !classes[next.word].intersection([.preposition, .subordinator, .conjunction]).isEmpty
            || (next.kind == .word && endsInLy(end))
    }

    /// A participle that modifies a noun (`modifiesNoun`) once its clause has had its verb:
    /// "pull back from territory seized over the past year" describes the territory. Without a
    /// verb before it the participle is the clause's own: "People across the country protested
    /// on Saturday".
    func describesNoun(_ trigger: Int, end: Int) -> Bool {
        guard modifiesNoun(trigger, end: end) else { return false }
        var j = trigger - 1
        if j > sentence.lowerBound, endsInLy(j) { j -= 1 }
        return verbBefore(j, from: clauseStart(before: trigger).0)
    }

    /// "was attacked", "have been moved", "raids conducted by": the subject is the target.
    func isPassive(_ trigger: Int, end: Int) -> Bool {
        guard classes[tokens[trigger].word].contains(.pastForm) else { return false }
        if modifiesNoun(trigger, end: end), byAgent(after: end, window: 1) != nil { return true }
        var j = trigger - 1
        var steps = 0
        while j >= sentence.lowerBound, steps < 4 {
            let c = classes[tokens[j].word]
            if c.contains(.be) { return true }
            if tokens[j].kind == .punctuation || !c.intersection([.have, .modal, .doForm, .preposition, .relative]).isEmpty { break }
            if mentions.contains(where: { $0.end == j + 1 }) {
                // A reduced relative: "raids conducted by Boko Haram".
                return byAgent(after: end, window: 1) != nil
            }
            j -= 1; steps += 1
        }
        return false
    }

    /// "did not attack", "never visited", "no immediate claim": the text says it did not happen.
    func isNegated(_ trigger: Int, clauseStart: Int, noun: Bool) -> Bool {
        var j = trigger - 1
        let limit = max(clauseStart, trigger - (noun ? 3 : 4))
        while j >= limit {
            let t = tokens[j]
            if classes[t.word].contains(.negation) { return true }
            if t.kind == .punctuation { break }
            j -= 1
        }
        // "denied carrying out the attack", "denied their troops crossed".
        j = trigger - 1
        while j >= max(sentence.lowerBound, trigger - 6) {
            let w = tokens[j].word
            if denyWords.contains(w) { return true }
            if w == classes.and || w == classes.semicolon || tokens[j].kind == .punctuation && w != classes.comma { break }
            j -= 1
        }
        return false
    }

    enum Mood { case realis, hypothetical(String), threat, promised }

    /// Whether the event happened: modals, conditionals and to-infinitives say it may not have.
    func mood(_ trigger: Int, clauseStart: Int, noun: Bool) -> Mood {
        if clauseStart > sentence.lowerBound {
            let opener = tokens[clauseStart - 1]
            let word = opener.word
            if classes[word].contains(.subordinator), word == ifWord || word == unlessWord { return .hypothetical("conditional") }
        }
        var j = trigger - 1
        var steps = 0
        while j >= max(sentence.lowerBound, clauseStart), steps < 4 {
            let t = tokens[j]
            let c = classes[t.word]
            if noun, c.contains(.irrealis) { return .hypothetical("\"\(wordText(j))\" event") }
            if c.contains(.modal) {
                // 'said the group would keep targeting ships': an announced act of force is a threat.
                if futureModals.contains(t.word), case .report = self.clauseStart(before: trigger).1 { return .promised }
                return .hypothetical("modal \"\(wordText(j))\"")
            }
            if t.word == classes.to, !noun {
                // What governs the infinitive decides: "began to", "threatened to", "plans to".
                var g = j - 1
                while g >= sentence.lowerBound, classes[tokens[g].word].contains(.be) || tokens[g].word == Vocabulary.unknown && g > j - 3 { g -= 1 }
                if g >= sentence.lowerBound {
                    let gc = classes[tokens[g].word]
                    if gc.contains(.realizing) { return .realis }
                    if gc.contains(.threatening) { return .threat }
                    return .hypothetical("infinitive after \"\(wordText(g))\"")
                }
                return .hypothetical("infinitive")
            }
            if t.kind == .punctuation || !c.intersection([.preposition, .relative, .subordinator]).isEmpty || verbWords.contains(j) { break }
            // An actor before the trigger ends the search, but a possessive ("its attacks") does not.
            if mentions.contains(where: { $0.end == j + 1 && $0.kind != .reference }) { break }
            j -= 1; steps += 1
        }
        return .realis
    }

    /// How often the clause says its act happens: "repeatedly" counts acts, "regularly",
    /// "often", "routinely" tell a habit — no act of their own.
    enum Frequency { case once, repeated, habit }

    func frequency(_ trigger: Int, clauseStart: Int) -> Frequency {
        // The adverb stands in the trigger's own verb group: "Rebels, who often target convoys,
        // ambushed…" is no habit of the ambush.
        var j = trigger - 1
        while j >= max(clauseStart, trigger - 4), tokens[j].kind != .punctuation {
            if classes[tokens[j].word].contains(.habitual) { return tokens[j].word == repeatedly ? .repeated : .habit }
            j -= 1
        }
        var k = trigger
        while k < min(sentence.upperBound, trigger + 2), tokens[k].kind != .punctuation {
            if classes[tokens[k].word].contains(.habitual) { return tokens[k].word == repeatedly ? .repeated : .habit }
            k += 1
        }
        return .once
    }

    var definiteWords: Set<Int32> = []
    /// "will", "would", "shall": what a speaker says an actor will do.
    var futureModals: Set<Int32> = []
    var ifWord: Int32 = Vocabulary.unknown
    var repeatedly: Int32 = Vocabulary.unknown
    var those: Int32 = Vocabulary.unknown
    var unlessWord: Int32 = Vocabulary.unknown
    var wordText: (Int) -> String = { _ in "" }
    /// Whether the token's spelling ends in "ly" ("wrongfully"): read from its bytes, no String made.
    var endsInLy: (Int) -> Bool = { _ in false }
}
