/// When a sentence says its acts happened: the tense they are told in, and which stretch of the
/// sentence a time expression belongs to.
extension EventCoder {
    /// The tense an event is told in: its verb's, or for a noun the sentence's first verb's.
    func tense(of trigger: Trigger, pattern: VerbPattern, range: Range<Int>, tokens: [Token], verbWords: Set<Int>) -> DateResolver.Tense {
        var verb = trigger.start
        func finite(_ j: Int) -> Bool {
            let c = classes[tokens[j].word]
            return (verbWords.contains(j) && !c.contains(.gerund)) || c.contains(.finite) || c.contains(.auxiliary)
        }
        if pattern.isNoun || classes[tokens[verb].word].contains(.gerund) {
            // "responded by closing": the tense is the governing verb's.
            guard let v = (range.lowerBound..<trigger.start).reversed().first(where: finite) ?? range.first(where: finite) else { return .other }
            verb = v
        }
        var j = verb - 1
        while j >= range.lowerBound, j >= verb - 3 {
            let c = classes[tokens[j].word]
            if c.contains(.have) { return .perfect }
            if c.contains(.modal) { return .other }
            if c.contains(.be) || c.contains(.doForm) {
                let w = tokens[j].word
                let past = ["was", "were", "did"].contains(dictionaries.vocabulary.word(w))
                return past ? .simplePast : .present
            }
            if tokens[j].kind == .punctuation { break }
            j -= 1
        }
        let c = classes[tokens[verb].word]
        if c.contains(.have) { return .perfect }
        return c.contains(.pastForm) ? .simplePast : .present
    }

    /// The smallest background stretch holding `position`, or nil in the main clauses.
    func innermost(_ spans: [Range<Int>], _ position: Int) -> Range<Int>? {
        spans.filter { $0.contains(position) }.min { $0.count < $1.count }
    }
}
