import ArgumentParser
import CasusStore
import Foundation

/// `--db` and the deduplication thresholds: shared by every command that opens a store.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store: a SQLite file path, or postgres://user:password@host:port/database.")
    var db: String = SQLiteStore.defaultPath

    @Option(name: .customLong("merge-radius-km"), help: "Reports within this distance (city or site precision) can be one event.")
    var mergeRadiusKilometres: Double = 25

    @Option(name: .customLong("merge-date-window"), help: "Days by which two reports' dates may miss each other and still be one event.")
    var mergeDateWindow: Int = 1

    @Option(name: .customLong("db-timeout"), help: "Seconds to wait for the database (a locked SQLite file, an unresponsive PostgreSQL).")
    var timeout: Int = 30

    var isPostgres: Bool { db.hasPrefix("postgres://") || db.hasPrefix("postgresql://") }

    var rule: DeduplicationRule { DeduplicationRule(radiusKilometres: mergeRadiusKilometres, dateWindowDays: mergeDateWindow) }

    func open() async throws -> any EventStore {
        isPostgres ? try await openPostgres() : try SQLiteStore(path: db, rule: rule, busyTimeout: TimeInterval(timeout))
    }

    func openPostgres() async throws -> PostgresStore {
        guard isPostgres else { throw ValidationError("--db \(db): this needs PostgreSQL (--db postgres://…)") }
        return try await PostgresStore(url: db, rule: rule, operationTimeout: .seconds(timeout))
    }
}

/// A progress line on standard error, redrawn in place, only when standard error is a terminal.
struct ProgressLine {
    let enabled = isatty(STDERR_FILENO) != 0
    var last = ContinuousClock.now

    mutating func show(_ text: @autoclosure () -> String, force: Bool = false) {
        guard enabled, force || ContinuousClock.now - last > .milliseconds(200) else { return }
        last = ContinuousClock.now
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text())".utf8))
    }

    func end() { if enabled { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) } }
}
