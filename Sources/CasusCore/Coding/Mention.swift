/// A span of a sentence that names an actor — or a weapon or victim standing where one would.
struct Mention: Sendable {
    enum Kind: Sendable, Equatable {
        /// A dictionary actor (country, organisation, person), possibly with a role word.
        case actor(ActorKind)
        /// A role word alone ("the militants"); its country came from context, if at all.
        case agent
        /// A pronoun or definite description resolved to an earlier actor.
        case reference
        /// A weapon: not an actor; the attacker behind it is unknown.
        case weapon
        /// A place or gathering that suffers an event ("a village"): that country's civilians.
        case victim
    }

    /// Token range in the document's tokens.
    var start: Int
    var end: Int
    var kind: Kind
    /// The CAMEO actor code, or `---`.
    var code: String
    /// True when the code came from context (a pronoun's antecedent, the document's focus).
    var inferred: Bool = false
    /// Plural or a group, for "they".
    var plural: Bool = false
    /// Mentions joined by "and" or commas share a group number ("Pompeo and Bolton").
    var group: Int = -1
    /// Stands after a preposition: a place or an oblique, not a subject.
    var governedBy: Int32 = Vocabulary.unknown
    /// Why this code: dictionary entries and rules, for `casus explain`.
    var why: String
    /// Is a mission noun ("embassy"): belongs to its owner, not its host country.
    var isMission: Bool = false
    /// The role code a bare agent or reference carries (`REB` for "the militants").
    var role: String? = nil

    var country: String? { ActorCode.country(of: code) }
    var isActor: Bool { kind != .weapon }
}

extension [Mention] {
    /// "Yemen's Houthi rebels": the coded actor the mention at `k` owns — after its possessive
    /// and at most two plain words — or nil: "Israel's war in Gaza" owns no actor, and a weapon
    /// is no actor. In "Yemen's Iran-backed Houthi rebels" Iran only describes the rebels.
    func possessed(by k: Int, _ tokens: [Token], _ classes: WordClasses, within range: Range<Int>) -> Int? {
        let owner = self[k]
        guard owner.end + 1 < range.upperBound, tokens[owner.end].word == classes.possessive, k + 1 < count else { return nil }
        func hyphenAfter(_ m: Mention) -> Bool {
            m.end < range.upperBound && tokens[m.end].word == classes.dash && tokens[m.end].flags.contains(.attached)
        }
        var n = k + 1
        if hyphenAfter(self[n]) {
            guard n + 1 < count, self[n + 1].start == self[n].end + 2 else { return nil }
            n += 1
        }
        let next = self[n]
        guard next.start > owner.end, next.start - owner.end <= 5, next.code != "---", next.kind != .weapon, !hyphenAfter(next) else { return nil }
        for j in (owner.end + 1)..<next.start where !(tokens[j].word == classes.dash && tokens[j].flags.contains(.attached))
            && (tokens[j].kind != .word || !classes[tokens[j].word].intersection([.preposition, .conjunction, .relative, .subordinator]).isEmpty) {
            return nil
        }
        return n
    }
}
