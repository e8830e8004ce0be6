/// Who an event is done to when the sentence does not say, and the record's stable id.
extension EventCoder {
    /// An actor that only reports ("officials said", "told VOA", "according to AP") or is media.
    func isSpeaker(_ m: Mention, tokens: [Token], reportWords: Set<Int>) -> Bool {
        if ActorCode.role(of: m.code) == "MED" { return true }
        return (m.end..<min(tokens.count, m.end + 3)).contains { reportWords.contains($0) }
            || (max(0, m.start - 2)..<m.start).contains { reportWords.contains($0) }
    }

    /// A target the sentence implies but does not name: another country (or organisation) it
    /// mentions, else another actor of the source's country, else a country of the sentence
    /// before, else the document's focus — never the source itself.
    func inferTarget(sources: [Int], mentions: [Mention], excluding: Set<Int>, context: DocumentContext, sentence: Int,
                     material: Bool = false) -> Mention? {
        let own = Set(sources.compactMap { mentions[$0].country })
        let ownCodes = Set(sources.map { mentions[$0].code })
        let sourceStarts = Set(sources.map { mentions[$0].start })
        func isOrganisation(_ m: Mention) -> Bool { m.code.hasPrefix("IGO") || m.code.hasPrefix("NGO") }
        let others = mentions.indices.filter { !excluding.contains($0) }.map { mentions[$0] }
            .filter { $0.kind != .weapon && ($0.country != nil || isOrganisation($0)) && !sourceStarts.contains($0.start) && !ownCodes.contains($0.code) }
        // Another country (or organisation) first; else the same country in another role
        // ("the Taliban overran a district" in Afghanistan).
        if let m = others.first(where: { $0.country.map { !own.contains($0) } ?? true }) {
            var copy = m
            copy.code = isOrganisation(m) ? m.code : String(m.code.prefix(3))
            copy.why = "another country the sentence names (\(copy.code))"
            return copy
        }
        // Within one country only a state and a non-state side face each other (the army and the
        // Taliban); "Israel" is no target of Israel's own defence minister.
        func isState(_ code: String) -> Bool {
            let role = ActorCode.role(of: code)
            return role == nil || ["GOV", "MIL", "COP", "LEG", "JUD", "SPY"].contains(role!)
        }
        let sourceIsState = sources.first.map { isState(mentions[$0].code) } ?? true
        if let m = others.first(where: { isState($0.code) != sourceIsState }) {
            var copy = m
            copy.why = "another actor of the same country (\(m.code))"
            return copy
        }
        // "its troops are now in full control of Mafa": a state's force acting at home acts on
        // the armed group the story told of just before, not on a neighbour named in passing.
        if material, sourceIsState, !own.isEmpty, let rebel = context.latest(before: sentence, window: 3, { a in
            a.sentence < sentence && a.kind != .reference && ["REB", "INS", "UAF", "CRM", "SEP", "RAD"].contains(ActorCode.role(of: a.code) ?? "")
                && ActorCode.country(of: a.code).map { own.contains($0) } == true
        }) {
            return Mention(start: 0, end: 0, kind: .reference, code: rebel.code, inferred: true,
                           why: "the armed group of its own country told before (\(rebel.code))")
        }
        if let a = context.latest(before: sentence, window: 1, { a in a.sentence < sentence && ActorCode.country(of: a.code).map { !own.contains($0) } ?? false }) {
            return Mention(start: 0, end: 0, kind: .reference, code: String(a.code.prefix(3)), inferred: true, why: "a country of the sentence before (\(a.code.prefix(3)))")
        }
        if let focus = context.focusCountry, !ownCodes.contains(focus) {
            return Mention(start: 0, end: 0, kind: .reference, code: focus, inferred: true, why: "the document's focus (\(focus))")
        }
        return nil
    }

    func ref(_ m: Mention, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> ActorRef {
        ActorRef(text: MentionFinder.text(of: m, tokens, text), code: m.code, inferred: m.inferred)
    }

    /// Stable id: the same input and dictionaries give the same id (FNV-1a, 64 bits).
    static func eventID(_ document: String, _ sentence: Int, _ offset: Int, _ cameo: String, _ source: String, _ target: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        func mix(_ s: String) {
            for b in s.utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
            hash = (hash ^ 0x7C) &* 0x100000001b3
        }
        func mix(_ n: Int) {
            var v = UInt64(bitPattern: Int64(n))
            for _ in 0..<8 { hash = (hash ^ (v & 0xFF)) &* 0x100000001b3; v >>= 8 }
        }
        mix(document); mix(sentence); mix(offset); mix(cameo); mix(source); mix(target)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
