import CasusCore
import Foundation
import GRDB

/// The embedded store: one SQLite file, in WAL mode so queries never block ingestion.
///
/// Writes go through GRDB's `DatabasePool` one transaction per document; statements are cached,
/// and `synchronous = NORMAL` (safe with WAL: a power cut may lose the last transactions, never
/// corrupt the file or split one) keeps commits cheap.
public final class SQLiteStore: EventStore {
    public static let defaultPath = "casus.sqlite"

    public let path: String
    public let rule: DeduplicationRule
    let pool: DatabasePool
    let statements = StoreStatements(dialect: .sqlite)

    /// Opens (creating when missing) and migrates the store at `path`.
    /// - Parameter busyTimeout: how long to wait for another process holding the write lock.
    public init(path: String = SQLiteStore.defaultPath, rule: DeduplicationRule = DeduplicationRule(), busyTimeout: TimeInterval = 5) throws {
        self.path = path
        self.rule = rule
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            var migrator = DatabaseMigrator()
            for migration in Schema.migrations {
                migrator.registerMigration(migration.version) { db in
                    for sql in Schema.statements(migration, for: .sqlite) { try db.execute(sql: sql) }
                }
            }
            try migrator.migrate(pool)
        } catch {
            throw SQLiteStore.explain(error, path: path)
        }
    }

    public func containsDocument(hash: String) async throws -> Bool {
        try guarded { try pool.read { db in try self.count(db, self.statements.containsDocument(hash: hash)) > 0 } }
    }

    public func store(_ document: CodedDocument) async throws -> StoreOutcome {
        try guarded { try pool.write { db in try self.store(document, in: db) } }
    }

    /// Stores several documents in one transaction: fewer commits for bulk loads and benchmarks.
    public func store(batch documents: [CodedDocument]) async throws -> [StoreOutcome] {
        try guarded { try pool.write { db in try documents.map { try self.store($0, in: db) } } }
    }

    public func events(matching query: EventQuery) async throws -> [StoredEvent] {
        let statement = query.statement(.sqlite)
        return try guarded {
            query.finish(try pool.read { db in try self.rows(db, statement).map { try EventColumns.event($0) } })
        }
    }

    public func event(id: String) async throws -> StoredEventDetail? {
        try guarded {
            try pool.read { db -> StoredEventDetail? in
                guard let row = try self.rows(db, self.statements.event(id: id)).first else { return nil }
                let event = try EventColumns.event(row)
                let mentions = try self.rows(db, self.statements.mentions(of: event.number)).map { try EventColumns.mention($0) }
                return StoredEventDetail(event: event, mentions: mentions)
            }
        }
    }

    public func counts() async throws -> StoreCounts {
        try guarded {
            try pool.read { db in
                let row = try self.rows(db, self.statements.counts())[0]
                return StoreCounts(documents: try row.int("documents") ?? 0, events: try row.int("events") ?? 0,
                                   mentions: try row.int("mentions") ?? 0, queued: try row.int("queued") ?? 0)
            }
        }
    }

    public func close() async { try? pool.close() }

    // MARK: - Writing

    private func store(_ coded: CodedDocument, in db: Database) throws -> StoreOutcome {
        guard let documentRow: Int = try rows(db, statements.insertDocument(coded, status: "coded")).first?[0] else {
            return .duplicate
        }
        let planner = MergePlanner(rule: rule)
        let batch = [coded.events]
        var candidates: [EventKey: [EventCandidate]] = [:]
        for (key, span) in planner.searches(batch) {
            candidates[key] = try rows(db, statements.candidates(key, span: span)).map(SQLiteStore.candidate)
        }
        let plan = planner.plan(batch, candidates: candidates)
        var newIDs: [Int64] = []
        for record in plan.newEvents {
            guard let id: Int = try rows(db, statements.insertEvent(record)).first?[0] else { throw StoreError("event insert returned no id") }
            newIDs.append(Int64(id))
        }
        let written = WrittenDocument(row: Int64(documentRow), document: coded.document, contentHash: coded.contentHash, events: coded.events)
        for step in statements.mentionSteps(plan, newIDs: newIDs, documents: [written]) { try execute(db, step) }
        return .stored(mentions: plan.mentions.count, newEvents: newIDs.count)
    }

    /// Reads a candidate row by position (the order `StoreStatements.candidates` selects): looking
    /// columns up by name costs more than the rest of the merge on a busy ingest.
    static func candidate(_ row: Row) -> EventCandidate {
        let key = EventKey(root: row[1], source: row[2], target: row[3])
        let start: Int? = row[4], end: Int? = row[5]
        var place: PlaceFootprint?
        if let lat: Double = row[6], let lon: Double = row[7] {
            place = PlaceFootprint(country: row[8], admin1: row[9], latitude: lat, longitude: lon,
                                   precision: Location.Precision(rawValue: row[10] ?? "") ?? .country)
        }
        let days: ClosedRange<Int>? = if let start, let end { start...end } else { nil }
        return EventCandidate(id: row[0], footprint: EventFootprint(key: key, days: days, place: place))
    }

    // MARK: - Statements

    func rows(_ db: Database, _ statement: SQLStatement) throws -> [Row] {
        let prepared = try db.cachedStatement(sql: statement.sql)
        return try Row.fetchAll(prepared, arguments: arguments(statement))
    }

    func execute(_ db: Database, _ statement: SQLStatement) throws {
        let prepared = try db.cachedStatement(sql: statement.sql)
        try prepared.execute(arguments: arguments(statement))
    }

    private func count(_ db: Database, _ statement: SQLStatement) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: statement.sql), arguments: arguments(statement)) ?? 0
    }

    private func arguments(_ statement: SQLStatement) -> StatementArguments {
        StatementArguments(statement.values.map { value -> DatabaseValue in
            switch value {
            case .text(let s): return s.databaseValue
            case .int(let i): return i.databaseValue
            case .double(let d): return d.databaseValue
            case .null: return .null
            }
        })
    }

    /// Runs a database operation, turning SQLite's errors into messages a user can act on.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw SQLiteStore.explain(error, path: path) }
    }

    static func explain(_ error: Error, path: String) -> Error {
        guard let e = error as? DatabaseError else { return error }
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError("\(path) is locked by another process (waited for it and gave up); nothing was written by this operation")
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StoreError("\(path) is not a Casus store or is corrupt (\(e.message ?? "SQLite error \(e.resultCode)")); nothing was written")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return StoreError("\(path) cannot be opened for writing (\(e.message ?? "SQLite error \(e.resultCode)"))")
        default:
            return StoreError("\(path): \(e.message ?? "SQLite error \(e.resultCode)")")
        }
    }
}

extension Row: ColumnReader {
    func text(_ column: String) throws -> String? { self[column] }
    func int(_ column: String) throws -> Int? { self[column] }
    func double(_ column: String) throws -> Double? { self[column] }
}
