import Foundation
import GRDB
import PostgresNIO
import Testing
@testable import CasusStore

/// `casus ingest`, `worker`, `events` run as processes: reruns, kills, locks and lost servers.
@Suite(.timeLimit(.minutes(5))) struct StoreCommandTests {
    let cli = CommandLineTests()

    /// Short generated news: enough documents that a kill lands mid-run, some reporting one event.
    static func corpus(_ count: Int) -> Data {
        let actors = ["Rebels", "Iraqi troops", "Protesters", "Turkish warplanes"]
        let places = ["Baghdad", "Mosul", "Kirkuk", "Basra"]
        var lines = ""
        for i in 0..<count {
            let text = "\(actors[i % 4]) attacked a police station in \(places[(i / 4) % 4]) on Tuesday, officials said. Report \(i)."
            lines += #"{"id": "g\#(i)", "date": "2022-06-0\#(1 + i % 7)", "source": "outlet\#(i % 5)", "text": "\#(text)"}"# + "\n"
        }
        return Data(lines.utf8)
    }

    func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    func dump(_ db: String) throws -> String {
        let run = try cli.casus(["events", "--db", db, "--format", "jsonl", "--limit", "0"])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test func reingestingTheSameInputsAddsNothing() throws {
        let db = try cli.file("re.sqlite", []) + ".d"
        let first = try cli.casus(["ingest", "--db", db, CommandLineTests.samples])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try dump(db)
        let second = try cli.casus(["ingest", "--db", db, CommandLineTests.samples])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 coded and stored") && second.stderr.contains("16 already stored"), "\(second.stderr)")
        #expect(try dump(db) == before)
        #expect(!before.isEmpty)
    }

    @Test func killedIngestThenRerunEqualsAnUninterruptedRun() async throws {
        let corpus = try cli.file("corpus.jsonl", [UInt8](Self.corpus(1500)))
        let whole = corpus + ".whole.sqlite", interrupted = corpus + ".killed.sqlite"
        #expect(try cli.casus(["ingest", "--db", whole, corpus]).status == 0)

        // A named pipe nobody writes to, read after the corpus: should the run get through every
        // document before the kill lands (a fast machine), it waits there, so the kill still ends a
        // live ingest, with its last batch not yet written.
        let pipe = corpus + ".never-written"
        #expect(mkfifo(pipe, 0o600) == 0)
        let process = try start(["ingest", "--db", interrupted, corpus, pipe])
        var stored = 0
        for _ in 0..<600 where process.isRunning && stored < 100 {
            try await Task.sleep(for: .milliseconds(50))
            stored = (try? await SQLiteStore(path: interrupted).counts().documents) ?? 0
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "ingest finished before it could be killed")
        let rerun = try cli.casus(["ingest", "--db", interrupted, corpus])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try dump(interrupted) == dump(whole))
        let counts = try await SQLiteStore(path: interrupted).counts()
        #expect(counts.documents == 1500)
    }

    @Test func corruptOrLockedSQLiteFilesAreClearErrorsAndWriteNothing() async throws {
        let corrupt = try cli.file("corrupt.sqlite", Array(repeating: 0x41, count: 8192))
        let run = try cli.casus(["ingest", "--db", corrupt, CommandLineTests.samples])
        #expect(run.status != 0)
        #expect(run.stderr.contains("not a Casus store or is corrupt"), "\(run.stderr)")

        let locked = try cli.file("locked.sqlite", []) + ".d"
        _ = try SQLiteStore(path: locked)
        var holding = Configuration()
        holding.allowsUnsafeTransactions = true   // the test holds the lock across accesses on purpose
        let holder = try DatabaseQueue(path: locked, configuration: holding)
        try await holder.writeWithoutTransaction { db in try db.execute(sql: "BEGIN EXCLUSIVE") }
        let blocked = try cli.casus(["ingest", "--db", locked, "--db-timeout", "1", CommandLineTests.samples])
        try await holder.writeWithoutTransaction { db in try db.execute(sql: "ROLLBACK") }
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("locked by another process"), "\(blocked.stderr)")
        #expect(try await SQLiteStore(path: locked).counts().documents == 0)
    }

    /// The issue's figure: three workers share 3,000 queued documents.
    static let queuedDocuments = 3000

    @Test func threeWorkersCodeEveryQueuedDocumentOnceEvenWhenOneIsKilled() async throws {
        guard let url = try await PostgresTestDatabase.fresh() else { return }
        let corpus = try cli.file("queue.jsonl", [UInt8](Self.corpus(Self.queuedDocuments)))
        let queued = try cli.casus(["ingest", "--queue", "--db", url, corpus])
        #expect(queued.status == 0, "\(queued.stderr)")
        #expect(queued.stderr.contains("\(Self.queuedDocuments) queued"), "\(queued.stderr)")

        let workers = try (0..<3).map { _ in try start(["worker", "--db", url, "--batch", "10"]) }
        let store = try await PostgresStore(url: url, operationTimeout: .seconds(20))
        defer { Task { await store.close() } }
        for _ in 0..<2400 {
            if try await store.counts().queued <= Self.queuedDocuments * 2 / 3 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        kill(workers[0].processIdentifier, SIGKILL)
        for worker in workers { worker.waitUntilExit() }
        #expect(workers[1].terminationStatus == 0 && workers[2].terminationStatus == 0)

        let counts = try await store.counts()
        #expect(counts.queued == 0)
        #expect(counts.documents == Self.queuedDocuments)
        let check = try await store.rows(SQLStatement(.postgres, """
            SELECT (SELECT COUNT(*) FROM documents WHERE status <> 'coded') AS uncoded,
                   (SELECT COALESCE(SUM(events), 0)::bigint FROM documents) AS coded_events,
                   (SELECT COUNT(*) FROM mentions) AS mentions,
                   (SELECT COUNT(*) FROM (SELECT document_id FROM mentions GROUP BY document_id, sentence_index, trigger HAVING COUNT(*) > 1) x) AS repeated
            """))[0]
        #expect(try check.int("uncoded") == 0)
        #expect(try check.int("coded_events") == check.int("mentions"))
        #expect(try check.int("repeated") == 0)
        #expect(counts.mentions >= Self.queuedDocuments)
    }

    @Test func postgresGoingAwayMidIngestStopsCleanlyAndARerunCompletes() async throws {
        guard let url = try await PostgresTestDatabase.fresh() else { return }
        // Two halves with a named pipe between them: the run waits at the pipe, however fast it
        // coded the first half, until the connections are being cut; then the pipe is opened and
        // closed empty, and the second half is stored while every connection keeps being dropped.
        let lines = String(decoding: Self.corpus(2400), as: UTF8.self).split(separator: "\n")
        let first = try cli.file("away-1.jsonl", Array(lines[..<1200].joined(separator: "\n").utf8))
        let second = try cli.file("away-2.jsonl", Array(lines[1200...].joined(separator: "\n").utf8))
        let pipe = first + ".held-open"
        #expect(mkfifo(pipe, 0o600) == 0)
        let store = try await PostgresStore(url: url, operationTimeout: .seconds(20))
        defer { Task { await store.close() } }
        let process = try start(["ingest", "--db", url, "--db-timeout", "10", first, pipe, second])
        for _ in 0..<600 where process.isRunning {
            if try await store.counts().documents >= 50 { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        // The server drops every other connection to this database, as a restart would.
        while process.isRunning {
            _ = try await store.rows(SQLStatement(.postgres, """
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                """))
            // Fails (no reader) until the run waits at the pipe.
            let writer = open(pipe, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            try await Task.sleep(for: .milliseconds(20))
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "ingest should stop with an error when its connection is cut")
        let consistent = try await store.rows(SQLStatement(.postgres, """
            SELECT COUNT(*) AS bad FROM documents d WHERE d.events <> (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id)
            """))[0]
        #expect(try consistent.int("bad") == 0)
        let rerun = try cli.casus(["ingest", "--db", url, first, second])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try await store.counts().documents == 2400)
    }
}

enum PostgresTestDatabase {
    /// A new database on `CASUS_TEST_POSTGRES_URL`'s server; nil (skipped, with a message) when no
    /// server is configured on a developer's machine, a failure in CI.
    static func fresh() async throws -> String? {
        let environment = ProcessInfo.processInfo.environment
        guard let base = environment["CASUS_TEST_POSTGRES_URL"] else {
            if environment["CI"] == "true" { Issue.record("CI=true but CASUS_TEST_POSTGRES_URL is not set") }
            else { print("PostgreSQL tests skipped: set CASUS_TEST_POSTGRES_URL=postgres://user@host:port/db to run them") }
            return nil
        }
        let admin = try await PostgresStore(url: base, operationTimeout: .seconds(20))
        defer { Task { await admin.close() } }
        let name = "casus_cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try await admin.bounded("create a test database") { _ = try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)")) }
        var parts = URLComponents(string: base)!
        parts.path = "/" + name
        return parts.string!
    }
}
