import ArgumentParser
import CasusCore
import CasusStore
import Foundation

struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List stored events: filter by actors, event type, place and time; export as table, JSON Lines, CSV or GeoJSON."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv, geojson }

    @OptionGroup var store: StoreOptions

    @Option(help: "Source actor code or prefix (USA matches USAGOV).") var source: String?
    @Option(help: "Target actor code or prefix.") var target: String?
    @Option(help: "Actor on either side.") var actor: String?
    @Option(help: "CAMEO root (19).") var root: String?
    @Option(help: "CAMEO code prefix (190).") var cameo: String?
    @Option(help: "PLOVER type (ASSAULT).") var plover: String?
    @Option(help: "Country where it happened (ISO alpha-3).") var country: String?
    @Option(help: "Events on or after this day (YYYY-MM-DD).") var since: String?
    @Option(help: "Events on or before this day (YYYY-MM-DD).") var until: String?
    @Option(help: "LAT,LON,RADIUS_KM: events within the radius.") var near: String?
    @Option(help: "Events reported at least this many times.") var minMentions: Int?
    @Option(help: "At most this many events (0: all).") var limit: Int = 10_000
    @Option(help: "table, jsonl, csv or geojson (default: table on a terminal, jsonl otherwise).") var format: Format?

    func query() throws -> EventQuery {
        var q = EventQuery()
        q.source = source
        q.target = target
        q.actor = actor
        q.root = root
        q.cameo = cameo
        q.plover = plover
        q.country = country
        q.since = try since.map(Self.day)
        q.until = try until.map(Self.day)
        q.minMentions = minMentions
        q.limit = limit > 0 ? limit : nil
        if let near {
            let parts = near.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 3, parts[2] > 0 else { throw ValidationError("--near \(near): expected LAT,LON,RADIUS_KM") }
            q.near = EventQuery.Near(latitude: parts[0], longitude: parts[1], radiusKilometres: parts[2])
        }
        return q
    }

    static func day(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else { throw ValidationError("\(text): expected YYYY-MM-DD") }
        return day
    }

    func run() async throws {
        let query = try query()
        let opened = try await store.open()
        defer { Task { await opened.close() } }
        let events: [StoredEvent]
        do { events = try await opened.events(matching: query) } catch let error as StoreError {
            Terminal.warn(error.description)
            throw ExitCode(1)
        }
        switch format ?? (Terminal.isInteractive ? .table : .jsonl) {
        case .table: Terminal.print(EventExport.table(events))
        case .jsonl: Terminal.write(EventExport.jsonLines(events))
        case .csv: Terminal.write(Array(EventExport.csv(events).utf8))
        case .geojson: Terminal.write(EventExport.geoJSON(events))
        }
    }
}

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one stored event with all its mentions: documents, sentences and triggers."
    )

    @Argument(help: "The event's number (from `casus events`) or its id.")
    var id: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let opened = try await store.open()
        defer { Task { await opened.close() } }
        guard let detail = try await opened.event(id: id) else {
            Terminal.warn("no event \(id) in \(store.db)")
            throw ExitCode(1)
        }
        Terminal.print(EventExport.detail(detail))
    }
}
