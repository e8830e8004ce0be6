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
}
