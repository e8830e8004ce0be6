/// Finds the actors a sentence names and resolves each to a CAMEO code.
///
/// Longest match over the actor and agent dictionaries first; then the combinations news
/// writes: a country with a role ("Iraqi lawmakers", "Iraq's president", "the army of Chad"),
/// a title with a name ("US Secretary of State Mike Pompeo"), a name with an apposition
/// ("Mike Pompeo, the secretary of state"), compounds ("Pompeo and Bolton"); finally pronouns
/// and bare roles ("he", "the militants", "the embassy") from the document's context.
final class MentionFinder: Sendable {
    let dictionaries: Dictionaries
    let classes: WordClasses
    let possessivePronouns: Set<Int32>

    let groupWord: Int32, theWord: Int32, twoWord: Int32, bothWord: Int32, antiWord: Int32

    init(dictionaries: Dictionaries, classes: WordClasses) {
        self.dictionaries = dictionaries
        self.classes = classes
        self.groupWord = dictionaries.vocabulary.id(of: "group")
        self.theWord = dictionaries.vocabulary.id(of: "the")
        self.twoWord = dictionaries.vocabulary.id(of: "two")
        self.antiWord = dictionaries.vocabulary.id(of: "anti")
        self.bothWord = dictionaries.vocabulary.id(of: "both")
        self.possessivePronouns = Set(["its", "their", "his", "her", "our"].map { dictionaries.vocabulary.id(of: $0) })
    }

    private enum Raw {
        case actor(ActorEntry, Int, Int)
        case agent(AgentEntry, Int, Int)
        case pronoun(WordClasses.Class, Int)
        /// "the group": an armed group or organisation told before.
        case group(Int)
        /// "the two sides", "both countries": the two countries the story names most just before.
        case sides(Int)

        var start: Int {
            switch self {
            case .actor(_, let s, _), .agent(_, let s, _): return s
            case .pronoun(_, let s), .group(let s), .sides(let s): return s
            }
        }
        var end: Int {
            switch self {
            case .actor(_, _, let e), .agent(_, _, let e): return e
            case .pronoun(_, let s), .group(let s): return s + 1
            case .sides(let s): return s + 2
            }
        }
    }

    func find(in tokens: [Token], range: Range<Int>, text: UnsafeBufferPointer<UInt8>,
              sentence: Int, context: inout DocumentContext) -> [Mention] {
        let raws = scan(tokens, range)
        var mentions = combine(raws, tokens, range)
        foldParentheticalAliases(&mentions, tokens, range)
        assignGroupsAndGovernors(&mentions, tokens, range)
        // Resolve left to right, remembering each: "the embassy" may refer to an actor earlier
        // in the same sentence.
        var pairs: [(Int, Mention)] = []
        for k in mentions.indices {
            if mentions[k].role == "SIDES" {
                // Two actors for one phrase: the second is added beside the first, in its compound.
                if let (first, second) = context.twoSides(before: sentence) {
                    for (a, slot) in [(first, k), (second, -1)] {
                        var m = mentions[k]
                        m.code = a.code; m.role = a.role; m.inferred = true
                        m.why = "one of the two sides: \"\(a.text)\" (\(a.code))"
                        if slot >= 0 { mentions[k] = m } else { pairs.append((k, m)) }
                    }
                }
                continue
            }
            resolve(&mentions[k], all: mentions, tokens: tokens, text: text, sentence: sentence, context: &context)
            context.remember(mentions[k], text: Self.text(of: mentions[k], tokens, text), sentence: sentence)
        }
        for (k, m) in pairs.reversed() { mentions.insert(m, at: k + 1) }
        mentions.removeAll { $0.code == "---" && $0.kind == .reference }
        return mentions
    }

