/// A word or punctuation mark, located by byte offsets in its document's text.
public struct Token: Sendable {
    /// Byte range in the document text.
    public var start: Int
    public var end: Int
    /// The normalised, lower-cased spelling's id in the coder's vocabulary; `Vocabulary.unknown`
    /// for words no dictionary uses.
    public var word: Int32
    public var kind: Kind
    public var flags: Flags

    public enum Kind: UInt8, Sendable {
        case word, number, punctuation
    }

    public struct Flags: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// Starts with a capital letter.
        public static let capitalized = Flags(rawValue: 1)
        /// Has two or more letters, all capitals (`US`, `PKK`).
        public static let allCaps = Flags(rawValue: 2)
        /// A line break stands between this token and the previous one.
        public static let lineBreakBefore = Flags(rawValue: 4)
        /// A blank line stands between this token and the previous one.
        public static let paragraphBefore = Flags(rawValue: 8)
        /// Ends in a period that belongs to the word (`U.S.`, `Gen.`).
        public static let abbreviation = Flags(rawValue: 16)
        /// No space stands between this token and the previous one.
        public static let attached = Flags(rawValue: 32)
    }
}
