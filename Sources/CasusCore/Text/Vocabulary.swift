/// Interns the lower-cased spellings that dictionaries use, so the coder compares integers.
///
/// Words of the text that no dictionary mentions get `unknown`; the coder never needs to tell
/// two such words apart.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1
    /// Ids by spelling, looked up from the tokenizer's bytes without building a `String`.
    private var table = ByteStringTable(capacity: 1 << 16, averageLength: 8)
    private(set) var words: [String] = []

    public init() {}

    /// The id of `word` (already normalised), adding it when new.
    public mutating func intern(_ word: String) -> Int32 {
        var bytes = Array(word.utf8)
        let (id, isNew) = bytes.withUnsafeMutableBufferPointer { table.intern(UnsafeBufferPointer($0)) }
        if isNew { words.append(word) }
        return id
    }

    public func id(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { table.id(of: $0) } ?? Vocabulary.unknown
    }

    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        table.id(of: bytes) ?? Vocabulary.unknown
    }

    public func word(_ id: Int32) -> String { id >= 0 && Int(id) < words.count ? words[Int(id)] : "" }

    public var count: Int { words.count }
}
