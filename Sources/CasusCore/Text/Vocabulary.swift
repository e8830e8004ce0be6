/// Interns the lower-cased spellings that dictionaries use, so the coder compares integers.
///
/// Words of the text that no dictionary mentions get `unknown`; the coder never needs to tell
/// two such words apart.
public struct Vocabulary: Sendable {
    public static let unknown: Int32 = -1
    private var ids: [String: Int32] = [:]
    private(set) var words: [String] = []

    public init() {}

    /// The id of `word` (already normalised), adding it when new.
    public mutating func intern(_ word: String) -> Int32 {
        if let id = ids[word] { return id }
        let id = Int32(words.count)
        ids[word] = id
        words.append(word)
        return id
    }

    public func id(of word: String) -> Int32 { ids[word] ?? Vocabulary.unknown }

    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        ids[String(decoding: bytes, as: UTF8.self)] ?? Vocabulary.unknown
    }

    public func word(_ id: Int32) -> String { id >= 0 && Int(id) < words.count ? words[Int(id)] : "" }

    public var count: Int { words.count }
}
