import CasusCore

/// A stored event that a new report might belong to, as the candidate search returns it.
public struct EventCandidate: Sendable, Equatable {
    public var id: Int64
    public var footprint: EventFootprint

    public init(id: Int64, footprint: EventFootprint) {
        self.id = id
        self.footprint = footprint
    }
}

/// Decides, without touching a database, which reports of a batch start new events and which
/// join stored ones (or ones started earlier in the same batch).
///
/// Splitting the decision from the writing lets both stores share one merging logic: each store
/// only fetches candidates (events with the same `EventKey` and an overlapping date) and applies
/// the plan in its own SQL, inside the transaction that stores the documents.
public struct MergePlanner: Sendable {
    public var rule: DeduplicationRule

    public init(rule: DeduplicationRule) { self.rule = rule }

    /// Where a mention goes: an event already stored, or the n-th new event of the plan.
    public enum Target: Hashable, Sendable {
        case stored(Int64)
        case new(Int)
    }

    public struct Plan: Sendable {
        /// Records that start new events, in order; each is also that event's first mention.
        public var newEvents: [Event] = []
        /// Every record of the batch, with the document (index in the batch) and event it joins.
        public var mentions: [(document: Int, record: Event, target: Target)] = []
    }

    /// `documents[i]` holds the event records coded from the i-th document of the batch.
    public func plan(_ documents: [[Event]], candidates: [EventKey: [EventCandidate]]) -> Plan {
        var plan = Plan()
        // Candidates sorted by id so that "the oldest compatible event" is the first that fits.
        let stored = candidates.mapValues { $0.sorted { $0.id < $1.id } }
        var started: [EventKey: [(index: Int, footprint: EventFootprint)]] = [:]
        for (documentIndex, records) in documents.enumerated() {
            for record in records {
                let footprint = EventFootprint(record)
                if let match = stored[footprint.key]?.first(where: { rule.sameEvent($0.footprint, footprint) }) {
                    plan.mentions.append((documentIndex, record, .stored(match.id)))
                } else if let match = started[footprint.key]?.first(where: { rule.sameEvent($0.footprint, footprint) }) {
                    plan.mentions.append((documentIndex, record, .new(match.index)))
                } else {
                    let index = plan.newEvents.count
                    plan.newEvents.append(record)
                    started[footprint.key, default: []].append((index, footprint))
                    plan.mentions.append((documentIndex, record, .new(index)))
                }
            }
        }
        return plan
    }

    /// The keys and date spans a batch needs candidates for.
    public func searches(_ documents: [[Event]]) -> [EventKey: ClosedRange<Int>?] {
        var spans: [EventKey: ClosedRange<Int>?] = [:]
        for record in documents.joined() {
            let footprint = EventFootprint(record)
            let widened = footprint.days.map { ($0.lowerBound - rule.dateWindowDays)...($0.upperBound + rule.dateWindowDays) }
            if let existing = spans[footprint.key] {
                // Any unknown date in the key's reports means every candidate of the key is needed.
                if let e = existing, let w = widened {
                    spans[footprint.key] = min(e.lowerBound, w.lowerBound)...max(e.upperBound, w.upperBound)
                } else {
                    spans[footprint.key] = .some(nil)
                }
            } else {
                spans[footprint.key] = .some(widened)
            }
        }
        return spans
    }
}
