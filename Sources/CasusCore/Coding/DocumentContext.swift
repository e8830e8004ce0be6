/// What a document has said so far: the actors pronouns and definite descriptions refer back to.
struct DocumentContext {
    struct Antecedent {
        var code: String
        var kind: Mention.Kind
        var role: String?
        var plural: Bool
        var isMission: Bool
        var sentence: Int
        var text: String
        /// Named after a preposition ("mediated by the UAE"): less central to the story.
        var governed = false
    }

    /// The day the document was published: dated dictionary entries resolve against it.
    var published: CalendarDay?
    /// The country the document is mostly about: bare agents default to it. Worked out only
    /// when a bare agent needs it.
    let focus: () -> String?
    var focusCountry: String? { focus() }
    var history: [Antecedent] = []
    /// The first actor that spoke as a government or country: "we" in a statement.
    var firstSpeaker: Antecedent?
    /// Who did the material conflict acts told so far, latest last, with the tokens of the
    /// sentence that told each: "condemned the attack" refers to the latest, "condemned the
    /// attack on the airport" to the latest told with "airport".
    var attacks: [(attacker: ActorRef, sentence: Range<Int>)] = []

    /// The actor of the attack a definite noun refers back to; `about` is the word that names
    /// what was attacked ("airport", "Israel"), if the noun says — found in the attack's
    /// sentence, but not as a word of the attacker's own name ("Israel then struck Tehran" is
    /// no attack on Israel; "Nigerian troops" is no name of Niger).
    func attacker(about word: Int32?, spelled: String?, in tokens: [Token]) -> ActorRef? {
        if let word, let told = attacks.last(where: { told in
            told.sentence.contains { tokens[$0].word == word }
                && !(spelled.map { word in told.attacker.text.map { MentionFinder.hasWords($0, [word]) } ?? false } ?? false)
        }) {
            return told.attacker
        }
        return attacks.last?.attacker
    }

    /// Remembers an attack and the tokens of the sentence that told it; only the latest fifty
    /// are kept (a long document's first attacks are too far back to be "the attack").
    mutating func rememberAttack(by attacker: ActorRef, sentence: Range<Int>) {
        if attacks.count == 50 { attacks.removeFirst() }
        attacks.append((attacker, sentence))
    }

    mutating func remember(_ m: Mention, text: String, sentence: Int) {
        guard m.code != "---" || m.role != nil, m.kind != .weapon else { return }
        let a = Antecedent(code: m.code, kind: m.kind, role: m.role ?? ActorCode.role(of: m.code), plural: m.plural,
                           isMission: m.isMission, sentence: sentence, text: text, governed: m.governedBy != Vocabulary.unknown)
        history.append(a)
        if firstSpeaker == nil, m.code != "---", m.kind != .victim, m.kind != .reference,
           a.role == "GOV" || m.kind == .actor(.country) {
            firstSpeaker = a
        }
    }

    /// "The two sides": the two countries named most in this sentence and the three before — as subjects and
    /// objects twice as much as after a preposition ("mediated by the UAE"), the latest first on
    /// a tie — each as its latest actor, in the order the story introduced them. Civilians,
    /// refugees and other victims take no side.
    func twoSides(before sentence: Int) -> (Antecedent, Antecedent)? {
        var counts: [String: Int] = [:]
        var latest: [String: Antecedent] = [:]
        var recency: [String: Int] = [:]
        for (i, a) in history.enumerated().reversed() {
            if sentence - a.sentence > 3 { break }
            guard a.code != "---", a.kind != .victim, let country = ActorCode.country(of: a.code),
                  !["CVL", "REF"].contains(ActorCode.role(of: a.code) ?? "") else { continue }
            counts[country, default: 0] += a.governed ? 1 : 2
            if latest[country] == nil { latest[country] = a; recency[country] = i }
        }
        let ranked = counts.keys.sorted { counts[$0]! != counts[$1]! ? counts[$0]! > counts[$1]! : recency[$0]! > recency[$1]! }
        guard ranked.count >= 2, let a = latest[ranked[0]], let b = latest[ranked[1]] else { return nil }
        func introduced(_ country: String) -> Int { history.firstIndex { ActorCode.country(of: $0.code) == country } ?? 0 }
        return introduced(ranked[0]) <= introduced(ranked[1]) ? (a, b) : (b, a)
    }

    /// The most recent antecedent satisfying `accept`, looking back at most `window` sentences.
    func latest(before sentence: Int, window: Int = 4, _ accept: (Antecedent) -> Bool) -> Antecedent? {
        for a in history.reversed() {
            if sentence - a.sentence > window { return nil }
            if a.code != "---", accept(a) { return a }
        }
        return nil
    }
}
