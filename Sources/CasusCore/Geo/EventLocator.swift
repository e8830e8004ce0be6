/// Where an event stands in its document, as the locator needs it.
public struct EventAnchor: Sendable {
    /// Token position of the trigger (verb or event noun).
    public var trigger: Int
    public var sentence: Int
    public var paragraph: Int
    /// Statements, appeals, accusations (CAMEO roots 01–05, 09–13): they happen where they are
    /// said, which the text rarely tells, so they take only a place attached in their own sentence.
    public var isVerbalAct: Bool
    /// Told in the story's lead, whose next sentence often says where ("…have signed a peace
    /// deal. The two leaders met in the port city of Cartagena…").
    public var isLead = false
    /// The target's tokens: a city or site that is the target ("shelled Ramadi") is the location.
    public var target: Range<Int>?
    /// The source's tokens: a seat of government that speaks ("Baghdad seeks close ties") says
    /// where its statement was made.
    public var source: Range<Int>?
    /// The country of a host ("Oman, which has hosted talks"): talks it hosts are held there.
    public var host: String?
    /// The country of the actor holding the land the act happened in ("struck radar sites in
    /// Houthi-controlled territory"), when the sentence names no finer place for it.
    public var heldBy: String?
    /// Its paragraph refers back to an event told before with a definite noun ("gathered for
    /// the event", "witnessing the signing"): with no place of its own, the paragraph before
    /// may say where.
    public var refersBack = false
    /// The next sentence opens by retelling the act with a definite noun ("The strike took
    /// place in Qamishli"): a town it names before this token (the end of that clause) says
    /// more than the lead's region.
    public var retoldNextUntil: Int?

    public init(trigger: Int, sentence: Int, paragraph: Int, isVerbalAct: Bool, target: Range<Int>? = nil,
                source: Range<Int>? = nil) {
        self.trigger = trigger
        self.sentence = sentence
        self.paragraph = paragraph
        self.isVerbalAct = isVerbalAct
        self.target = target
        self.source = source
    }

    /// Whether a CAMEO code ("042", "190") is a verbal act: roots 01–05 and 09–13, except what
    /// people do in person somewhere — meetings, visits, talks (04, but not 041, a phone call)
    /// and signing an agreement (057).
    public static func isVerbal(cameo: String) -> Bool {
        guard let root = Int(cameo.prefix(2)) else { return false }
        if root == 4 { return cameo.hasPrefix("041") }
        if cameo.hasPrefix("057") { return false }
        return (1...5).contains(root) || (9...13).contains(root)
    }
}

/// An event's location and how it was chosen.
public struct EventPlacement: Sendable {
    public var location: Location?
    public var why: String
    /// Index (in the `places` given to `locate`) of the place used; nil for the focus or none.
    public var place: Int?
}

