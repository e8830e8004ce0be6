/// Why the coder did what it did with one sentence: `casus explain` prints this.
public struct SentenceExplanation: Sendable {
    public struct MentionNote: Sendable {
        public var text: String
        public var code: String
        public var why: String
    }

    public struct TriggerNote: Sendable {
        public var words: String
        public var pattern: String
        public var code: String
        public var origin: String
        /// What became of it: an event, or why not.
        public var outcome: String
    }

    public var index: Int
    public var sentence: String
    public var mentions: [MentionNote] = []
    public var triggers: [TriggerNote] = []
    /// By event id: how its date and toll were read from this sentence.
    public var eventNotes: [String: [String]] = [:]
}

/// What the passes over the whole story did to an event after its sentence was coded: where
/// it was placed and why, a toll or place taken from a retelling, a headline dated by its lead.
/// Keyed by event id; filled only when coding with `explain: true`.
public typealias StoryNotes = [String: [String]]
