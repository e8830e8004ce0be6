import CasusCore
import PostgresNIO

/// Writing events, and the work queue that lets any number of `casus worker` processes code
/// documents stored by `casus ingest --queue`.
///
/// A worker claims a batch with `SELECT … FOR UPDATE SKIP LOCKED`: rows another worker holds are
/// skipped, not waited for. It codes the batch and writes the events, marks the documents coded
/// and deletes their queue rows — all in the transaction that holds the claim. A worker that dies
/// mid-batch (killed, crashed, network gone) never commits: PostgreSQL rolls back, the row locks
/// vanish with its connection, and the documents are there for the next claim.
extension PostgresStore {
    /// What coding one document produced.
    public struct Coding: Sendable {
        public var events: [Event]
        public var sentenceCount: Int

        public init(events: [Event], sentenceCount: Int) {
            self.events = events
            self.sentenceCount = sentenceCount
        }
    }

    /// What one claimed batch came to.
    public struct BatchReport: Sendable, Equatable {
        public var documents = 0
        public var sentences = 0
        public var mentions = 0
        public var newEvents = 0

        public init() {}
    }

    /// Stores documents without coding them and queues them for workers. Documents already stored
    /// (same content hash) are skipped; returns how many were queued.
    public func enqueue(_ documents: [Document]) async throws -> Int {
        guard !documents.isEmpty else { return 0 }
        let coded = documents.map { CodedDocument(document: $0, events: [], sentenceCount: 0) }
        return try await bounded("enqueue \(documents.count) documents") {
            try await self.client.withTransaction(logger: self.logger) { connection -> Int in
                var queued = 0
                for document in coded {
                    let inserted = try await self.rows(self.statements.insertDocument(document, status: "queued"), on: connection)
                    guard let id = try inserted.first?.int("id") else { continue }
                    try await connection.query("INSERT INTO queue (document_id) VALUES (\(id))", logger: self.logger)
                    queued += 1
                }
                return queued
            }
        }
    }

    /// Claims up to `batchSize` queued documents, codes them with `code` and stores their events,
    /// in one transaction. Returns an empty report when the queue has nothing left to claim.
    public func codeQueued(batchSize: Int, code: @escaping @Sendable (Document) -> Coding) async throws -> BatchReport {
        try await bounded("code a batch of queued documents") {
            try await self.client.withTransaction(logger: self.logger) { connection -> BatchReport in
                let claimed = try await connection.query("""
                    SELECT d.id, d.doc_id, d.content_hash, d.text, d.published, d.title, d.url, d.source
                    FROM queue q JOIN documents d ON d.id = q.document_id
                    ORDER BY q.document_id LIMIT \(batchSize) FOR UPDATE OF q SKIP LOCKED
                    """, logger: self.logger)
                var batch: [(row: Int64, document: Document, hash: String)] = []
                for try await row in claimed {
                    let r = row.makeRandomAccess()
                    let document = Document(id: try r.text("doc_id") ?? "", text: try r.text("text") ?? "",
                                            published: try r.text("published").flatMap { CalendarDay(iso: $0) },
                                            title: try r.text("title"), url: try r.text("url"), source: try r.text("source"))
                    batch.append((Int64(try r.int("id") ?? 0), document, try r.text("content_hash") ?? ""))
                }
                var report = BatchReport()
                guard !batch.isEmpty else { return report }
                let codings = batch.map { code($0.document) }
                let written = try await self.writeEvents(zip(batch, codings).map {
                    WrittenDocument(row: $0.0.row, document: $0.0.document, contentHash: $0.0.hash, events: $0.1.events)
                }, on: connection)
                for (item, coding) in zip(batch, codings) {
                    try await self.rows(self.statements.markCoded(documentRow: item.row, sentences: coding.sentenceCount,
                                                                  events: coding.events.count), on: connection)
                    report.sentences += coding.sentenceCount
                }
                let ids = batch.map { Int($0.row) }
                try await connection.query("DELETE FROM queue WHERE document_id = ANY(\(ids))", logger: self.logger)
                report.documents = batch.count
                report.mentions = written.mentions
                report.newEvents = written.newEvents
                return report
            }
        }
    }

    /// Merges and writes the events of stored documents (`row` is the document's table id),
    /// inside the caller's transaction.
    func writeEvents(_ documents: [WrittenDocument], on connection: PostgresConnection) async throws -> (mentions: Int, newEvents: Int) {
        let planner = MergePlanner(rule: rule)
        let batch = documents.map(\.events)
        let searches = planner.searches(batch)
        // Locks in ascending order: two writers wanting the same keys queue up instead of deadlocking.
        for lock in Set(searches.keys.map(\.lockNumber)).sorted() {
            try await connection.query("SELECT pg_advisory_xact_lock(\(lock))", logger: logger)
        }
        var candidates: [EventKey: [EventCandidate]] = [:]
        for (key, span) in searches {
            candidates[key] = try await rows(statements.candidates(key, span: span), on: connection).map { try EventColumns.candidate($0) }
        }
        let plan = planner.plan(batch, candidates: candidates)
        var newIDs: [Int64] = []
        for record in plan.newEvents {
            guard let id = try await rows(statements.insertEvent(record), on: connection).first?.int("id") else {
                throw StoreError("event insert returned no id")
            }
            newIDs.append(Int64(id))
        }
        for step in statements.mentionSteps(plan, newIDs: newIDs, documents: documents) { _ = try await rows(step, on: connection) }
        return (plan.mentions.count, newIDs.count)
    }
}