    static func text(of m: Mention, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: text[tokens[m.start].start..<tokens[m.end - 1].end]), as: UTF8.self)
    }

    // MARK: - Dictionary matches

    private func scan(_ tokens: [Token], _ range: Range<Int>) -> [Raw] {
        var raws: [Raw] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            guard t.kind != .punctuation, t.word != Vocabulary.unknown else { i += 1; continue }
            let actor = dictionaries.actors.names.longestMatch(in: tokens, at: i, limit: range.upperBound)
            let agent = dictionaries.agents.names.longestMatch(in: tokens, at: i, limit: range.upperBound)
            if let actor, actor.length >= (agent?.length ?? 0),
               let entry = dictionaries.actors.resolve(actor.values, on: nil) {
                raws.append(.actor(entry, i, i + actor.length))
                i += actor.length
            } else if let agent {
                raws.append(.agent(agent.values[0], i, i + agent.length))
                i += agent.length
            } else {
                let c = classes[t.word]
                // "The group said…" (not "the group of soldiers"): the armed group told before.
                if t.word == groupWord, i > range.lowerBound, tokens[i - 1].word == theWord,
                   i + 1 >= range.upperBound || tokens[i + 1].word != classes.of {
                    raws.append(.group(i))
                    i += 1
                    continue
                }
                // "The two sides exchanged fire": the pair told before.
                if c.contains(.pairNoun), i > range.lowerBound, tokens[i - 1].word == twoWord || tokens[i - 1].word == bothWord {
                    raws.append(.sides(i - 1))
                    i += 1
                    continue
                }
                // "It is the second time…": an expletive "it" refers to nothing.
                let expletive = c.contains(.thingPronoun) && i + 1 < range.upperBound && classes[tokens[i + 1].word].contains(.be)
                if !c.intersection(.pronoun).isEmpty, !(c.contains(.wePronoun) && t.flags.contains(.allCaps)), !expletive {
                    raws.append(.pronoun(c.intersection(.pronoun), i))
                }
                i += 1
            }
        }
        return raws
    }

    // MARK: - Combinations

    /// True for words that may stand inside a noun phrase between a country and its role word.
    func isModifier(_ t: Token) -> Bool {
        if t.kind == .number { return true }
        guard t.kind == .word else { return false }
        let c = classes[t.word]
        // "that" is a determiner and a relative: between two actors it opens a clause.
        if c.contains(.relative) { return false }
        if c.contains(.determiner) { return true }
        let blocking: WordClasses.Class = [.preposition, .conjunction, .subordinator, .auxiliary, .negation, .personPronoun, .pluralPronoun, .thingPronoun, .wePronoun, .finite]
        return c.intersection(blocking).isEmpty
    }

    func onlyModifiers(_ tokens: [Token], _ from: Int, _ to: Int, max: Int = 3, hyphens: Bool = true) -> Bool {
        guard from <= to, to - from <= max else { return false }
        for j in from..<to {
            let t = tokens[j]
            if t.kind == .punctuation {
                if hyphens, t.word == classes.dash, t.flags.contains(.attached) { continue }
                return false
            }
            if !isModifier(t) { return false }
        }
        return true
    }

    private func combine(_ raws: [Raw], _ tokens: [Token], _ range: Range<Int>) -> [Mention] {
        var mentions: [Mention] = []
        var k = 0
        while k < raws.count {
            switch raws[k] {
            case .actor(let entry, let s, let e):
                // "Pretoria Cessation of Hostilities Agreement", "Washington Post": a capital inside
                // a longer proper name is not its government.
                if entry.kind == .organisation, e - s == 1, entry.code.hasSuffix("GOV"), e < range.upperBound,
                   tokens[e].flags.contains(.capitalized), !tokens[e].flags.contains(.lineBreakBefore),
                   !(k + 1 < raws.count && raws[k + 1].start == e) {
                    k += 1
                    continue
                }
                // "Baghdad's fortified Green Zone": a capital owning a named place is that place's city.
                if entry.kind == .organisation, e - s == 1, entry.code.hasSuffix("GOV"), e + 1 < range.upperBound,
                   tokens[e].word == classes.possessive, let named = namedPlaceAfter(e + 1, tokens, range),
                   !(k + 1 < raws.count && raws[k + 1].start <= named) {
                    k += 1
                    continue
                }
                var m = Mention(start: s, end: e, kind: .actor(entry.kind), code: entry.code, why: "\(entry.code) from \(entry.origin)")
                k += 1
                // "Russian attack drones", "an Israeli drone": a weapon with its owner.
                if entry.code.count == 3, ActorCode.country(of: entry.code) != nil, k < raws.count, case .agent(let a, let ws, let we) = raws[k], a.isWeapon,
                   onlyModifiers(tokens, e, ws, max: 2) {
                    mentions.append(Mention(start: s, end: we, kind: .weapon, code: String(entry.code.prefix(3)) + "MIL",
                                            why: "weapon of \(entry.code) (\(entry.origin))"))
                    k += 1
                    continue
                }
                if entry.kind != .person {
                    // Country + role words (+ a person): "US Navy carrier group", "US Secretary of State Mike Pompeo".
                    var role: AgentEntry?
                    while k < raws.count, case .agent(let a, let as_, let ae) = raws[k], !a.isWeapon, !a.isVictim,
                          onlyModifiers(tokens, m.end, as_) || ledBy(tokens, m.end, as_) {
                        role = a
                        m.end = ae
                        m.why += "; role \(a.role) from \(a.origin)"
                        k += 1
                    }
                    if let role {
                        m.code = Self.combine(entry.code, role: role.role)
                        m.plural = isPlural(tokens[m.end - 1])
                        m.isMission = classes[tokens[m.end - 1].word].contains(.mission)
                    }
                    if k < raws.count, case .actor(let p, let ps, let pe) = raws[k], p.kind == .person, ps == m.end {
                        m = Mention(start: m.start, end: pe, kind: .actor(.person), code: p.code, why: "\(p.code) from \(p.origin)")
                        k += 1
                    }
                }
                if case .actor(.person) = m.kind { k = absorbApposition(&m, raws, k, tokens) }
                mentions.append(m)
            case .agent(let a, let s, let e):
                k += 1
                if a.isWeapon {
                    mentions.append(Mention(start: s, end: e, kind: .weapon, code: "---", why: "weapon from \(a.origin)"))
                    continue
                }
                var m = Mention(start: s, end: e, kind: a.isVictim ? .victim : .agent, code: "---",
                                plural: isPlural(tokens[e - 1]), why: "\(a.role) from \(a.origin)",
                                isMission: classes[tokens[e - 1].word].contains(.mission), role: a.isVictim ? "CVL" : a.role)
                // Further role words: "security forces", "police officers".
                while k < raws.count, case .agent(let b, let bs, let be) = raws[k], !b.isWeapon, !b.isVictim, bs == m.end {
                    m.end = be; m.role = a.isVictim ? m.role : b.role; k += 1
                }
                // A title before a name: "President Donald Trump".
                if k < raws.count, case .actor(let p, let ps, let pe) = raws[k], p.kind == .person, ps == m.end || onlyModifiers(tokens, m.end, ps, max: 1) {
                    var person = Mention(start: s, end: pe, kind: .actor(.person), code: p.code, why: "\(p.code) from \(p.origin)")
                    k = absorbApposition(&person, raws, k + 1, tokens)
                    mentions.append(person)
                    continue
                }
                // The group's name in apposition: "the rights group Amnesty International", "the
                // militant group Boko Haram". The name says who; the role word adds nothing.
                if m.kind == .agent, k < raws.count, case .actor(let o, let os, let oe) = raws[k], o.kind == .organisation, os == m.end {
                    mentions.append(Mention(start: s, end: oe, kind: .actor(.organisation), code: o.code,
                                            why: "\(o.code) from \(o.origin), named after \(a.role) from \(a.origin)"))
                    k += 1
                    continue
                }
                // A role of a country: "the army of Chad", "civilians in Yemen".
                if k < raws.count, case .actor(let c, let cs, let ce) = raws[k], c.kind != .person {
                    let gap = m.end < cs ? tokens[m.end].word : Vocabulary.unknown
                    let window = m.kind == .victim ? 4 : 3
                    // "the army of Chad", "the Secretary-General of the UN", "civilians in Yemen" —
                    // but "people in the State Department" are not the department.
                    if (gap == classes.of && (c.kind == .country || c.code.hasPrefix("IGO")))
                        || ((gap == vocabulary("in") || gap == vocabulary("from")) && !m.isMission && c.kind == .country),
                       onlyModifiers(tokens, m.end + 1, cs, max: window) {
                        m.code = Self.combine(c.code, role: m.role ?? "")
                        m.end = ce
                        m.why += "; country from \(c.code) (\(c.origin))"
                        k += 1
                    }
                }
                mentions.append(m)
            case .sides(let s):
                k += 1
                mentions.append(Mention(start: s, end: s + 2, kind: .reference, code: "---", plural: true, why: "the two sides", role: "SIDES"))
            case .group(let s):
                k += 1
                mentions.append(Mention(start: s, end: s + 1, kind: .reference, code: "---", plural: false, why: "\"the group\"", role: "GROUP"))
            case .pronoun(let c, let s):
                k += 1
                mentions.append(Mention(start: s, end: s + 1, kind: .reference, code: "---",
                                        plural: c.contains(.pluralPronoun) || c.contains(.wePronoun), why: "pronoun",
                                        role: c.contains(.personPronoun) ? "PERSON" : c.contains(.wePronoun) ? "WE" : c.contains(.thingPronoun) ? "IT" : "THEY"))
            }
        }
        return mentions
    }

    private func vocabulary(_ word: String) -> Int32 { dictionaries.vocabulary.id(of: word) }

    /// "Saudi-led coalition", "US-led forces": the country leads the force the role word names.
    /// ("Iranian-backed militia" is not Iran's: only "-led" makes the force the country's.)
    private func ledBy(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        from + 2 <= to && tokens[from].word == classes.dash && tokens[from].flags.contains(.attached)
            && tokens[from + 1].word == classes.led && onlyModifiers(tokens, from + 2, to, max: 2)
    }

    /// The capitalised word that names a place after a possessive, skipping lower-case modifiers.
    private func namedPlaceAfter(_ start: Int, _ tokens: [Token], _ range: Range<Int>) -> Int? {
        var j = start
        while j < range.upperBound, j - start < 3 {
            let t = tokens[j]
            if t.flags.contains(.capitalized) { return j }
            if t.kind != .word || classes[t.word].contains(.preposition) || classes[t.word].contains(.relative) { return nil }
            j += 1
        }
        return nil
    }

    /// "Mike Pompeo, the secretary of state," — the role after a name is part of the mention.
    private func absorbApposition(_ m: inout Mention, _ raws: [Raw], _ k: Int, _ tokens: [Token]) -> Int {
        guard k < raws.count, case .agent(let a, let s, let e) = raws[k], !a.isWeapon, !a.isVictim,
              s > m.end, tokens[m.end].word == classes.comma, onlyModifiers(tokens, m.end + 1, s, max: 2) else { return k }
        m.end = e
        return k + 1
    }

    /// Plural for pronoun agreement: "troops", "militias", "people", "police" — not "army".
    private func isPlural(_ t: Token) -> Bool {
        let word = dictionaries.vocabulary.word(t.word)
        if CodingWords.pluralNouns.contains(word) { return true }
        return word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !t.flags.contains(.allCaps)
    }

    /// A country or organisation code with a role: `IRQ` + `LEG` → `IRQLEG`; organisations keep theirs.
    static func combine(_ code: String, role: String) -> String {
        let prefix = String(code.prefix(3))
        if ActorCode.organisationPrefixes.contains(prefix) && prefix != "---" { return code }
        // "a Houthi spokesman", "Hamas officials": a group's officials speak for the group.
        if code.count > 3, role == "GOV" { return code }
        return role.isEmpty ? prefix : prefix + role
    }
}
