import CasusCore
import Foundation
import PostgresNIO

/// The shared store: a PostgreSQL database, for teams and for coding on several machines.
///
/// Same schema and guarantees as `SQLiteStore`; in addition it holds the queue that
/// `casus worker` processes drain (see `PostgresStore+Queue.swift`). Writers that may run at the
/// same time take a transaction-scoped advisory lock per `EventKey` before looking for events to
/// merge into, so two workers never both start "the same" event.
///
/// Every operation runs under `operationTimeout`: postgres-nio retries a refused or vanished
/// server indefinitely, and a user should get an error instead of a hang.
public final class PostgresStore: EventStore {
    public let rule: DeduplicationRule
    public let endpoint: String
    public let operationTimeout: Duration
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger = Logger(label: "casus.store.postgres")
    let statements = StoreStatements(dialect: .postgres)

    /// Connects to `postgres://user:password@host:port/database` (`?sslmode=require` for TLS) and
    /// brings the schema up to date.
    public init(url: String, rule: DeduplicationRule = DeduplicationRule(), operationTimeout: Duration = .seconds(30)) async throws {
        let configuration = try PostgresStore.configuration(url)
        self.rule = rule
        self.operationTimeout = operationTimeout
        self.endpoint = "\(configuration.host ?? "?"):\(configuration.port ?? 5432)/\(configuration.database ?? configuration.username)"
        var logger = Logger(label: "casus.store.postgres.background")
        logger.logLevel = .critical
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        self.runner = Task { await client.run() }
        do {
            try await bounded("connect") { [client] in _ = try await client.query("SELECT 1") }
            try await migrate()
        } catch {
            runner.cancel()
            throw error
        }
    }

    public static func configuration(_ url: String) throws -> PostgresClient.Configuration {
        guard let parts = URLComponents(string: url), parts.scheme == "postgres" || parts.scheme == "postgresql",
              let host = parts.host, !host.isEmpty else {
            throw StoreError("--db \(url): expected postgres://user:password@host:port/database")
        }
        let sslMode = parts.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        let tls: PostgresClient.Configuration.TLS = sslMode == "disable" ? .disable
            : sslMode == "require" ? .require(.makeClientConfiguration()) : .prefer(.makeClientConfiguration())
        let database = parts.path.hasPrefix("/") ? String(parts.path.dropFirst()) : parts.path
        return PostgresClient.Configuration(host: host, port: parts.port ?? 5432, username: parts.user ?? "postgres",
                                            password: parts.password?.removingPercentEncoding ?? parts.password,
                                            database: database.isEmpty ? nil : database, tls: tls)
    }

    public func containsDocument(hash: String) async throws -> Bool {
        let statement = statements.containsDocument(hash: hash)
        return try await bounded("look up a document") { try await self.rows(statement).first?.int("count") ?? 0 > 0 }
    }

    public func store(_ document: CodedDocument) async throws -> StoreOutcome {
        try await bounded("store document \(document.document.id)") {
            try await self.client.withTransaction(logger: self.logger) { connection -> StoreOutcome in
                let inserted = try await self.rows(self.statements.insertDocument(document, status: "coded"), on: connection)
                guard let row = try inserted.first?.int("id") else { return .duplicate }
                let written = try await self.writeEvents([WrittenDocument(row: Int64(row), document: document.document,
                                                                          contentHash: document.contentHash, events: document.events)], on: connection)
                return .stored(mentions: written.mentions, newEvents: written.newEvents)
            }
        }
    }

    public func events(matching query: EventQuery) async throws -> [StoredEvent] {
        let statement = query.statement(.postgres)
        return try await bounded("query events") { query.finish(try await self.rows(statement).map { try EventColumns.event($0) }) }
    }

    public func event(id: String) async throws -> StoredEventDetail? {
        let statement = statements.event(id: id)
        return try await bounded("read event \(id)") {
            guard let row = try await self.rows(statement).first else { return nil }
            let event = try EventColumns.event(row)
            let mentions = try await self.rows(self.statements.mentions(of: event.number)).map { try EventColumns.mention($0) }
            return StoredEventDetail(event: event, mentions: mentions)
        }
    }

    public func counts() async throws -> StoreCounts {
        let statement = statements.counts()
        return try await bounded("count") {
            let row = try await self.rows(statement)[0]
            return StoreCounts(documents: try row.int("documents") ?? 0, events: try row.int("events") ?? 0,
                               mentions: try row.int("mentions") ?? 0, queued: try row.int("queued") ?? 0)
        }
    }

    public func close() async { runner.cancel() }

    // MARK: - Schema

    private func migrate() async throws {
        try await bounded("migrate the schema") {
            try await self.client.withTransaction(logger: self.logger) { connection in
                // One migrating process at a time: workers starting together must not race.
                try await connection.query("SELECT pg_advisory_xact_lock(7343921)", logger: self.logger)
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS casus_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """, logger: self.logger)
                var applied = Set<String>()
                for try await version in try await connection.query("SELECT version FROM casus_migrations", logger: self.logger).decode(String.self) {
                    applied.insert(version)
                }
                for migration in Schema.migrations where !applied.contains(migration.version) {
                    for sql in Schema.statements(migration, for: .postgres) {
                        try await connection.query(PostgresQuery(unsafeSQL: sql), logger: self.logger)
                    }
                    try await connection.query("INSERT INTO casus_migrations (version) VALUES (\(migration.version))", logger: self.logger)
                }
            }
        }
    }

    // MARK: - Statements

    func query(_ statement: SQLStatement) -> PostgresQuery {
        var binds = PostgresBindings(capacity: statement.values.count)
        for value in statement.values {
            switch value {
            case .text(let s): binds.append(s)
            case .int(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .null: binds.appendNull()
            }
        }
        return PostgresQuery(unsafeSQL: statement.sql, binds: binds)
    }

    func rows(_ statement: SQLStatement, on connection: PostgresConnection? = nil) async throws -> [PostgresRandomAccessRow] {
        let sequence = if let connection {
            try await connection.query(query(statement), logger: logger)
        } else {
            try await client.query(query(statement), logger: logger)
        }
        var rows: [PostgresRandomAccessRow] = []
        for try await row in sequence { rows.append(row.makeRandomAccess()) }
        return rows
    }

    /// Runs an operation under the timeout, and says what went wrong in the user's terms.
    func bounded<T: Sendable>(_ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let endpoint = self.endpoint, limit = operationTimeout
        do {
            return try await Deadline.run(limit, onTimeout: {
                StoreError("PostgreSQL at \(endpoint) did not answer within \(limit) (\(what)): is it running, and are the user and password right?")
            }, body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("PostgreSQL at \(endpoint), \(what): \(PostgresStore.describe(error)); that transaction was rolled back")
        }
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? PostgresTransactionError {
            if let inner = e.closureError ?? e.commitError ?? e.beginError { return describe(inner) }
        }
        if let e = error as? PSQLError {
            if let message = e.serverInfo?[.message] { return message }
            return "\(e.code)"
        }
        return String(describing: error)
    }
}

extension PostgresRandomAccessRow: ColumnReader {
    func text(_ column: String) throws -> String? { try self[column].decode(String?.self) }
    func int(_ column: String) throws -> Int? { try self[column].decode(Int?.self) }
    func double(_ column: String) throws -> Double? { try self[column].decode(Double?.self) }
}
