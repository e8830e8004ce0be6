/// The passes that read a story as a whole once its sentences are coded: tolls told after
/// their act, acts told twice, headlines that tell the lead's news.
extension EventCoder {
    /// "At least nine fighters were killed in the clashes": the toll of the violent act told in
    /// the two sentences before, when that act has no toll of its own yet.
    func attachCasualties(_ counts: CasualtyReader.Counts, sentence: Int, to events: inout [Event], spans: [SentenceSpan],
                          notes: inout StoryNotes?) {
        // Events are in sentence order: walk back over the last two sentences only.
        var k = events.count - 1
        while k >= 0, sentence - events[k].sentenceIndex <= 2, !["18", "19", "20"].contains(events[k].root) { k -= 1 }
        guard k >= 0, sentence - events[k].sentenceIndex <= 2, spans[events[k].sentenceIndex].paragraph == spans[sentence].paragraph else { return }
        let toll = events[k].sentenceIndex
        var j = k
        while j >= 0, events[j].sentenceIndex == toll { j -= 1 }
        for j in (j + 1)...k where ["18", "19", "20"].contains(events[j].root) {
            if events[j].fatalities == nil { events[j].fatalities = counts.fatalities }
            if events[j].injuries == nil { events[j].injuries = counts.injuries }
            notes?[events[j].id, default: []].append("toll: told in sentence \(sentence), after the act")
        }
    }

    /// "A rocket landed inside the Green Zone… The rocket landed 1.5km from the embassy and
    /// caused no injuries": the same act told again a sentence or two later is one event. The
    /// first telling is kept (a headline yields to the lead) and takes what the retelling adds:
    /// the toll, a place, a date the text gives where the first had only its tense's. Acts
    /// told with "also", "again", "another" or on another day the text names are new.
    func foldRestatements(_ events: inout [Event], lead: Int, datedInText: Set<String>, notes: inout StoryNotes?) {
        guard events.count > 1 else { return }
        var folded: [Event] = []
        folded.reserveCapacity(events.count)
        for later in events {
            // Only the two sentences before can hold the first telling: look back no further
            // (a huge document must not cost a scan of all its events per event).
            var j = folded.count - 1
            while j >= 0, later.sentenceIndex - folded[j].sentenceIndex <= 2, !isRestatement(later, of: folded[j], datedInText: datedInText) { j -= 1 }
            guard j >= 0, later.sentenceIndex - folded[j].sentenceIndex <= 2 else { folded.append(later); continue }
            let first = folded[j]
            var kept = first.sentenceIndex < lead ? later : first
            let other = first.sentenceIndex < lead ? first : later
            if !datedInText.contains(kept.id), datedInText.contains(other.id), kept.date != other.date {
                kept.date = other.date
                notes?[kept.id, default: []].append("when: the date its retelling in sentence \(other.sentenceIndex) gives")
            }
            if kept.fatalities == nil { kept.fatalities = other.fatalities }
            if kept.injuries == nil { kept.injuries = other.injuries }
            if kept.location == nil || (kept.location!.precision == .country && other.location.map { $0.precision != .country && $0.country == kept.location!.country } == true) {
                kept.location = other.location ?? kept.location
            }
            folded[j] = kept
            if notes != nil {
                let dropped = kept.id == first.id ? later : first
                notes![kept.id, default: []].append("told again in sentence \(dropped.sentenceIndex) (\"\(dropped.trigger)\"): one event, "
                                                    + "from sentence \(kept.sentenceIndex), with the toll and place either gives")
            }
        }
        events = folded
    }

    /// "Separately, a flood killed 20": a sentence that opens on a new matter.
    func startsNewAct(_ span: SentenceSpan, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let head = text[span.bytes.lowerBound..<min(span.bytes.upperBound, span.bytes.lowerBound + 24)].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return EventCoder.newActWords.contains { LandmarkDictionary.holds(head, $0) }
    }

    /// Words that tell a second act of the same kind: "also", "again", "another"…
    static let newActWords: [[UInt8]] = ["also", "again", "another", "second", "separately", "meanwhile", "elsewhere"].map { Array($0.utf8) }

    func isRestatement(_ later: Event, of earlier: Event, datedInText: Set<String>) -> Bool {
        guard later.sentenceIndex > earlier.sentenceIndex, later.sentenceIndex - earlier.sentenceIndex <= 2,
              later.cameo.prefix(3) == earlier.cameo.prefix(3),
              later.source?.code == earlier.source?.code, sameDay(later, earlier, datedInText),
              later.target?.code.prefix(3) == earlier.target?.code.prefix(3) else { return false }
        // The same kind of act in two towns far apart is two acts.
        if let a = later.location, let b = earlier.location, a.precision == .city || a.precision == .site,
           b.precision == .city || b.precision == .site,
           Geodesy.kilometres(a.latitude, a.longitude, b.latitude, b.longitude) > 25 {
            return false
        }
        let lowered = later.sentence.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        return !EventCoder.newActWords.contains { LandmarkDictionary.holds(lowered, $0) }
    }

    /// Whether two tellings can be of one day: the same date, or dates within a week of which
    /// only one was given by the text ("have attacked a village" is today's news by its tense;
    /// "attacked … before dawn Tuesday" says when) and no differing tolls.
    private func sameDay(_ a: Event, _ b: Event, _ datedInText: Set<String>) -> Bool {
        if a.date == b.date { return true }
        guard datedInText.contains(a.id) != datedInText.contains(b.id), let x = a.date.day, let y = b.date.day else { return false }
        // "Gunmen have killed 20 villagers… Last Friday, gunmen killed 12": other tolls, other acts.
        func differ(_ p: Int?, _ q: Int?) -> Bool { p != nil && q != nil && p != q }
        if differ(a.fatalities, b.fatalities) || differ(a.injuries, b.injuries) { return false }
        return abs(x.ordinal - y.ordinal) <= 7
    }

    /// "Jihadists Ambush Army Convoy": a headline tells the lead's news in the present tense;
    /// it happened when the story says the same act happened.
    func dateHeadlines(_ events: inout [Event], lead: Int, notes: inout StoryNotes?) {
        for k in events.indices where events[k].sentenceIndex < lead {
            let e = events[k]
            if let told = events.first(where: { $0.sentenceIndex >= lead && $0.root == e.root
                    && ($0.source?.code == e.source?.code || ($0.target != nil && $0.target?.code == e.target?.code)) }) {
                events[k].date = told.date
                notes?[e.id, default: []].append("when: a headline, dated as sentence \(told.sentenceIndex) tells the same act")
            }
        }
    }

    /// Whether a sentence ends as sentences do: with `.`, `!` or `?`, perhaps inside quotes or brackets.
    func endsSentence(_ span: SentenceSpan, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = span.tokens.upperBound - 1
        while j >= span.tokens.lowerBound {
            let b = text[tokens[j].start]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { return true }
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: ")") || b == UInt8(ascii: "'") || b == 0xE2 { j -= 1; continue }
            return false
        }
        return false
    }
}
