/// What passes between a story and the coding of one of its sentences: the time it carries in,
/// the candidates the sentence reads, and what it gives back.
extension EventCoder {
    /// The time expressions of a sentence, and the one carried from the sentence before.
    struct SentenceTime {
        var expressions: [DateResolver.Expression]
        var carried: DateResolver.Expression?
        /// The story's first full sentence, the lead: its news is the day's.
        var isLead = false
    }

    /// What coding one sentence gives the rest of the document.
    struct SentenceResult {
        var events: [Event]
        /// The time expression the story's next sentence may inherit.
        var carry: DateResolver.Expression?
        /// People killed or hurt in a sentence that codes no violent act of its own ("At least
        /// nine fighters were killed in the clashes"): they belong to an act told just before.
        var casualties: CasualtyReader.Counts?
        /// The events whose date the text gave (a time expression, a landmark, "two months
        /// after"), not the tense's default: a retelling with a date of its own corrects them.
        var datedInText: Set<String> = []
    }

    /// A candidate event before compounds are split and duplicates merged.
    struct Candidate {
        var trigger: Trigger
        var code: String
        var sources: [Int]
        var targets: [Int]
        var inferredTarget: Mention?
        var confidence: Double
        var negated: Bool
    }
}
