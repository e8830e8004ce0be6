/// Splits UTF-8 text into word, number and punctuation tokens with byte offsets.
///
/// The tokenizer never builds `Character`s: it walks bytes with a class table. Hyphens split
/// words ("Arabia-led" → `Arabia` `-` `led`, so "Saudi Arabia" can be found) and are marked
/// `attached`; a possessive `'s` and a negating `n't` are tokens of their own; periods stay
/// inside decimals (`1.5km`), dotted abbreviations (`U.S.`) and known short forms (`Gen.`).
public struct Tokenizer: Sendable {
    /// Short forms whose period belongs to the word, lower-cased without the period.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr",
        "brig", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "st", "jr", "sr", "inc", "corp",
        "ltd", "co", "vs", "etc", "dept", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "no", "nos", "mt", "ft", "fig", "al", "lieut", "gens", "sens", "reps",
    ]

    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Tokens of `text`; `keys` receives each token's normalised spelling when non-nil
    /// (the dictionaries use that to intern their own words).
    public func tokenize(_ text: UnsafeBufferPointer<UInt8>, keys: ((Token, String) -> Void)? = nil) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var scratch = [UInt8]()
        scratch.reserveCapacity(64)
        var i = 0
        var newlines = 0
        var spaced = true
        let n = text.count
        let table = ByteClass.table

        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, _ extraFlags: Token.Flags = []) {
            var flags = extraFlags
            if newlines >= 2 { flags.insert(.paragraphBefore) }
            if newlines >= 1 { flags.insert(.lineBreakBefore) }
            if !spaced { flags.insert(.attached) }
            scratch.removeAll(keepingCapacity: true)
            var letters = 0, uppers = 0
            var j = start
            while j < end {
                if let special = SpecialSequence.at(j, in: text) {
                    scratch.append(special.ascii)
                    j += special.length
                    continue
                }
                let b = text[j]
                switch table[Int(b)] {
                case .upper:
                    letters += 1; uppers += 1
                    scratch.append(b | 0x20)
                case .letter:
                    if b < 0x80 { letters += 1 }
                    scratch.append(b)
                default: scratch.append(b)
                }
                j += 1
            }
            if kind == .word {
                let first = text[start]
                if table[Int(first)] == .upper { flags.insert(.capitalized) }
                if letters >= 2 && uppers == letters { flags.insert(.allCaps) }
            }
            let id = scratch.withUnsafeBufferPointer { vocabulary.id(of: $0) }
            let token = Token(start: start, end: end, word: id, kind: kind, flags: flags)
            tokens.append(token)
            if let keys { keys(token, String(decoding: scratch, as: UTF8.self)) }
            newlines = 0
            spaced = false
        }

        while i < n {
            if let special = SpecialSequence.at(i, in: text) {
                if special.ascii == UInt8(ascii: " ") {
                    spaced = true
                    i += special.length
                } else if special.ascii == UInt8(ascii: "'"), isPossessiveS(at: i + special.length, in: text) {
                    emit(i, i + special.length + 1, .word)   // Iraq’s → Iraq ’s
                    i += special.length + 1
                } else {
                    emit(i, i + special.length, .punctuation)
                    i += special.length
                }
                continue
            }
            let b = text[i]
            switch table[Int(b)] {
            case .space, .other:
                spaced = true
                i += 1
            case .newline:
                newlines += 1
                spaced = true
                i += 1
            case .punctuation:
                if b == UInt8(ascii: "."), i + 2 < n, text[i + 1] == b, text[i + 2] == b {
                    emit(i, i + 3, .punctuation)
                    i += 3
                } else if b == UInt8(ascii: "'"), i + 1 < n, isPossessiveS(at: i + 1, in: text) {
                    emit(i, i + 2, .word)
                    i += 2
                } else {
                    emit(i, i + 1, .punctuation)
                    i += 1
                }
            case .letter, .upper, .digit:
                i = scanWord(from: i, in: text, emit: emit)
            }
        }
        return tokens
    }

    /// True when an `s` at `i` ends a word (the `s` of a possessive `'s`).
    @inline(__always)
    private func isPossessiveS(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i < text.count, text[i] == UInt8(ascii: "s") || text[i] == UInt8(ascii: "S") else { return false }
        return i + 1 >= text.count || !isWordByte(at: i + 1, in: text)
    }

    @inline(__always)
    private func isWordByte(at i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        if SpecialSequence.at(i, in: text) != nil { return false }
        switch ByteClass.table[Int(text[i])] {
        case .letter, .upper, .digit: return true
        default: return false
        }
    }

    @inline(__always)
    private func tokenContinuesWord(after i: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        i < text.count && isWordByte(at: i, in: text) && !isPossessiveS(at: i, in: text)
    }

    /// Scans one word or number starting at `start`, emits it (and a split-off `'s` or `n't`),
    /// and returns the index after it.
    private func scanWord(from start: Int, in text: UnsafeBufferPointer<UInt8>,
                          emit: (Int, Int, Token.Kind, Token.Flags) -> Void) -> Int {
        let n = text.count
        let table = ByteClass.table
        var i = start
        var segmentLength = 0      // letters since the word start or the last period
        var dottedLetters = true   // every segment so far is one letter (U.S.)
        var hasDot = false
        let isNumber = table[Int(text[start])] == .digit
        while i < n {
            if let special = SpecialSequence.at(i, in: text) {
                // A curly apostrophe inside a word continues it, unless it opens 's or n't.
                if special.ascii == UInt8(ascii: "'"), tokenContinuesWord(after: i + special.length, in: text), i > start,
                   !(text[i + special.length] | 0x20 == UInt8(ascii: "t") && text[i - 1] | 0x20 == UInt8(ascii: "n")) {
                    i += special.length
                    segmentLength += 1
                    dottedLetters = false
                    continue
                }
                break
            }
            let b = text[i]
            let cls = table[Int(b)]
            if cls == .letter || cls == .upper || cls == .digit {
                i += 1
                segmentLength += 1
                continue
            }
            if b == UInt8(ascii: "."), i + 1 < n {
                let next = table[Int(text[i + 1])]
                let prevDigit = table[Int(text[i - 1])] == .digit
                if prevDigit && next == .digit {
                    i += 1; segmentLength += 1; continue          // 1.5
                }
                if segmentLength == 1 && (next == .letter || next == .upper) && !isNumber {
                    hasDot = true; i += 1; segmentLength = 0; continue  // U.S
                }
                break
            }
            if b == UInt8(ascii: ","), isNumber, i + 3 < n,
               table[Int(text[i + 1])] == .digit, table[Int(text[i + 2])] == .digit, table[Int(text[i + 3])] == .digit,
               i + 4 >= n || table[Int(text[i + 4])] != .digit {
                i += 1; continue                                 // 1,100
            }
            if b == UInt8(ascii: "'"), tokenContinuesWord(after: i + 1, in: text), i > start {
                // "Shi'ite", "Qur'an" — but not "didn't" (split below) or "Iraq's".
                if !(text[i + 1] | 0x20 == UInt8(ascii: "t") && text[i - 1] | 0x20 == UInt8(ascii: "n")) {
                    i += 1; segmentLength += 1; dottedLetters = false; continue
                }
            }
            break
        }
        if segmentLength != 1 { dottedLetters = false }
        var end = i
        var flags: Token.Flags = []
        // A trailing period belongs to dotted abbreviations, initials and known short forms.
        if end < n, text[end] == UInt8(ascii: "."), !isNumber {
            let wordLength = end - start
            if (hasDot && dottedLetters) || (wordLength == 1 && table[Int(text[start])] == .upper) {
                end += 1; flags.insert(.abbreviation)
            } else if wordLength <= 5 {
                let lower = lowercasedSpelling(text, start..<end)
                if Tokenizer.abbreviations.contains(lower), !(lower == "no" && !(end + 2 < n && table[Int(text[end + 2])] == .digit)) {
                    end += 1; flags.insert(.abbreviation)
                }
            }
        }
        // Split a negating n't: "didn't" → "did" "n't" (straight or curly apostrophe).
        if !flags.contains(.abbreviation), end > start + 1, end < n, text[end - 1] | 0x20 == UInt8(ascii: "n") {
            let apostrophe = SpecialSequence.at(end, in: text)?.ascii == UInt8(ascii: "'") ? 3 : (text[end] == UInt8(ascii: "'") ? 1 : 0)
            let t = end + apostrophe
            if apostrophe > 0, t < n, text[t] | 0x20 == UInt8(ascii: "t"), t + 1 >= n || !isWordByte(at: t + 1, in: text) {
                emit(start, end - 1, isNumber ? .number : .word, [])
                emit(end - 1, t + 1, .word, [])
                return t + 1
            }
        }
        emit(start, end, isNumber ? .number : .word, flags)
        return end
    }
}
