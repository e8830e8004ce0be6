import CasusCore

/// Filters for `casus events`; every filter given must hold.
public struct EventQuery: Sendable, Equatable {
    /// Actor codes match by prefix: `USA` matches `USAGOV`; a three-letter country code matches
    /// the actor's country.
    public var source: String?
    public var target: String?
    /// Either side.
    public var actor: String?
    public var root: String?
    /// CAMEO code prefix: `19` is the whole root, `190` one code and its sub-codes.
    public var cameo: String?
    public var plover: String?
    /// Country where the event happened (ISO alpha-3).
    public var country: String?
    /// Events whose date period overlaps `since...until`.
    public var since: CalendarDay?
    public var until: CalendarDay?
    public var near: Near?
    public var minMentions: Int?
    /// At most this many events; nil for all.
    public var limit: Int?

    public struct Near: Sendable, Equatable {
        public var latitude: Double
        public var longitude: Double
        public var radiusKilometres: Double

        public init(latitude: Double, longitude: Double, radiusKilometres: Double) {
            self.latitude = latitude
            self.longitude = longitude
            self.radiusKilometres = radiusKilometres
        }
    }

    public init() {}

    func statement(_ dialect: SQLDialect) -> SQLStatement {
        var s = SQLStatement(dialect, "SELECT \(EventColumns.list) FROM events WHERE 1 = 1")
        if let source { actorCondition(&s, "source", source) }
        if let target { actorCondition(&s, "target", target) }
        if let actor {
            s.sql += " AND ((1 = 1"
            actorCondition(&s, "source", actor)
            s.sql += ") OR (1 = 1"
            actorCondition(&s, "target", actor)
            s.sql += "))"
        }
        if let root { s.append(" AND root = ?", .text(root)) }
        if let cameo { prefix(&s, "cameo", cameo) }
        if let plover { s.append(" AND plover_type = ?", .text(plover.uppercased())) }
        if let country { s.append(" AND location_country = ?", .text(country.uppercased())) }
        if let since {
            // day_end for the overlap; day_start bounded too so an index on day_start can serve it.
            s.append(" AND day_end >= ? AND day_start >= ?", .int(since.ordinal), .int(since.ordinal - 366))
        }
        if let until { s.append(" AND day_start <= ?", .int(until.ordinal)) }
        if let near {
            // A bounding box in SQL; the exact distance is checked on the rows it returns.
            let dLat = near.radiusKilometres / 111.0
            let dLon = near.radiusKilometres / max(1, 111.0 * cos(near.latitude * .pi / 180))
            s.append(" AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?", .double(near.latitude - dLat), .double(near.latitude + dLat),
                     .double(near.longitude - dLon), .double(near.longitude + dLon))
        }
        if let minMentions { s.append(" AND mention_count >= ?", .int(minMentions)) }
        s.sql += " ORDER BY day_start IS NULL, day_start, id"
        if let limit, near == nil { s.append(" LIMIT ?", .int(limit)) }
        return s
    }

    /// Applies what SQL could not: the exact radius of `--near`, and the limit after it.
    func finish(_ events: [StoredEvent]) -> [StoredEvent] {
        guard let near else { return events }
        let kept = events.filter { e in
            guard let l = e.record.location else { return false }
            return Geodesy.kilometres(near.latitude, near.longitude, l.latitude, l.longitude) <= near.radiusKilometres
        }
        return limit.map { Array(kept.prefix($0)) } ?? kept
    }

    private func actorCondition(_ s: inout SQLStatement, _ side: String, _ code: String) {
        let code = code.uppercased()
        if code.count == 3, ActorCode.country(of: code) != nil {
            s.append(" AND \(side)_country = ?", .text(code))
        } else {
            prefix(&s, "\(side)_code", code)
        }
    }

    /// `column` starts with `value`, as a range so both databases can use an index.
    private func prefix(_ s: inout SQLStatement, _ column: String, _ value: String) {
        var upper = Array(value.unicodeScalars)
        if let last = upper.popLast(), let next = Unicode.Scalar(last.value + 1) { upper.append(next) }
        s.append(" AND \(column) >= ? AND \(column) < ?", .text(value), .text(String(String.UnicodeScalarView(upper))))
    }
}

import Foundation
