extension ClauseReader {
    /// Stretches of the sentence whose time expressions date only what happens inside them.
    ///
    /// "Capt. Traoré, who seized power in September 2022, has vowed…": the vow is not from
    /// 2022. The same holds for relative clauses without commas ("the ceasefire that took
    /// effect in late November"), for "since" phrases ("have attacked 50 ships since late last
    /// year": where a span starts, not when the event happened) and for the grounds of an
    /// accusation or a reason given by a gerund ("accused him … by calling Taiwan a country in
    /// a speech last month"). Each stretch runs to the next comma, semicolon or dash.
    func backgroundSpans() -> [Range<Int>] {
        var spans: [Range<Int>] = []
        let lower = sentence.lowerBound, upper = sentence.upperBound
        var j = lower
        while j < upper {
            if opensBackground(at: j) {
                var end = j + 1
                while end < upper {
                    let w = tokens[end].word
                    if w == classes.comma || w == classes.semicolon || (w == classes.dash && !tokens[end].flags.contains(.attached)) { break }
                    end += 1
                }
                spans.append(j..<end)
            }
            j += 1
        }
        return spans
    }

    private func opensBackground(at j: Int) -> Bool {
        let w = tokens[j].word
        let next = j + 1 < sentence.upperBound ? tokens[j + 1].word : Vocabulary.unknown
        if w == classes.since { return true }
        if w == classes.by || w == classes.of || w == classes.for_ { return classes[next].contains(.gerund) && !verbWords.contains(j + 1) }
        let isRelative = classes[w].contains(.relative) || w == classes.where_ || w == classes.when
        guard isRelative, j > sentence.lowerBound else { return false }
        let before = tokens[j - 1].word
        if before == classes.comma { return w != classes.that }
        // Without a comma, "when" and "where" share the main clause's time.
        if w == classes.when || w == classes.where_ { return false }
        // "warned that…": what was said, not a relative clause.
        if classes[before].contains(.verbForm) || classes[before].contains(.preposition) { return false }
        // "said the destroyer shot down drones and that aircraft struck…": a second reported clause.
        if before == classes.and || before == classes.or { return false }
        // "said on Monday that…", "said in a statement on Monday that…": what was said, not a
        // relative clause — a reporting verb before it, with no comma between.
        var k = j - 1
        while k >= sentence.lowerBound, tokens[k].word != classes.comma {
            if reportWords.contains(k) { return false }
            k -= 1
        }
        return true
    }
}
