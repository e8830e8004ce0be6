import CasusCore

/// Human-readable renderings of events: a terminal table and CSV.
enum EventTable {
    static let csvHeader = "id,doc_id,sentence_index,date,source,cameo,target,plover,goldstein,quad_class,location,country,lat,lon,trigger,confidence"

    static func csvRow(_ e: Event) -> String {
        func q(_ s: String?) -> String {
            guard let s else { return "" }
            return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        let loc = e.location
        return [e.id, q(e.documentID), String(e.sentenceIndex), e.date.iso ?? "", e.source?.code ?? "", e.cameo,
                e.target?.code ?? "", e.plover.type ?? "", String(e.goldstein), String(e.quadClass), q(loc?.name),
                loc?.country ?? "", loc.map { String($0.latitude) } ?? "", loc.map { String($0.longitude) } ?? "",
                q(e.trigger), String(e.confidence)].joined(separator: ",")
    }

    static func render(_ events: [Event]) -> String {
        guard !events.isEmpty else { return "no events" }
        let header = ["doc", "#", "date", "source", "cameo", "target", "plover", "trigger", "where"]
        var rows = [header]
        for e in events {
            rows.append([e.documentID, String(e.sentenceIndex), e.date.iso ?? "-", actor(e.source), e.cameo, actor(e.target),
                         e.plover.type ?? "-", clip(e.trigger, 28), e.location?.name ?? "-"])
        }
        var widths = header.map { _ in 0 }
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            r.enumerated().map { i, c in c + String(repeating: " ", count: widths[i] - c.count) }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n\(events.count) event(s)"
    }

    static func actor(_ a: ActorRef?) -> String {
        guard let a else { return "-" }
        return a.code + (a.inferred ? "?" : "")
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}
