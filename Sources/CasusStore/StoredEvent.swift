import CasusCore

/// An event as the store holds it: the record of its first report, and what all reports add up to.
public struct StoredEvent: Sendable, Equatable {
    /// The event's number in this store (`casus show 42`).
    public var number: Int64
    /// The first report's event record; its `id` is the event's stable id.
    public var record: Event
    public var mentionCount: Int
    /// Distinct outlets (`source` of the documents; a document without one counts on its own).
    public var sourceCount: Int
    /// Earliest and latest publication day of the documents that report it.
    public var firstSeen: String?
    public var lastSeen: String?
}

/// One report of an event: where it was read, and what that sentence said.
public struct StoredMention: Sendable, Equatable {
    public var recordID: String
    public var documentID: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: String?
    public var sentenceIndex: Int
    public var sentence: String
    public var trigger: String
    public var sourceCode: String?
    public var targetCode: String?
    public var cameo: String
    public var date: String?
    public var locationName: String?
}

public struct StoredEventDetail: Sendable, Equatable {
    public var event: StoredEvent
    public var mentions: [StoredMention]
}

/// Reads a column by name from either database's row type.
protocol ColumnReader {
    func text(_ column: String) throws -> String?
    func int(_ column: String) throws -> Int?
    func double(_ column: String) throws -> Double?
}

enum EventColumns {
    /// The columns a `StoredEvent` is read from, in `SELECT` order.
    static let list = """
    id, record_id, cameo, plover_type, plover_mode, goldstein, quad_class,
    source_code, source_text, source_inferred, target_code, target_text, target_inferred,
    location_name, location_country, location_admin1, lat, lon, location_precision, geonames_id,
    date, date_precision, day_start, fatalities, injuries, confidence,
    doc_id, sentence_index, sentence, trigger, mention_count, source_count, first_seen, last_seen
    """

    static let mentionList = """
    m.record_id, d.doc_id, d.title, d.url, d.source, d.published, m.sentence_index, m.sentence, m.trigger,
    m.source_code, m.target_code, m.cameo, m.date, m.location_name
    """

    static func event(_ row: some ColumnReader) throws -> StoredEvent {
        func actor(_ prefix: String) throws -> ActorRef? {
            guard let code = try row.text("\(prefix)_code") else { return nil }
            return ActorRef(text: try row.text("\(prefix)_text"), code: code, inferred: try row.int("\(prefix)_inferred") == 1)
        }
        var location: Location?
        if let name = try row.text("location_name"), let lat = try row.double("lat"), let lon = try row.double("lon") {
            location = Location(name: name, country: try row.text("location_country"), admin1: try row.text("location_admin1"),
                                latitude: lat, longitude: lon,
                                precision: Location.Precision(rawValue: try row.text("location_precision") ?? "") ?? .country,
                                geonamesID: try row.int("geonames_id"))
        }
        let precision = EventDate.Precision(rawValue: try row.text("date_precision") ?? "") ?? .unknown
        let date = EventDate(day: try row.int("day_start").map { CalendarDay(ordinal: $0) }, precision: precision)
        let record = Event(
            id: try row.text("record_id") ?? "", documentID: try row.text("doc_id") ?? "",
            sentenceIndex: try row.int("sentence_index") ?? 0, sentence: try row.text("sentence") ?? "",
            trigger: try row.text("trigger") ?? "", source: try actor("source"), target: try actor("target"),
            cameo: try row.text("cameo") ?? "", plover: PloverCategory(type: try row.text("plover_type"), mode: try row.text("plover_mode")),
            goldstein: try row.double("goldstein") ?? 0, quadClass: try row.int("quad_class") ?? 0, location: location, date: date,
            fatalities: try row.int("fatalities"), injuries: try row.int("injuries"), negated: false,
            confidence: try row.double("confidence") ?? 0)
        return StoredEvent(number: Int64(try row.int("id") ?? 0), record: record, mentionCount: try row.int("mention_count") ?? 0,
                           sourceCount: try row.int("source_count") ?? 0, firstSeen: try row.text("first_seen"),
                           lastSeen: try row.text("last_seen"))
    }

    static func mention(_ row: some ColumnReader) throws -> StoredMention {
        StoredMention(recordID: try row.text("record_id") ?? "", documentID: try row.text("doc_id") ?? "",
                      title: try row.text("title"), url: try row.text("url"), outlet: try row.text("source"),
                      published: try row.text("published"), sentenceIndex: try row.int("sentence_index") ?? 0,
                      sentence: try row.text("sentence") ?? "", trigger: try row.text("trigger") ?? "",
                      sourceCode: try row.text("source_code"), targetCode: try row.text("target_code"),
                      cameo: try row.text("cameo") ?? "", date: try row.text("date"), locationName: try row.text("location_name"))
    }

    static func candidate(_ row: some ColumnReader) throws -> EventCandidate {
        let key = EventKey(root: try row.text("root") ?? "", source: try row.text("source_key") ?? "", target: try row.text("target_key") ?? "")
        var days: ClosedRange<Int>?
        if let start = try row.int("day_start"), let end = try row.int("day_end") { days = start...end }
        var place: PlaceFootprint?
        if let lat = try row.double("lat"), let lon = try row.double("lon") {
            place = PlaceFootprint(country: try row.text("location_country"), admin1: try row.text("location_admin1"),
                                   latitude: lat, longitude: lon,
                                   precision: Location.Precision(rawValue: try row.text("location_precision") ?? "") ?? .country)
        }
        return EventCandidate(id: Int64(try row.int("id") ?? 0), footprint: EventFootprint(key: key, days: days, place: place))
    }
}
