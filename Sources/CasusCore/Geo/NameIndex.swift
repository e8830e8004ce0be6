/// Place names (as keys from `PlaceKeyBuilder`) to the gazetteer entries they may stand for.
///
/// Postings are kept in one array as linked lists, one per key, so the hundreds of thousands
/// of names need no per-key arrays.
struct NameIndex: Sendable {
    struct Posting: Sendable {
        var entry: Int32
        var flags: UInt8
        var next: Int32
    }
    /// The name is an alternate of the entry (or a news alias), not its primary name.
    static let alternate: UInt8 = 1
    /// The name is written in capitals ("US", "UAE") and matches only capitals in the text.
    static let capitalsOnly: UInt8 = 2

    private(set) var keys: ByteStringTable
    private var first: [Int32] = []
    private var postings: [Posting] = []
    /// The most words any key has, so a matcher knows when to stop extending.
    private(set) var longestKeyWords = 0
    /// First words of the keys, when tracked: a run that starts with no such word names nothing,
    /// so the matcher need not build its keys.
    private(set) var firstWords: ByteStringTable?

    init(capacity: Int = 16, tracksFirstWords: Bool = false) {
        keys = ByteStringTable(capacity: capacity, averageLength: 10)
        if tracksFirstWords { firstWords = ByteStringTable(capacity: capacity, averageLength: 8) }
        first.reserveCapacity(capacity)
        postings.reserveCapacity(capacity)
    }

    var isEmpty: Bool { postings.isEmpty }

    /// Records that `key` names `entry`; a repeated (key, entry) pair keeps the stronger flags
    /// (a primary name beats an alternate spelling of it).
    mutating func add(_ key: UnsafeBufferPointer<UInt8>, entry: Int32, flags: UInt8) {
        guard !key.isEmpty else { return }
        let (id, isNew) = keys.intern(key)
        if isNew, firstWords != nil {
            let end = key.firstIndex(of: UInt8(ascii: " ")) ?? key.count
            _ = firstWords!.intern(UnsafeBufferPointer(rebasing: key[0..<end]))
        }
        if isNew {
            first.append(-1)
            var words = 1
            for b in key where b == UInt8(ascii: " ") { words += 1 }
            longestKeyWords = max(longestKeyWords, words)
        }
        var p = first[Int(id)]
        while p >= 0 {
            if postings[Int(p)].entry == entry {
                postings[Int(p)].flags &= flags
                return
            }
            p = postings[Int(p)].next
        }
        postings.append(Posting(entry: entry, flags: flags, next: first[Int(id)]))
        first[Int(id)] = Int32(postings.count - 1)
    }

    mutating func add(_ key: [UInt8], entry: Int32, flags: UInt8) {
        key.withUnsafeBufferPointer { add($0, entry: entry, flags: flags) }
    }

    func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? { keys.id(of: bytes) }

    /// Whether some key may start with this word (always true when first words are not tracked).
    func mayStart(with word: ArraySlice<UInt8>) -> Bool {
        guard let firstWords else { return true }
        return word.withUnsafeBufferPointer { firstWords.id(of: $0) != nil }
    }

    /// The entries a key names, in the order they were added.
    func postings(of key: Int32) -> [Posting] {
        var out: [Posting] = []
        var p = first[Int(key)]
        while p >= 0 {
            out.append(postings[Int(p)])
            p = postings[Int(p)].next
        }
        return out.reversed()
    }
}
