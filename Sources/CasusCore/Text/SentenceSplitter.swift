/// A sentence: a run of tokens, and where it stands in the document.
public struct SentenceSpan: Sendable {
    /// Token range in the document's token array.
    public var tokens: Range<Int>
    /// Byte range in the document text.
    public var bytes: Range<Int>
    /// 0-based paragraph number.
    public var paragraph: Int
}

/// Finds sentence boundaries in a token stream.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes or brackets after
/// it) when the next token starts a sentence: a capital, a digit or an opening quote. It does
/// not end after abbreviations (`Gen.`, `Jan.`), initials or decimals, which the tokenizer keeps
/// inside their words — except that a dotted abbreviation (`U.S.`) followed by a word that
/// typically opens a sentence ("The", "He") does end one. A blank line always ends a sentence,
/// and so does a line break after a short line without final punctuation (a headline, or a
/// dateline line).
public struct SentenceSplitter: Sendable {
    /// Words that typically open a sentence; after `U.S.` they mark the period as final.
    static let openers: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "in", "on", "this", "that",
        "there", "his", "her", "their", "its", "meanwhile", "however", "and", "officials", "at",
        "after", "last", "on", "some", "many", "both", "no", "earlier", "later",
    ]

    public init() {}

    public func split(_ tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        var spans: [SentenceSpan] = []
        var start = 0
        var paragraph = 0
        var lineStart = 0
        var i = 0
        func close(_ end: Int) {
            guard end > start else { return }
            spans.append(SentenceSpan(tokens: start..<end, bytes: tokens[start].start..<tokens[end - 1].end, paragraph: paragraph))
            start = end
        }
        while i < tokens.count {
            let t = tokens[i]
            if i > start, t.flags.contains(.paragraphBefore) {
                close(i)
            } else if i > start, t.flags.contains(.lineBreakBefore), lineStart == start, i - start <= 14,
                      !endsClause(tokens[i - 1], text), startsSentence(t, text),
                      start == 0 || titleCased(tokens[start..<i]) {
                close(i)   // a headline: a short line of its own, without final punctuation
            }
            if t.flags.contains(.paragraphBefore), i > 0 { paragraph += 1 }
            if t.flags.contains(.lineBreakBefore) { lineStart = i }

            if isTerminal(t, text) || t.flags.contains(.abbreviation) {
                var end = i + 1
                while end < tokens.count, isCloser(tokens[end], text), !tokens[end].flags.contains(.lineBreakBefore) { end += 1 }
                if end >= tokens.count {
                    close(end); i = end; continue
                }
                let next = tokens[end]
                var final = startsSentence(next, text) || next.flags.contains(.paragraphBefore)
                if t.flags.contains(.abbreviation), final, !next.flags.contains(.paragraphBefore) {
                    // "the U.S. Embassy" goes on; "in the U.S. The embassy…" ends.
                    final = isDotted(t, text) && isOpener(next, text)
                }
                if final { close(end); i = end; continue }
            }
            i += 1
        }
        close(tokens.count)
        return spans.flatMap { capped($0, tokens, text) }
    }

    /// Longest sentence the coder reads whole; text without sentence ends (a dump, a 50 MB line)
    /// is cut into pieces of this size, at a comma or semicolon where one is near, so one
    /// pathological "sentence" costs time in proportion to its length.
    public static let maxTokens = 160

    private func capped(_ span: SentenceSpan, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> [SentenceSpan] {
        guard span.tokens.count > Self.maxTokens else { return [span] }
        var pieces: [SentenceSpan] = []
        var start = span.tokens.lowerBound
        while start < span.tokens.upperBound {
            var end = min(start + Self.maxTokens, span.tokens.upperBound)
            if end < span.tokens.upperBound {
                // Prefer to cut after a comma or semicolon in the piece's last quarter.
                var j = end - 1
                while j > start + Self.maxTokens * 3 / 4 {
                    let b = text[tokens[j].start]
                    if tokens[j].kind == .punctuation, b == UInt8(ascii: ",") || b == UInt8(ascii: ";") { end = j + 1; break }
                    j -= 1
                }
            }
            pieces.append(SentenceSpan(tokens: start..<end, bytes: tokens[start].start..<tokens[end - 1].end, paragraph: span.paragraph))
            start = end
        }
        return pieces
    }

    private func isTerminal(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.kind == .punctuation else { return false }
        let b = text[t.start]
        if t.end - t.start == 1 { return b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") }
        return SpecialSequence.at(t.start, in: text)?.ascii == UInt8(ascii: ".") || (t.end - t.start == 3 && b == UInt8(ascii: "."))
    }

    private func isCloser(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.kind == .punctuation else { return false }
        let ascii = SpecialSequence.at(t.start, in: text)?.ascii ?? text[t.start]
        if ascii == UInt8(ascii: ")") || ascii == UInt8(ascii: "]") { return true }
        // A quote right after the period (no space before it) closes the sentence.
        return (ascii == UInt8(ascii: "\"") || ascii == UInt8(ascii: "'")) && t.flags.contains(.attached)
    }

    private func startsSentence(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if t.flags.contains(.capitalized) || t.kind == .number { return true }
        if t.kind == .punctuation {
            let ascii = SpecialSequence.at(t.start, in: text)?.ascii ?? text[t.start]
            return ascii == UInt8(ascii: "\"") || ascii == UInt8(ascii: "'") || ascii == UInt8(ascii: "(") || ascii == UInt8(ascii: "[")
        }
        // Non-ASCII capitals ("Élysée") are not flagged; treat any non-ASCII start as a capital.
        return text[t.start] >= 0xC3
    }

    private func titleCased(_ line: ArraySlice<Token>) -> Bool {
        let words = line.filter { $0.kind == .word }
        return !words.isEmpty && words.filter { $0.flags.contains(.capitalized) }.count * 2 >= words.count
    }

    private func endsClause(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.kind == .punctuation else { return false }
        let b = SpecialSequence.at(t.start, in: text)?.ascii ?? text[t.start]
        return b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
    }

    private func isDotted(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var dots = 0
        for j in t.start..<t.end where text[j] == UInt8(ascii: ".") { dots += 1 }
        return dots >= 2
    }

    private func isOpener(_ t: Token, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.flags.contains(.capitalized), t.end - t.start <= 10 else { return false }
        return SentenceSplitter.openers.contains(lowercasedSpelling(text, t.start..<t.end))
    }
}
