extension EventCoder {
    func codeSentence(index: Int, span: SentenceSpan, range: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                      mentions: [Mention], triggers: [Trigger], document: Document,
                      context: DocumentContext, time: SentenceTime,
                      note: inout SentenceExplanation?, anchors: inout [String: EventAnchor],
                      actorSpans: inout [Range<Int>]) -> SentenceResult {
        let patterns = dictionaries.verbs.patterns
        var reportWords = Set<Int>()
        var verbWords = Set<Int>()
        for t in triggers {
            if patterns[t.pattern].isReport { reportWords.formUnion(t.words) }
            else if !patterns[t.pattern].isNoun { verbWords.insert(t.start) }
            // "has alleged American war planes bombed…": an accusation told as a bare verb opens
            // the clause it alleges, as "said" does, and is an event of its own too.
            if alleging[t.pattern] { reportWords.insert(t.start) }
        }
        let reader = ClauseReader(tokens: tokens, sentence: range, mentions: mentions, classes: classes,
                                  reportWords: reportWords, verbWords: verbWords, denyWords: denyWords)
        reader.ifWord = ifWord
        reader.repeatedly = repeatedlyWord
        reader.those = thoseWord
        reader.endsInLy = { j in
            let t = tokens[j]
            return t.end - t.start > 2 && text[t.end - 2] | 0x20 == UInt8(ascii: "l") && text[t.end - 1] | 0x20 == UInt8(ascii: "y")
        }
        reader.definiteWords = definiteWords
        reader.futureModals = futureModals
        reader.unlessWord = unlessWord
        reader.wordText = { j in String(decoding: UnsafeBufferPointer(rebasing: text[tokens[j].start..<tokens[j].end]), as: UTF8.self) }

        var candidates: [Candidate] = []
        for trigger in triggers {
            let pattern = patterns[trigger.pattern]
            func record(_ outcome: String) {
                guard note != nil else { return }
                let words = trigger.words.map { reader.wordText($0) }.joined(separator: " ")
                note!.triggers.append(.init(words: words, pattern: pattern.text, code: pattern.code, origin: pattern.origin, outcome: outcome))
            }
            if pattern.isReport { record("attribution: not an event"); continue }
            guard dictionaries.cameo[pattern.code] != nil else { record("unknown CAMEO code: skipped"); continue }
            let (clauseStart, opener) = reader.clauseStart(before: trigger.start)
            if !pattern.isNoun, trigger.targetSlot == nil, reader.describesNoun(trigger.start, end: trigger.end),
               reader.byAgent(after: trigger.end, window: 1) == nil {
                record("not coded: a participle describing a noun (\"territory seized last year\")"); continue
            }
            let passive = !pattern.isNoun && reader.isPassive(trigger.start, end: trigger.end)
            var code = pattern.code
            var confidence = pattern.isNoun ? 0.8 : 0.9
            switch reader.mood(trigger.start, clauseStart: clauseStart, noun: pattern.isNoun) {
            case .hypothetical(let why): record("not coded: hypothetical (\(why))"); continue
            case .promised:
                // Reported future force ("would keep targeting") is a threat; other promises are plans.
                guard code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20") else {
                    record("not coded: a future act reported"); continue
                }
                code = "138"
            case .threat:
                code = code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20") ? "138" : "130"
            case .realis: break
            }
            // "the coalition, which includes nine nations and is supported by the U.S.": a relative
            // clause in the present describes its antecedent; it tells no act.
            // ("that" is also the complementiser of "insisted that Baghdad seeks…": not it.)
            if case .relative(let r) = opener, tokens[r].word != classes.that, !pattern.isNoun, toldInPresent(trigger.start, after: r, tokens) {
                record("not coded: a present-tense description in a relative clause"); continue
            }
            let negated = reader.isNegated(trigger.start, clauseStart: clauseStart, noun: pattern.isNoun)
            switch reader.frequency(trigger.start, clauseStart: clauseStart) {
            case .habit: record("not coded: a habit (\"regularly\", \"often\"), not an act"); continue
            case .repeated: confidence *= 0.5
            case .once: break
            }

            // Roles.
            var sources: [Int] = []
            var targets: [Int] = []
            var referredTarget: ActorRef?
            var how: [String] = []
            let explaining = note != nil
            // Reasons are written only for `casus explain`: building them costs on the hot path.
            func step(_ reason: @autoclosure () -> String) { if explaining { how.append(reason()) } }
            // CAMEO roots 01–05 and 09–13 are verbal (quad classes 1 and 3).
            let root = (Int(code.utf8.first ?? 48) - 48) * 10 + Int(code.utf8.dropFirst().first ?? 48) - 48
            let verbalAct = (1...5).contains(root) || (9...13).contains(root)
            let subject = reader.subject(before: trigger.start, verbalAct: verbalAct)
            // A relative clause's antecedent is one actor, not its whole compound.
            let antecedentOnly = subject?.1.hasPrefix("antecedent") == true
            if let slot = trigger.sourceSlot {
                sources = group(slot, mentions); step("source from the pattern's + slot")
            }
            if let slot = trigger.targetSlot {
                targets = group(slot, mentions); step("target from the pattern's * slot")
            }
            if pattern.isNoun {
                if sources.isEmpty, let p = reader.possessor(before: trigger.start) {
                    sources = group(p, mentions); step("source is the noun's possessor")
                } else if sources.isEmpty, let by = reader.byAgent(after: trigger.end, window: 3, from: fromWord) {
                    sources = group(by, mentions); step("source from \"by\" or \"from\"")
                } else if sources.isEmpty, let between = reader.byAgent(after: trigger.end, window: 2, from: betweenWord) {
                    // "negotiations between the EU and Iran": the two sides of it.
                    sources = group(between, mentions); step("the sides after \"between\"")
                } else if sources.isEmpty, reader.isDefinite(trigger.start) {
                    record("not coded: a definite event noun with no actor of its own refers back or to background"); continue
                } else if sources.isEmpty, let (s, why) = subject, mentions[s].end <= trigger.start, lightVerbBefore(trigger.start, tokens, range) {
                    sources = group(s, mentions); step("source: \(why)")
                }
                if targets.isEmpty, trigger.targetSlot == nil, let t = reader.nounTarget(after: trigger.end, on: nounTargetWords),
                   !sources.contains(t) {
                    targets = group(t, mentions); step("target after \"on\" or \"against\"")
                }
                if sources.isEmpty {
                    // "recent attacks against U.S. personnel": an event noun without its actor is background.
                    record("not coded: an event noun with no actor doing it"); continue
                }
            } else if passive {
                step("passive voice")
                let by = reader.byAgent(after: trigger.end)
                if let by, sources.isEmpty { sources = group(by, mentions); step("source from \"by\"") }
                if by == nil, isCasualtyPattern[trigger.pattern] {
                    record("not coded: a casualty count with no agent (\"were killed\")"); continue
                }
                if let (s, why) = subject {
                    let m = mentions[s]
                    if by == nil, trigger.targetSlot != nil, sources.isEmpty {
                        // "were locked in battles with X": the pattern names the other side.
                        sources = group(s, mentions); step("the passive subject is the source: \(why)")
                    } else if by == nil, code.hasPrefix("15"), m.role == "MIL" || ActorCode.role(of: m.code) == "MIL" {
                        sources = group(s, mentions); step("forces moved are the source: \(why)")
                    } else if targets.isEmpty {
                        targets = group(s, mentions); step("target is the passive subject: \(why)")
                    }
                }
            } else if trigger.sourceSlot != nil, !pattern.elements.contains(.target) {
                // "drew criticism from Iran": the named party acts on the clause's subject.
                if let (s, why) = subject { targets = group(s, mentions); step("target is the subject (\(why))") }
            } else {
                if sources.isEmpty, let (s, why) = subject { sources = antecedentOnly ? [s] : group(s, mentions); step("source: \(why)") }
                if targets.isEmpty, trigger.targetSlot == nil, let o = reader.object(after: trigger.end) {
                    targets = group(o, mentions); step("target is the direct object")
                }
            }
            // The event noun a verbal act is about: its object ("condemned the attack") or, in the
            // passive, its subject ("the launch was condemned").
            let aboutNoun = triggers.first(where: { $0.start > trigger.end - 1 && $0.start - trigger.end <= 3 && patterns[$0.pattern].isNoun })
                ?? (passive
                    ? triggers.last(where: { $0.end <= trigger.start && trigger.start - $0.end <= 3 && patterns[$0.pattern].isNoun }) : nil)
            if targets.isEmpty, !pattern.isNoun, let object = aboutNoun {
                // "condemned the attack by X": the target is whoever did the attack — named in the
                // noun's own pattern ("the attack from X on Y") or after it.
                if let by = object.sourceSlot ?? reader.byAgent(after: object.end, window: 3, from: fromWord) ?? reader.possessor(before: object.start) {
                    targets = group(by, mentions); step("target: the actor of the event noun it names")
                } else if reader.isDefinite(object.start), dictionaries.cameo[patterns[object.pattern].code]?.quadClass == 4,
                          let attacker = { () -> ActorRef? in
                              let word = attackedWord(in: object, tokens: tokens, range: range)
                              return context.attacker(about: word, spelled: word.map { dictionaries.vocabulary.word($0).lowercased() }, in: tokens)
                          }(),
                          !sources.contains(where: { mentions[$0].code == attacker.code }) {
                    // "condemned the attack", "the launch": the material act told earlier, and whoever did it.
                    referredTarget = attacker
                    step("target: who did the attack told earlier (\(attacker.code))")
                }
            }
            // "The launch was condemned by Japan": a definite noun of force as the passive subject
            // is the act told before, even where no pattern reads the noun.
            if targets.isEmpty, referredTarget == nil, passive, verbalAct, trigger.start - 3 >= range.lowerBound,
               classes[tokens[trigger.start - 1].word].contains(.be), classes[tokens[trigger.start - 2].word].contains(.actNoun),
               definiteWords.contains(tokens[trigger.start - 3].word),
               let attacker = context.attacker(about: nil, spelled: nil, in: tokens), !sources.contains(where: { mentions[$0].code == attacker.code }) {
                referredTarget = attacker
                step("target: who did the act \"the \(reader.wordText(trigger.start - 2))\" refers to (\(attacker.code))")
            }
            // Reported criticism: 'Rice said "Hezbollah's action undermines stability"' is Rice
            // criticising Hezbollah, and 'Bush says Syria needs to be held to account' is Bush's.
            if case .report = opener, ["10", "11", "12", "13"].contains(String(code.prefix(2))),
               let speaker = reader.speaker(ofClauseStartingAt: clauseStart), !sources.contains(speaker), !targets.contains(speaker) {
                if targets.isEmpty, !sources.isEmpty, ["11", "12"].contains(String(code.prefix(2))) {
                    targets = sources
                    sources = group(speaker, mentions); step("reported criticism: the speaker criticises the clause's subject")
                } else if sources.isEmpty {
                    sources = group(speaker, mentions); step("reported demand or criticism: the speaker makes it")
                }
            }
            if targets.isEmpty, let (s, _) = subject, mentions[s].kind == .weapon,
               let aimed = mentions.firstIndex(where: { $0.start >= trigger.end && $0.start - trigger.end <= 6 && weaponTargetWords.contains($0.governedBy) }) {
                // "the rocket landed 1.5km from the US Embassy": what a weapon fell near is what it hit.
                targets = group(aimed, mentions); step("target: what the weapon landed near")
            }
            if pattern.needsWeaponSubject {
                guard let (s, _) = subject, mentions[s].kind == .weapon else { record("not coded: the pattern needs a weapon as subject"); continue }
            }
            // A weapon is no actor, unless its owner is named ("Russian drones"); a victim never acts.
            sources = sources.filter { (mentions[$0].kind != .weapon || mentions[$0].code != "---") && mentions[$0].kind != .victim }
            targets = targets.filter { mentions[$0].kind != .weapon && !sources.contains($0) }
            if !sources.isEmpty, !targets.isEmpty, Set(sources.map { mentions[$0].code }) == Set(targets.map { mentions[$0].code }),
               mentions[sources[0]].kind != .reference {
                targets = []   // "the two sides exchanged fire": one actor is not its own target
            }
            // Event nouns need an actor from the sentence: "the war" alone is background.
            if pattern.isNoun, sources.isEmpty, targets.isEmpty { record("not coded: event noun with no actor"); continue }

            if targets.isEmpty, sources.count > 1, CodingWords.reciprocal.contains(pattern.head) {
                // "Ukraine and Russia exchanged prisoners": one side acts on the other, coded once.
                targets = Array(sources.dropFirst())
                sources = [sources[0]]
                step("reciprocal: the first of the compound acts on the others")
            }
            var inferred: Mention?
            if targets.isEmpty, let referredTarget {
                inferred = Mention(start: 0, end: 0, kind: .reference, code: referredTarget.code, inferred: true, why: "the earlier attack's actor")
            } else if targets.isEmpty {
                let speakers = Set(mentions.indices.filter { isSpeaker(mentions[$0], tokens: tokens, reportWords: reportWords) })
                inferred = inferTarget(sources: sources, mentions: mentions, excluding: speakers, context: context, sentence: index,
                                       material: dictionaries.cameo[code]?.quadClass == 4)
                if let i = inferred { step("target inferred: \(i.why)"); confidence -= 0.15 }
            }
            let weaponStruck = subject.map { mentions[$0.0].kind == .weapon } ?? false
            if sources.isEmpty, targets.isEmpty, !(weaponStruck && ["18", "19", "20"].contains(String(code.prefix(2)))) {
                // Nobody in the sentence is tied to it: too little to code — except a weapon
                // that struck ("a rocket landed inside the Green Zone"): the attack happened.
                record("not coded: no source and no target in the sentence"); continue
            }
            if sources.contains(where: { mentions[$0].inferred }) { confidence -= 0.05 }
            for k in sources + targets { actorSpans.append(mentions[k].start..<mentions[k].end) }
            candidates.append(Candidate(trigger: trigger, code: code, sources: sources, targets: targets,
                                        inferredTarget: inferred, confidence: max(0.05, confidence), negated: negated))
            record((negated ? "negated: not emitted; " : "event \(code); ") + how.joined(separator: "; "))
        }

