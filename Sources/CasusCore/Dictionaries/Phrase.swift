/// A dictionary phrase compiled to vocabulary ids, with the capitalisation the text must show.
public struct Phrase: Sendable, Hashable {
    public struct Word: Sendable, Hashable {
        public var id: Int32
        /// Written with a capital: the text needs one too ("Turkey" is not "turkey").
        public var needsCapital: Bool
        /// Written all in capitals: the text must be too ("US" is not "us").
        public var needsAllCaps: Bool
    }

    public var words: [Word]

    @inline(__always)
    func accepts(_ token: Token, at index: Int) -> Bool {
        let w = words[index]
        if w.needsAllCaps { return token.flags.contains(.allCaps) || token.flags.contains(.abbreviation) }
        if w.needsCapital { return token.flags.contains(.capitalized) || token.flags.contains(.allCaps) }
        return true
    }
}

/// Finds the longest dictionary phrase starting at a token: the matcher every name
/// dictionary (actors, agents) shares.
public struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirstWord: [Int32: [(phrase: Phrase, values: [Value])]] = [:]

    public init() {}

    /// Adds `value` under `phrase`; `replacing` drops what the phrase held before (user
    /// dictionaries override ours name by name).
    public mutating func add(_ phrase: Phrase, _ value: Value, replacing: Bool = false) {
        guard let first = phrase.words.first?.id else { return }
        var list = byFirstWord[first, default: []]
        if let i = list.firstIndex(where: { $0.phrase == phrase }) {
            if replacing { list[i].values = [value] } else { list[i].values.append(value) }
        } else {
            list.append((phrase, [value]))
            list.sort { $0.phrase.words.count > $1.phrase.words.count }
        }
        byFirstWord[first] = list
    }

    public func values(for phrase: Phrase) -> [Value] {
        guard let first = phrase.words.first?.id else { return [] }
        return byFirstWord[first]?.first(where: { $0.phrase == phrase })?.values ?? []
    }

    /// The longest phrase that starts at `start` and ends before `limit`: its length in tokens
    /// and its values.
    @inline(__always)
    public func longestMatch(in tokens: [Token], at start: Int, limit: Int) -> (length: Int, values: [Value])? {
        guard let candidates = byFirstWord[tokens[start].word] else { return nil }
        for (phrase, values) in candidates {
            let n = phrase.words.count
            guard start + n <= limit else { continue }
            var ok = true
            for k in 0..<n where tokens[start + k].word != phrase.words[k].id || !phrase.accepts(tokens[start + k], at: k) {
                ok = false
                break
            }
            if ok { return (n, values) }
        }
        return nil
    }

    public var count: Int { byFirstWord.values.reduce(0) { $0 + $1.count } }
}
