/// Resolving the mentions a sentence found against what the document has told so far:
/// people in office on the document's date, bare roles ("the militants", "the Secretary",
/// "government forces") and pronouns ("they", "the group", "the two sides").
extension MentionFinder {
    func resolve(_ m: inout Mention, all: [Mention], tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                         sentence: Int, context: inout DocumentContext) {
        switch m.kind {
        case .actor(let kind):
            // Dated entries (people in office) resolve against the document's date.
            guard let match = dictionaries.actors.names.longestMatch(in: tokens, at: personStart(m, tokens), limit: m.end),
                  kind == .person, let entry = dictionaries.actors.resolve(match.values, on: context.published) else { return }
            m.code = entry.code
            m.why = "\(entry.code) from \(entry.origin)"
        case .agent, .victim:
            guard m.code == "---" else { return }
            let role = m.role ?? ""
            if let owner = all.last(where: { $0.end == m.start && $0.kind == .reference }),
               let resolved = context.history.last, resolved.code != "---", ActorCode.country(of: resolved.code) != nil,
               possessivePronouns.contains(tokens[owner.start].word) {
                // "its troops", "their fighters": the owner's country with this role.
                m.code = Self.combine(resolved.code, role: role); m.inferred = true; m.why += "; country of \"\(resolved.text)\" by its possessive"
            } else if m.isMission, let owner = context.latest(before: sentence, window: 50, { $0.isMission || ($0.role == "GOV" && $0.kind != .reference) }) {
                m.code = owner.code; m.inferred = true; m.why += "; owner from earlier \"\(owner.text)\""
            } else if m.kind == .agent, !m.plural, let title = titleWords(m, tokens),
                      let person = context.latest(before: sentence, window: 50, { $0.kind == .actor(.person) && Self.hasWords($0.text, title) }) {
                // "Secretary Blinken met…  The Secretary expressed…": a bare title is the person
                // the story gave it to.
                m.code = person.code; m.inferred = true; m.why += "; the \(title.joined(separator: " ")) named earlier (\"\(person.text)\")"
            } else if m.kind == .agent, role != "GOV", names(m, tokens, "government"),
                      !(m.start >= 2 && tokens[m.start - 1].word == classes.dash && tokens[m.start - 2].word == antiWord),
                      let focus = context.focusCountry {
                // "government forces", "pro-government forces": the story's own state's, not those
                // of the last foreign force mentioned.
                m.code = focus + role; m.inferred = true; m.why += "; the government of the document's focus \(focus)"
            } else if m.kind == .agent, let same = context.latest(before: sentence, { $0.role == role && ActorCode.country(of: $0.code) != nil }) {
                m.code = Self.combine(same.code, role: role); m.inferred = true; m.why += "; country from earlier \"\(same.text)\""
            } else if CodingWords.localRoles.contains(role) || (role == "GOV" && isInstitution(m, tokens)),
                      let focus = context.focusCountry {
                // Fighters, civilians, police: local to the story's country. Officials could be anyone's.
                m.code = focus + role; m.inferred = true; m.why += "; country from the document's focus \(focus)"
            }
        case .reference:
            let role = m.role ?? ""
            let found: DocumentContext.Antecedent?
            switch role {
            case "PERSON":
                found = context.latest(before: sentence) { $0.kind == .actor(.person) }
                    ?? context.latest(before: sentence, window: 1) { !$0.plural && $0.role == "GOV" && $0.kind != .actor(.country) }
            case "IT":
                found = context.latest(before: sentence, window: 2) { $0.kind != .actor(.person) && !$0.plural && $0.kind != .victim }
            case "WE":
                found = context.firstSpeaker
            case "GROUP":
                found = context.latest(before: sentence + 1) { a in
                    a.code.hasPrefix("NGO") || ["REB", "INS", "SEP", "UAF", "RAD", "OPP", "CRM"].contains(ActorCode.role(of: a.code) ?? "")
                }
            default:
                found = context.latest(before: sentence, window: 2) { $0.plural || $0.role == "REB" || $0.kind == .actor(.organisation) }
            }
            if let found {
                // "The group" is one, whatever its antecedent's number ("Al-Shabaab militants"): "its" follows it.
                m.code = found.code; m.plural = role == "GROUP" ? false : found.plural; m.inferred = true
                m.role = found.role
                m.why = "pronoun for \"\(found.text)\" (\(found.code))"
            }
        case .weapon:
            return
        }
    }

    /// The words of a definite bare title ("the Secretary", "the foreign minister"), when it
    /// is one a person carries. Group words ("the army") and institutions are no titles.
    func titleWords(_ m: Mention, _ tokens: [Token]) -> [String]? {
        guard m.role == "GOV" || m.role == "JUD" || m.role == "LEG" || m.role == "OPP" else { return nil }
        // Definite only: "a spokesman said" is someone new.
        guard (m.start > 0 && tokens[m.start - 1].word == theWord) || tokens[m.start].word == theWord else { return nil }
        let words = (m.start..<m.end).filter { tokens[$0].kind == .word && tokens[$0].word != theWord }
            .map { dictionaries.vocabulary.word(tokens[$0].word) }
        guard let last = words.last, !CodingWords.institutions.contains(last) else { return nil }
        return words
    }

    /// Whether one of the mention's words is `word` ("government" in "pro-government forces").
    func names(_ m: Mention, _ tokens: [Token], _ word: String) -> Bool {
        let id = dictionaries.vocabulary.id(of: word)
        return (m.start..<m.end).contains { tokens[$0].word == id }
    }

    /// Whether `text` holds every one of `words` as a whole word, ignoring case: "Foreign
    /// Minister Lavrov" holds "foreign minister", "Defense Minister Gallant" does not.
    static func hasWords(_ text: String, _ words: [String]) -> Bool {
        let own = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }))
        return words.allSatisfy { own.contains(Substring($0)) }
    }

    /// "the government", "the authorities": the story's own state, unlike "officials" (anyone's).
    func isInstitution(_ m: Mention, _ tokens: [Token]) -> Bool {
        CodingWords.institutions.contains(dictionaries.vocabulary.word(tokens[m.end - 1].word))
    }

    /// Where the person's name starts inside a "title + name" mention.
    func personStart(_ m: Mention, _ tokens: [Token]) -> Int {
        var i = m.start
        while i < m.end {
            if let match = dictionaries.actors.names.longestMatch(in: tokens, at: i, limit: m.end),
               match.values.contains(where: { $0.kind == .person }) { return i }
            i += 1
        }
        return m.start
    }
}
