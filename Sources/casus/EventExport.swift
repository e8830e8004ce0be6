import CasusCore
import CasusStore

/// Stored events as a terminal table, JSON Lines, GDELT-style CSV and GeoJSON.
enum EventExport {
    static func table(_ events: [StoredEvent]) -> String {
        guard !events.isEmpty else { return "no events" }
        let header = ["#", "date", "source", "cameo", "target", "plover", "where", "mentions", "sources", "trigger"]
        var rows = [header]
        for e in events {
            let r = e.record
            rows.append([String(e.number), r.date.iso ?? "-", EventTable.actor(r.source), r.cameo, EventTable.actor(r.target),
                         r.plover.type ?? "-", EventTable.clip(r.location?.name ?? "-", 24), String(e.mentionCount),
                         String(e.sourceCount), EventTable.clip(r.trigger, 28)])
        }
        var widths = header.map { _ in 0 }
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { row in
            row.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n\(events.count) event(s)"
    }

    /// The event-record fields of the first report, plus what the store adds up.
    static func jsonLines(_ events: [StoredEvent]) -> [UInt8] {
        var writer = JSONWriter()
        for e in events {
            writer.event(e.record)
            writer.bytes.removeLast(2)   // reopen the object written by `event` to add the store's fields
            writer.key("event_number"); writer.int(Int(e.number))
            writer.key("mentions"); writer.int(e.mentionCount)
            writer.key("sources"); writer.int(e.sourceCount)
            writer.key("first_seen"); writer.optionalString(e.firstSeen)
            writer.key("last_seen"); writer.optionalString(e.lastSeen)
            writer.raw("}\n")
        }
        return writer.bytes
    }

    static let csvHeader = """
    GLOBALEVENTID,EventID,SQLDATE,DatePrecision,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code,Actor2Name,Actor2CountryCode,\
    EventCode,EventRootCode,PloverType,QuadClass,GoldsteinScale,NumMentions,NumSources,Fatalities,Injuries,\
    ActionGeo_FullName,ActionGeo_CountryCode,ActionGeo_ADM1Code,ActionGeo_Lat,ActionGeo_Long,ActionGeo_FeatureID,\
    FirstSeen,LastSeen,DocID,Trigger
    """

    static func csv(_ events: [StoredEvent]) -> String {
        func q(_ s: String?) -> String {
            guard let s else { return "" }
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = csvHeader + "\n"
        for e in events {
            let r = e.record, l = r.location
            let sqlDate = r.date.day.map { String($0.description.filter { $0 != "-" }) } ?? ""
            let fields: [String] = [
                String(e.number), r.id, sqlDate, r.date.precision.rawValue,
                r.source?.code ?? "", q(r.source?.text), r.source?.country ?? "",
                r.target?.code ?? "", q(r.target?.text), r.target?.country ?? "",
                r.cameo, r.root, r.plover.type ?? "", String(r.quadClass), String(r.goldstein),
                String(e.mentionCount), String(e.sourceCount), r.fatalities.map(String.init) ?? "", r.injuries.map(String.init) ?? "",
                q(l?.name), l?.country ?? "", q(l?.admin1), l.map { String($0.latitude) } ?? "", l.map { String($0.longitude) } ?? "",
                l?.geonamesID.map(String.init) ?? "", e.firstSeen ?? "", e.lastSeen ?? "", q(r.documentID), q(r.trigger),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A FeatureCollection of the events that have a place (points at [lon, lat], as GeoJSON orders them).
    static func geoJSON(_ events: [StoredEvent]) -> [UInt8] {
        var w = JSONWriter()
        w.raw("{\"type\":\"FeatureCollection\",\"features\":[")
        var first = true
        for e in events {
            guard let l = e.record.location else { continue }
            if !first { w.raw(",") }
            first = false
            let r = e.record
            w.raw("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
            w.double(l.longitude); w.raw(","); w.double(l.latitude)
            w.raw("]},\"properties\":{")
            w.key("id"); w.string(r.id)
            w.key("event_number"); w.int(Int(e.number))
            w.key("date"); w.optionalString(r.date.iso)
            w.key("source"); w.optionalString(r.source?.code)
            w.key("target"); w.optionalString(r.target?.code)
            w.key("cameo"); w.string(r.cameo)
            w.key("plover"); w.optionalString(r.plover.type)
            w.key("place"); w.string(l.name)
            w.key("mentions"); w.int(e.mentionCount)
            w.key("sources"); w.int(e.sourceCount)
            w.raw("}}")
        }
        w.raw("]}\n")
        return w.bytes
    }

    static func detail(_ d: StoredEventDetail) -> String {
        let e = d.event, r = e.record
        var lines = [
            "event \(e.number) (\(r.id))",
            "  \(EventTable.actor(r.source)) \(r.cameo) \(EventTable.actor(r.target))   \(r.plover.type ?? "-")   goldstein \(r.goldstein)   quad class \(r.quadClass)",
            "  when   \(r.date.iso ?? "unknown") (\(r.date.precision.rawValue))",
            "  where  \(r.location.map { "\($0.name), \($0.country ?? "-") (\($0.latitude), \($0.longitude), \($0.precision.rawValue))" } ?? "unknown")",
            "  \(e.mentionCount) mention(s) from \(e.sourceCount) source(s), first seen \(e.firstSeen ?? "-"), last seen \(e.lastSeen ?? "-")",
        ]
        if r.fatalities != nil || r.injuries != nil {
            lines.append("  fatalities \(r.fatalities.map(String.init) ?? "-"), injuries \(r.injuries.map(String.init) ?? "-")")
        }
        for (i, m) in d.mentions.enumerated() {
            let outlet = [m.outlet, m.published, m.url].compactMap { $0 }.joined(separator: ", ")
            lines.append("  [\(i + 1)] \(m.documentID) sentence \(m.sentenceIndex)\(outlet.isEmpty ? "" : " — \(outlet)")")
            lines.append("      \(m.sourceCode ?? "-") \(m.cameo) \(m.targetCode ?? "-")  \"\(m.trigger)\"")
            lines.append("      \(m.sentence)")
        }
        return lines.joined(separator: "\n")
    }
}