/// Decides which of a document's places is an event's location.
///
/// In order: the place attached to the event in its sentence (after in, at, near, inside,
/// outside, towards, between, from…, a city or site that is its target, the antecedent of
/// "where", a demonym's towns); else, for an act in land an actor holds ("in Houthi-controlled
/// territory"), that actor's country; else, for talks a country hosts, the host; else, for a
/// lead, the place its next sentence names; else the last place of the same paragraph that the
/// event plausibly refers to; else the document's focus country at country precision; else
/// none. Verbal acts stop after the first step, except that a seat of government speaking
/// ("Baghdad insists", "the Kremlin warned") locates its own words. Among places attached
/// alike, the finest wins: a site beats its city ("inside Baghdad's Green Zone"), a city its
/// country, a town the region around it. Places the coder read as actors
/// ("Washington said") and country names without a locative word ("backed Iraq") are never
/// locations. Nothing is ever invented: every location is a gazetteer entry the text named,
/// or the focus country.
public final class EventLocator: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// `actorSpans` are the token ranges the coder resolved as actors (subjects and targets).
    public func locate(_ event: EventAnchor, places: [ResolvedPlace], focus: [String: Double],
                       actorSpans: [Range<Int>] = []) -> EventPlacement {
        let placement = place(event, places: places, focus: focus, actorSpans: actorSpans)
        // "…a drone attack in northeastern Syria. The strike took place in Qamishli": the
        // retelling right after a lead names the town inside the lead's region or country.
        guard event.isLead, let until = event.retoldNextUntil, !event.isVerbalAct,
              placement.location.map({ $0.precision == .admin1 || $0.precision == .country }) ?? true,
              let j = placeOfNextSentence(event, places, actorSpans, evenWithOwnPlace: true), places[j].mention.tokens.upperBound <= until,
              placement.location.map({ $0.country == places[j].place.country }) ?? true else { return placement }
        return EventPlacement(location: places[j].location,
                              why: "the lead says no more than \(placement.location?.name ?? "nothing"); the sentence after retells the act in \(phrase(places[j]))",
                              place: j)
    }

    private func place(_ event: EventAnchor, places: [ResolvedPlace], focus: [String: Double],
                       actorSpans: [Range<Int>]) -> EventPlacement {
        if let (i, note) = attached(event, places, actorSpans, heldBy: event.heldBy != nil && !event.isVerbalAct) {
            return EventPlacement(location: places[i].location, why: "in its sentence: \(phrase(places[i]))\(note)", place: i)
        }
        if !event.isVerbalAct, let held = event.heldBy, let entry = gazetteer.countryEntry(iso3: held), let location = gazetteer.location(of: entry) {
            return EventPlacement(location: location, why: "in land held by an actor of \(held)", place: nil)
        }
        if let host = event.host, let entry = gazetteer.countryEntry(iso3: host), let location = gazetteer.location(of: entry) {
            return EventPlacement(location: location, why: "hosted by \(host), and no place is attached to it in its sentence", place: nil)
        }
        if event.isVerbalAct {
            // "Baghdad insists", "the Kremlin warned": a statement is made where its speaker sits.
            // Only for words and only for the speaker: "Washington struck" did not happen in Washington.
            if let source = event.source, let i = places.firstIndex(where: {
                $0.mention.sentence == event.sentence && $0.mention.tokens == source && usable($0)
                    && ($0.place.kind == .city || $0.place.kind == .site)
            }) {
                return EventPlacement(location: places[i].location, why: "a verbal act by a seat of government: \(phrase(places[i]))", place: i)
            }
            return EventPlacement(location: nil, why: "a verbal act, and no place is attached to it in its sentence", place: nil)
        }
        if event.isLead, let i = placeOfNextSentence(event, places, actorSpans) {
            return EventPlacement(location: places[i].location,
                                  why: "the lead names no place; the next sentence does: \(phrase(places[i]))", place: i)
        }
        if let i = lastPlace(before: event, places, actorSpans) {
            return EventPlacement(location: places[i].location,
                                  why: "the last place of its paragraph: \(phrase(places[i])) (sentence \(places[i].mention.sentence))", place: i)
        }
        if event.refersBack, let i = lastPlace(before: event, places, actorSpans, inEarlierParagraphs: true) {
            return EventPlacement(location: places[i].location,
                                  why: "its paragraph refers back to an earlier event; the last town or site before it: \(phrase(places[i])) (sentence \(places[i].mention.sentence))",
                                  place: i)
        }
        if let (code, _) = focus.filter({ $0.value > 0 }).max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
           let entry = gazetteer.countryEntry(iso3: code), let location = gazetteer.location(of: entry) {
            return EventPlacement(location: location, why: "no place in its sentence or paragraph; the document is about \(code)", place: nil)
        }
        return EventPlacement(location: nil, why: "no place in its sentence or paragraph, and no document focus", place: nil)
    }

    /// The best place attached to the event in its sentence, with a note naming a site's owner.
    /// With `heldBy`, the act happened in land an actor holds ("in Houthi-controlled territory"):
    /// only a place finer than a country, or one named after the trigger, can say more.
    private func attached(_ event: EventAnchor, _ places: [ResolvedPlace], _ actorSpans: [Range<Int>], heldBy: Bool = false) -> (Int, String)? {
        // Ranked by how the place is attached, then by precision (the city an event happened
        // in is named alongside its country, rarely the other way round), then by nearness.
        var best: (index: Int, rank: Int, precision: Int, distance: Int)?
        var attachedPlaces: [Int] = []
        for (i, p) in places.enumerated() where p.mention.sentence == event.sentence && usable(p) {
            let m = p.mention
            let isActor = actorSpans.contains { $0.overlaps(m.tokens) }
            // "fighters from Arab tribes", "Kharkiv regional police": a name inside a longer
            // actor describes the actor, not where anything happened.
            if actorSpans.contains(where: { $0.count > m.tokens.count && $0.lowerBound <= m.tokens.lowerBound && $0.upperBound >= m.tokens.upperBound }),
               m.placeNoun == nil, m.possessor == nil { continue }
            let rank: Int
            // "shot down … missiles fired from the Belgorod region": a "from" far from the
            // trigger tells where something else came from.
            if m.attachment == .origin, m.tokens.lowerBound - event.trigger > 8 { continue }
            if let w = m.whereToken, event.trigger > w, event.trigger < (m.whereClauseEnd ?? Int.max), p.place.kind != .country {
                rank = 0                                      // "Vovchansk, where troops attacked"
            } else if m.preposition != nil {
                // "the road between Gao and Ansongo" is a place; "talks between Kyiv and Moscow" are actors.
                if m.preposition == "between", isActor { continue }
                rank = m.attachment.rawValue
            } else if let target = event.target, target.overlaps(m.tokens), p.place.kind != .country, !isActor {
                rank = 0
            } else if m.placeNoun != nil, m.tokens.lowerBound > event.trigger, p.place.kind != .country, !isActor {
                rank = 1                                      // "stormed the town of Hit"
            } else if m.expectedKind == .country, m.placeNoun != nil, m.tokens.lowerBound > event.trigger {
                rank = 1                                      // "bombarded northern Israeli towns"
            } else {
                continue                                      // "Washington said", "backed Iraq"
            }
            if heldBy, m.tokens.lowerBound < event.trigger || p.place.kind == .country { continue }
            if rank <= 1 { attachedPlaces.append(i) }
            let distance = abs(m.tokens.lowerBound - event.trigger)
            let precision = order(p.place.precision)
            if best == nil || (rank, precision, distance, m.tokens.lowerBound)
                < (best!.rank, best!.precision, best!.distance, places[best!.index].mention.tokens.lowerBound) {
                best = (i, rank, precision, distance)
            }
        }
        guard var chosen = best?.index else { return nil }
        // "retook the town of Tame in Arauca": a town named with the act, inside the region the
        // preposition names, is the finer answer.
        if let finer = attachedPlaces.first(where: { gazetteer.contains(places[chosen].entry, inner: places[$0].entry) }) {
            chosen = finer
        }
        // "inside Baghdad's Green Zone": say whose site it is.
        let owner = places[chosen].mention.possessor.flatMap { p in places.first { $0.mention.tokens == p } }
        return (chosen, owner.map { " (\($0.mention.text)'s, a finer place than \($0.mention.text))" } ?? "")
    }

    /// The last place before the event in its paragraph — or, with `inEarlierParagraphs`, in
    /// the paragraphs before it, and then a town or site only — that reads as a place where
    /// things happen: after a locative word (not "from"), or the dateline. A site without one
    /// is usually an actor ("the White House said").
    private func lastPlace(before event: EventAnchor, _ places: [ResolvedPlace], _ actorSpans: [Range<Int>],
                           inEarlierParagraphs earlier: Bool = false) -> Int? {
        var found: Int?
        for (i, p) in places.enumerated() where usable(p)
            && p.mention.tokens.upperBound <= event.trigger && p.mention.sentence <= event.sentence {
            let m = p.mention
            if earlier ? m.paragraph >= event.paragraph || !(p.place.kind == .city || p.place.kind == .site) : m.paragraph != event.paragraph { continue }
            let locative = m.preposition != nil && m.attachment != .origin
            guard locative || m.isDateline else { continue }
            if m.preposition == "between", actorSpans.contains(where: { $0.overlaps(m.tokens) }) { continue }
            if !locative, actorSpans.contains(where: { $0.overlaps(m.tokens) }) { continue }
            if found == nil || m.tokens.lowerBound > places[found!].mention.tokens.lowerBound { found = i }
        }
        return found
    }

    /// The first place the sentence after the lead puts something in ("met in the port city of
    /// Cartagena"): a city or finer, after a locative word, not an actor. Not when the lead has
    /// a place of its own or a dateline, unless `evenWithOwnPlace` (a retelling is finer).
    private func placeOfNextSentence(_ event: EventAnchor, _ places: [ResolvedPlace], _ actorSpans: [Range<Int>],
                                     evenWithOwnPlace: Bool = false) -> Int? {
        if !evenWithOwnPlace,
           places.contains(where: { $0.mention.sentence == event.sentence && ($0.mention.isDateline || $0.mention.preposition != nil) }) { return nil }
        return places.firstIndex { p in
            p.mention.sentence == event.sentence + 1 && usable(p) && (p.mention.attachment == .locative || p.mention.placeNoun != nil)
                && (p.place.kind == .city || p.place.kind == .site) && !actorSpans.contains { $0.overlaps(p.mention.tokens) }
        }
    }

    /// Has coordinates and is not merely the qualifier of another name ("Texas" in "Paris, Texas").
    private func usable(_ p: ResolvedPlace) -> Bool { p.location != nil && p.mention.qualifies == nil }

    private func order(_ precision: Location.Precision) -> Int {
        switch precision {
        case .site: 0
        case .city: 1
        case .admin1: 2
        case .country: 3
        }
    }

    private func phrase(_ p: ResolvedPlace) -> String {
        "“\(p.mention.preposition.map { $0 + " " } ?? "")\(p.mention.text)”"
    }
}
