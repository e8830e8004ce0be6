/// What a sentence's words say beside its roles — land an actor holds, what an attack noun
/// names, the tense of a relative clause, a light verb before an event noun, a compound's
/// members — and how the candidate events of one sentence merge.
extension EventCoder {
    /// "in Houthi-controlled territory", "across rebel-held areas": the country of the actor
    /// holding the land, when it is named within a few words after the trigger. Only a
    /// non-state holder says where the land is: "Russian-controlled territory" lies in Ukraine.
    func heldLand(after end: Int, range: Range<Int>, tokens: [Token], mentions: [Mention],
                          text: UnsafeBufferPointer<UInt8>) -> String? {
        for m in mentions where m.start >= end && m.start - end <= 8 && m.end + 2 < range.upperBound {
            guard tokens[m.end].word == classes.dash, heldWords.contains(tokens[m.end + 1].word),
                  landWords.contains(tokens[m.end + 2].word) else { continue }
            let holder = ref(m, tokens, text)
            guard let role = holder.role, CodingWords.localRoles.contains(role), role != "MIL", role != "COP" else { continue }
            return holder.country
        }
        return nil
    }

    /// Keeps one event per root and actor pair in a sentence; an unknown or inferred actor
    /// yields to a known one ("airstrikes by the coalition… killing 15" is one attack).
    func merge(_ event: Event, into events: inout [Event], anchors: [String: EventAnchor], verbActs: Set<String>) {
        func compatible(_ a: ActorRef?, _ b: ActorRef?) -> Bool {
            guard let a, let b else { return true }
            return a.code == b.code || a.code == "---" || b.code == "---" || a.inferred || b.inferred
        }
        // Violence is one family (an airstrike that kills is one event); elsewhere the code must agree.
        func same(_ a: Event) -> Bool {
            if verbActs.contains(a.id), verbActs.contains(event.id), a.cameo.prefix(3) != event.cameo.prefix(3),
               anchors[a.id]?.trigger != anchors[event.id]?.trigger { return false }
            return ["18", "19", "20"].contains(event.root) ? a.root == event.root : a.cameo.prefix(3) == event.cameo.prefix(3)
        }
        // Two subjects named apart did two things ("the destroyer shot down drones and aircraft
        // struck radar sites"), even when they are one actor.
        func separateSubjects(_ a: Event) -> Bool {
            guard let p = anchors[a.id], let q = anchors[event.id], p.trigger != q.trigger,
                  let x = p.source, let y = q.source else { return false }
            return !x.overlaps(y)
        }
        if let k = events.firstIndex(where: { $0.sentenceIndex == event.sentenceIndex && same($0)
                && compatible($0.source, event.source) && compatible($0.target, event.target) && !separateSubjects($0) }) {
            let old = events[k]
            func score(_ e: Event) -> Int {
                (e.source?.code == "---" ? 0 : 2) + (e.target == nil || e.target!.inferred ? 0 : 1)
            }
            if score(event) > score(old) { events[k] = event }
            return
        }
        events.append(event)
    }

    /// What "the attack on the airport" says was attacked: the first word after "on", "against"
    /// or a place preposition right after the noun, past determiners; nil when it says no more.
    func attackedWord(in noun: Trigger, tokens: [Token], range: Range<Int>) -> Int32? {
        // The noun's pattern may hold the preposition itself ("attack on *").
        guard let on = (noun.start + 1..<min(range.upperBound, noun.end + 1)).first(where: {
            nounTargetWords.contains(tokens[$0].word) || classes[tokens[$0].word].contains(.locative)
        }) else { return nil }
        var j = on + 1
        let end = on
        while j < range.upperBound, j - end <= 3, classes[tokens[j].word].contains(.determiner) { j += 1 }
        guard j < range.upperBound, tokens[j].kind == .word else { return nil }
        return tokens[j].word
    }

    /// Whether the verb at `trigger` is told in the simple present, as the words between the
    /// relative pronoun at `r` and it show: "is", "are", "does" ("is supported"), else a
    /// third-person "-s" ("includes") or a base form that differs from its past ("suspect";
    /// "hit" could be either; "had been seized" is past, "has hosted" a perfect).
    func toldInPresent(_ trigger: Int, after r: Int, _ tokens: [Token]) -> Bool {
        // "who are attacking ships": a progressive tells an act going on, not a description.
        if classes[tokens[trigger].word].contains(.gerund) { return false }
        for j in (r + 1)..<trigger {
            let c = classes[tokens[j].word]
            if c.contains(.modal) { return false }
            if !c.intersection([.be, .have, .doForm]).isEmpty { return presentAuxiliaries.contains(tokens[j].word) }
        }
        let c = classes[tokens[trigger].word]
        if c.contains(.gerund) || c.contains(.pastForm) { return false }
        if c.contains(.finite) { return true }
        return c.contains(.baseForm) && !c.contains(.pastLikeBase)
    }

    func group(_ k: Int, _ mentions: [Mention]) -> [Int] {
        let g = mentions[k].group
        return mentions.indices.filter { mentions[$0].group == g && mentions[$0].governedBy == mentions[k].governedBy }
    }

    /// "carried out airstrikes", "made a trip": the noun's actor is the clause's subject.
    func lightVerbBefore(_ start: Int, _ tokens: [Token], _ range: Range<Int>) -> Bool {
        var j = start - 1
        var steps = 0
        while j >= range.lowerBound, steps < 4 {
            let c = classes[tokens[j].word]
            if c.contains(.verbForm) {
                let word = dictionaries.vocabulary.word(tokens[j].word)
                return dictionaries.forms.lemmas(of: word).contains { CodingWords.lightVerbs.contains($0) }
            }
            if tokens[j].kind == .punctuation || c.contains(.preposition) { return false }
            j -= 1; steps += 1
        }
        return false
    }
}
