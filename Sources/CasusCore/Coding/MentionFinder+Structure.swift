/// How the mentions of one sentence stand to each other: aliases in brackets folded into
/// their names, compounds ("Pompeo and Bolton"), and the preposition each stands after.
extension MentionFinder {
    /// "Rwanda Defense Forces (RDF)": the abbreviation in brackets is the same actor, so the
    /// name and its alias are one mention and a compound can go on after the bracket.
    func foldParentheticalAliases(_ mentions: inout [Mention], _ tokens: [Token], _ range: Range<Int>) {
        var k = 1
        while k < mentions.count {
            let previous = mentions[k - 1], m = mentions[k]
            if m.start == previous.end + 1, tokens[previous.end].word == classes.openParen,
               m.end < range.upperBound, tokens[m.end].word == classes.closeParen, m.code == previous.code {
                mentions[k - 1].end = m.end + 1
                mentions.remove(at: k)
            } else {
                k += 1
            }
        }
    }

    func assignGroupsAndGovernors(_ mentions: inout [Mention], _ tokens: [Token], _ range: Range<Int>) {
        var group = 0
        var linkedByConjunction = Set<Int>()
        for k in mentions.indices {
            mentions[k].governedBy = governor(of: mentions[k], tokens, range)
            // Compounds: only commas, "and", "or" and determiners between two mentions.
            if k > 0, let link = joins(tokens, mentions[k - 1].end, mentions[k].start) {
                mentions[k].group = mentions[k - 1].group
                mentions[k].governedBy = mentions[k - 1].governedBy
                if link { linkedByConjunction.insert(group) }
            } else {
                group += 1
                mentions[k].group = group
            }
        }
        // "Across our government, the United States…": commas alone make a list only when an
        // "and" or "or" closes it; otherwise each mention stands alone.
        for k in mentions.indices where k > 0 && mentions[k].group == mentions[k - 1].group
            && !linkedByConjunction.contains(mentions[k].group) {
            group += 1
            mentions[k].group = group
            mentions[k].governedBy = governor(of: mentions[k], tokens, range)
        }
        // "Greek and Turkish patrols", "US and Iraqi forces": the role word closing a compound
        // of countries is every country's.
        for k in mentions.indices where k > 0 && linkedByConjunction.contains(mentions[k].group)
            && (k + 1 == mentions.count || mentions[k + 1].group != mentions[k].group) {
            let last = mentions[k]
            guard case .actor = last.kind, last.kind != .actor(.person), last.code.count == 6,
                  ActorCode.country(of: last.code) != nil, let role = ActorCode.role(of: last.code) else { continue }
            var j = k - 1
            while j >= 0, mentions[j].group == last.group {
                let m = mentions[j]
                // Adjectives only ("Greek", "Iraqi"; "US", "UK"): "Israel and Hamas militants" are
                // a state and a group, not two groups.
                let adjective = m.kind == .actor(.organisation) || (m.kind == .actor(.country) && tokens[m.start].flags.contains(.allCaps))
                if adjective, m.end - m.start == 1, m.code.count == 3, ActorCode.country(of: m.code) != nil {
                    mentions[j].code = m.code + role
                    mentions[j].plural = last.plural
                    mentions[j].why += "; role \(role) of the compound's closing role word"
                }
                j -= 1
            }
        }
        // A bare role in a compound with a country takes that country: "Iraq's president and prime minister".
        for k in mentions.indices where mentions[k].kind == .agent && mentions[k].code == "---" {
            if let partner = mentions.first(where: { $0.group == mentions[k].group && $0.country != nil && $0.kind != .reference }) {
                mentions[k].code = Self.combine(partner.code, role: mentions[k].role ?? "")
                mentions[k].why += "; country from its compound partner"
            }
        }
    }

    /// The preposition a mention stands after, walking left over modifiers; `unknown` if none.
    func governor(of m: Mention, _ tokens: [Token], _ range: Range<Int>) -> Int32 {
        var j = m.start - 1
        var steps = 0
        while j >= range.lowerBound, steps < 4, isModifier(tokens[j]), tokens[j].word != classes.possessive {
            // An article opens a noun phrase: a word before it that is not a determiner closed
            // another one ("In November 2021 the PRC used…": the PRC is not "in" anything).
            if classes[tokens[j].word].contains(.article), j > range.lowerBound, isModifier(tokens[j - 1]),
               !classes[tokens[j - 1].word].contains(.determiner) {
                return Vocabulary.unknown
            }
            j -= 1; steps += 1
        }
        guard j >= range.lowerBound, classes[tokens[j].word].contains(.preposition) else { return Vocabulary.unknown }
        // "after the Houthis drove…", "since the Taliban took power": a subordinator opening a
        // clause, whose subject the mention is.
        if classes[tokens[j].word].contains(.subordinator), m.end < range.upperBound,
           !classes[tokens[m.end].word].intersection([.auxiliary, .finite]).isEmpty {
            return Vocabulary.unknown
        }
        return tokens[j].word
    }

    /// Whether two mentions are joined into a compound: nil if not, true when by "and"/"or",
    /// false when by commas alone.
    func joins(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool? {
        guard to > from, to - from <= 3 else { return nil }
        var sawComma = false, sawConjunction = false
        for j in from..<to {
            let w = tokens[j].word
            if w == classes.comma { sawComma = true; continue }
            if w == classes.and || w == classes.or { sawConjunction = true; continue }
            if classes[w].contains(.determiner), w != classes.possessive { continue }
            return nil
        }
        return sawConjunction ? true : (sawComma ? false : nil)
    }
}