        // Split compounds, then merge what is the same event said twice in one sentence.
        let background = time.expressions.isEmpty ? [] : reader.backgroundSpans()
        var landmark: EventDate?
        var sentenceWords: Set<Int32>?   // built once, for the landmarks' keyword check
        var events: [Event] = []
        var casualtyOnly = Set<String>()
        var verbActs = Set<String>()
        var datedInText = Set<String>()
        let sentence = sentenceText(span, text)
        for c in candidates {
            let pattern = patterns[c.trigger.pattern]
            guard let entry = dictionaries.cameo[c.code] else { continue }
            let sourceRefs: [ActorRef] = c.sources.isEmpty ? [.unknown] : c.sources.prefix(4).map { ref(mentions[$0], tokens, text) }
            var targetRefs: [ActorRef?] = c.targets.prefix(4).map { ref(mentions[$0], tokens, text) }
            if targetRefs.isEmpty {
                targetRefs = [c.inferredTarget.map { ActorRef(text: nil, code: $0.code, inferred: true) }]
            }
            let triggerText = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[c.trigger.start].start..<tokens[c.trigger.end - 1].end]), as: UTF8.self)
            // A time expression dates what is in its own stretch: "who seized power in 2022" does
            // not date "has vowed to recover". Prefer the trigger's clause's; else its stretch's.
            let home = innermost(background, c.trigger.start)
            let usable = time.expressions.filter { innermost(background, $0.position) == home }
            let (clause, opener) = reader.clauseStart(before: c.trigger.start)
            let own = usable.filter { reader.clauseStart(before: $0.position).0 == clause }
            let told = tense(of: c.trigger, pattern: pattern, range: range, tokens: tokens, verbWords: verbWords)
            var date = dates.date(of: c.trigger.start, expressions: own.isEmpty ? usable : own,
                                  carried: home == nil ? time.carried : nil, tense: told,
                                  published: document.published, lead: time.isLead)
            // Whether the text gave the date (not the tense's default): a retelling may correct it.
            var textDated = !(own.isEmpty ? usable : own).isEmpty
            // Why this date, for `casus explain` only.
            var dateWhy: String?
            if note != nil {
                if let nearest = (own.isEmpty ? usable : own).min(by: { abs($0.position - c.trigger.start) < abs($1.position - c.trigger.start) }) {
                    let words = (max(range.lowerBound, nearest.position - 1)...nearest.position).filter { tokens[$0].kind != .punctuation }
                    dateWhy = "the time expression \"\(words.map(reader.wordText).joined(separator: " "))\""
                        + (own.isEmpty ? " (its stretch of the sentence)" : " (its clause)")
                } else if document.published == nil {
                    dateWhy = "no publication date, and none in the sentence"
                } else if told == .simplePast, home == nil, let carried = time.carried, carried.isPast {
                    dateWhy = "carried from the sentence before (\(carried.date.iso ?? "-"))"
                } else if told == .simplePast || told == .present || (told == .perfect && time.isLead) {
                    dateWhy = "told as the day's news (\(told == .perfect ? "perfect, in the lead" : told == .present ? "present" : "simple past")): the publication day"
                } else {
                    dateWhy = "told in the \(told == .perfect ? "perfect" : "future or another mood"), with no date: the publication month"
                }
            }
            // "the first exchange since February, when the two sides swapped…": a when-clause
            // after a time tells what happened then, even where that time marks a span.
            if case .other(let w) = opener, tokens[w].word == classes.when, w - 1 > range.lowerBound, tokens[w - 1].word == classes.comma,
               let then = time.expressions.last(where: { $0.position < w - 1 && w - 1 - $0.position <= 3 }) {
                date = then.date
                textDated = true
                if note != nil { dateWhy = "the time before its when-clause (\"\(reader.wordText(then.position))\")" }
            }
            // "began fighting in March, two months after the Houthis took the capital": the
            // clause after "N units after" happened that long before the main clause's time
            // ("before": that long after it).
            if case .other(let w) = opener, w - 2 > range.lowerBound, tokens[w].word == afterWord || tokens[w].word == beforeWord,
               let (count, unit) = dates.span(reader.wordText(w - 2), reader.wordText(w - 1)),
               let main = time.expressions.last(where: { $0.position < w - 2 })?.date
                   ?? document.published.map({ EventDate(day: $0, precision: .day) }) {
                date = dates.shift(main, by: tokens[w].word == afterWord ? -count : count, unit)
                textDated = true
                if note != nil { dateWhy = "\(count) \(reader.wordText(w - 1)) \(reader.wordText(w)) the main clause's time" }
            }
            // No date in the sentence for an act of the past: a landmark the text names without
            // one ("pulled out of the nuclear accord"), or the landmark of the verb it is
            // coordinated with ("… and imposed sanctions": that year).
            let carriedDate = home == nil && told == .simplePast && time.carried?.isPast == true
            if usable.isEmpty, !carriedDate, told == .simplePast || told == .perfect, let published = document.published,
               mayNameLandmark[c.trigger.pattern] || landmark != nil {
                let known = dictionaries.landmarks.landmark(
                    lemma: pattern.head, following: c.trigger.words.dropFirst().map { tokens[$0].word }[...],
                    country: { c.sources.first.flatMap { ref(mentions[$0], tokens, text).country } },
                    sentence: sentence, words: {
                        if sentenceWords == nil { sentenceWords = Set(range.map { tokens[$0].word }) }
                        return sentenceWords!
                    }, published: published)
                if let known {
                    date = known.date
                    textDated = true
                    landmark = known.date
                    if note != nil { dateWhy = "a landmark the sentence names (\(known.origin))" }
                } else if let landmark, c.trigger.start > range.lowerBound, tokens[c.trigger.start - 1].word == classes.and {
                    date = EventDate(day: landmark.day, precision: .year)
                    textDated = true
                    if note != nil { dateWhy = "the year of the landmark of the verb before \"and\"" }
                }
            }
            let heldBy = heldLand(after: c.trigger.end, range: range, tokens: tokens, mentions: mentions, text: text)
            for (n, s) in sourceRefs.enumerated() {
                let sourceSpan = n < c.sources.count ? mentions[c.sources[n]].start..<mentions[c.sources[n]].end : nil
                for t in targetRefs {
                    if let t, t.code == s.code, t.code != "---" { continue }
                    let event = Event(
                        id: EventCoder.eventID(document.id, index, tokens[c.trigger.start].start, c.code, s.code, t?.code ?? ""),
                        documentID: document.id, sentenceIndex: index, sentence: sentence, trigger: triggerText,
                        source: s, target: t, cameo: c.code, plover: entry.plover, goldstein: entry.goldstein,
                        quadClass: entry.quadClass, location: nil, date: date, fatalities: nil, injuries: nil,
                        negated: c.negated, confidence: (c.confidence * 100).rounded() / 100)
                    if c.negated { continue }
                    if isCasualtyPattern[c.trigger.pattern] { casualtyOnly.insert(event.id) }
                    let targetSpan = c.targets.first.map { mentions[$0].start..<mentions[$0].end }
                    var anchor = EventAnchor(trigger: c.trigger.start, sentence: index, paragraph: span.paragraph,
                                                    isVerbalAct: EventAnchor.isVerbal(cameo: c.code), target: targetSpan,
                                                    source: sourceSpan)
                    if isHostPattern[c.trigger.pattern] { anchor.host = s.country }
                    anchor.heldBy = heldBy
                    anchor.isLead = time.isLead
                    anchors[event.id] = anchor
                    if textDated { datedInText.insert(event.id) }
                    if let dateWhy { note?.eventNotes[event.id, default: []].append("when: \(dateWhy)") }
                    // Two verbs of violence of different kinds ("moving troops into Lebanon and
                    // bombing runways") are two acts; a verb and its toll or its noun are one.
                    // ("two days of fighting" is a noun in all but form.)
                    let nominal = classes[tokens[c.trigger.start].word].contains(.gerund) && c.trigger.start > range.lowerBound
                        && tokens[c.trigger.start - 1].word == classes.of
                    if !pattern.isNoun, !isCasualtyPattern[c.trigger.pattern], !nominal { verbActs.insert(event.id) }
                    merge(event, into: &events, anchors: anchors, verbActs: verbActs)
                }
            }
        }
        // "airstrikes … killing 15": the killing is the attack's toll, not a second event.
        if events.contains(where: { ["18", "19", "20"].contains($0.root) && !casualtyOnly.contains($0.id) }) {
            events.removeAll { casualtyOnly.contains($0.id) }
        }
        // The people killed and hurt belong to the sentence's acts of violence (a joint attack
        // reported once carries the same toll for each attacker).
        let violent = events.indices.filter { ["18", "19", "20"].contains(events[$0].root) }
        let tellsCasualties = triggers.contains { isCasualtyPattern[$0.pattern] }
        var orphan: CasualtyReader.Counts?
        if !violent.isEmpty || tellsCasualties {
            let words = range.map { lowercasedSpelling(text, tokens[$0].start..<tokens[$0].end) }
            let counts = CasualtyReader().read(words)
            for k in violent {
                events[k].fatalities = counts.fatalities
                events[k].injuries = counts.injuries
                if note != nil, counts.fatalities != nil || counts.injuries != nil {
                    note?.eventNotes[events[k].id, default: []].append("toll: read in its sentence")
                }
            }
            if violent.isEmpty, counts.fatalities != nil || counts.injuries != nil { orphan = counts }
        }
        // The story's time moves on with what the main clauses say, not with background.
        let carry = time.expressions.last { innermost(background, $0.position) == nil }
        return SentenceResult(events: events, carry: carry, casualties: orphan, datedInText: datedInText)
    }
}
