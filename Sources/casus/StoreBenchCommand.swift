import ArgumentParser
import CasusCore
import CasusStore
import Foundation

/// Measures `casus events` with a dyad and a date range on a store filled with generated events.
struct StoreBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-bench",
        abstract: "Fill a store with generated events, then time a dyad + date query (build with -c release).",
        shouldDisplay: false
    )

    @OptionGroup var store: StoreOptions

    @Option(help: "Generated events to add before measuring (0: measure the store as it is).")
    var generate: Int = 1_000_000

    @Option(help: "Query repetitions.")
    var runs: Int = 20

    func run() async throws {
        let opened = try await store.open()
        defer { Task { await opened.close() } }
        let clock = ContinuousClock()
        if generate > 0 {
            let took = try await clock.measure {
                if let sqlite = opened as? SQLiteStore { try sqlite.addSyntheticEvents(count: generate) }
                if let postgres = opened as? PostgresStore { try await postgres.addSyntheticEvents(count: generate) }
            }
            Terminal.print("generated \(generate) events in \(took)")
        }
        var query = EventQuery()
        query.source = "USA"
        query.target = "IRQ"
        query.since = CalendarDay(iso: "2017-01-01")
        query.until = CalendarDay(iso: "2017-03-31")
        var times: [Double] = []
        var found = 0
        for _ in 0..<max(1, runs) {
            let took = try await clock.measure { found = try await opened.events(matching: query).count }
            times.append(Double(took.components.attoseconds) / 1e15 + Double(took.components.seconds) * 1000)
        }
        times.sort()
        let counts = try await opened.counts()
        Terminal.print("\(counts.events) events stored; --source USA --target IRQ --since 2017-01-01 --until 2017-03-31 → \(found) events")
        Terminal.print(String(format: "query time over %d runs: median %.1f ms, fastest %.1f ms, slowest %.1f ms",
                              times.count, times[times.count / 2], times[0], times[times.count - 1]))
    }
}
