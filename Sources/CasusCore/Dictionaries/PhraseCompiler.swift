/// Turns dictionary text into `Phrase`s, growing the vocabulary as it goes.
///
/// Phrases are tokenized by the same `Tokenizer` as news text, so "al-Shabaab", "U.S." and
/// "Côte d'Ivoire" split the same way in both and match token for token.
struct PhraseCompiler {
    var vocabulary = Vocabulary()

    mutating func compile(_ text: String) -> Phrase {
        let tokenizer = Tokenizer(vocabulary: Vocabulary())
        var pairs: [(Token, String)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { view in
            _ = tokenizer.tokenize(view) { token, key in pairs.append((token, key)) }
        }
        let words = pairs.map { token, key in
            let capital = token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
            let allCaps = token.flags.contains(.allCaps) && token.end - token.start <= 5
            return Phrase.Word(id: vocabulary.intern(key), needsCapital: capital || (token.flags.contains(.allCaps) && !allCaps),
                               needsAllCaps: allCaps)
        }
        return Phrase(words: words)
    }

    /// The id of a single normalised word, interning it.
    mutating func id(_ word: String) -> Int32 { vocabulary.intern(word) }
}
