import CasusCore
import CasusStore
import Foundation

/// Read → code → store: what `casus ingest` does with files, folders and standard input.
///
/// Each document is looked up by content hash before coding, so a rerun (after a crash, a
/// `kill -9`, or on purpose) skips what is stored and codes only the rest; each document is stored
/// in its own transaction, so an interruption loses at most the document being written. Problems
/// with one input are collected and the run goes on; a failure of the store stops the run,
/// because every following document would fail the same way.
public struct IngestPipeline: Sendable {
    public var reader: DocumentReader
    /// Nil when only enqueuing: coding is then the workers' job.
    public var coder: EventCoder?
    public var store: any EventStore

    public init(reader: DocumentReader, coder: EventCoder?, store: any EventStore) {
        self.reader = reader
        self.coder = coder
        self.store = store
    }

    /// Codes and stores every document; `progress` is called after each one.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in }) async throws -> IngestSummary {
        guard let coder else { throw StoreError("ingest needs an event coder") }
        var summary = IngestSummary()
        // The store writes document n while the coder works on document n + 1: on two cores the
        // writing costs little wall time. Writes stay in input order, one at a time, so the store
        // ends the same as a strictly sequential run (and a rerun after a kill converges on it).
        var writing: (task: Task<StoreOutcome, Error>, sentences: Int)?
        func finishWriting() async throws {
            guard let pending = writing else { return }
            writing = nil
            switch try await pending.task.value {
            case .stored(let mentions, let newEvents):
                summary.stored += 1
                summary.sentences += pending.sentences
                summary.mentions += mentions
                summary.newEvents += newEvents
            case .duplicate:
                summary.duplicates += 1
            }
            progress(summary)
        }
        let store = self.store
        for file in reader.files(for: inputs, problems: &summary.skipped) {
            for document in readAll(file, &summary) {
                let hash = ContentHash.of(document.text)
                if try await store.containsDocument(hash: hash) {
                    summary.duplicates += 1
                    continue
                }
                let result = coder.code(document)
                let coded = CodedDocument(document: document, events: result.events, sentenceCount: result.sentenceCount, contentHash: hash)
                try await finishWriting()
                writing = (Task { try await store.store(coded) }, result.sentenceCount)
            }
        }
        try await finishWriting()
        return summary
    }

    /// Stores documents uncoded in PostgreSQL's queue, for `casus worker` processes to code.
    public func enqueue(_ inputs: [String], into queue: PostgresStore, batchSize: Int = 200,
                        progress: (IngestSummary) -> Void = { _ in }) async throws -> IngestSummary {
        var summary = IngestSummary()
        var pending: [Document] = []
        func flush() async throws {
            let queued = try await queue.enqueue(pending)
            summary.queued += queued
            summary.duplicates += pending.count - queued
            pending.removeAll(keepingCapacity: true)
            progress(summary)
        }
        for file in reader.files(for: inputs, problems: &summary.skipped) {
            for document in readAll(file, &summary) {
                pending.append(document)
                if pending.count >= batchSize { try await flush() }
            }
        }
        if !pending.isEmpty { try await flush() }
        return summary
    }

    private func readAll(_ file: String, _ summary: inout IngestSummary) -> [Document] {
        var documents: [Document] = []
        reader.read(file, problems: &summary.skipped) { documents.append($0) }
        summary.read += documents.count
        return documents
    }
}

/// What an ingest run did, for the progress line and the final summary.
public struct IngestSummary: Sendable, CustomStringConvertible {
    public var read = 0
    public var stored = 0
    public var queued = 0
    /// Already in the store (same content hash): not coded again.
    public var duplicates = 0
    public var sentences = 0
    public var mentions = 0
    public var newEvents = 0
    public var skipped: [InputProblem] = []

    public init() {}

    public var description: String {
        var parts = ["\(read) documents read"]
        if queued > 0 {
            parts.append("\(queued) queued for workers")
        } else {
            parts.append("\(stored) coded and stored, \(sentences) sentences, \(mentions) event mentions (\(newEvents) new events, \(mentions - newEvents) merged)")
        }
        parts.append("\(duplicates) already stored")
        parts.append("\(skipped.count) skipped")
        return parts.joined(separator: "; ")
    }

    /// Skipped inputs grouped by reason, for the end of the summary.
    public var skippedByReason: [(reason: String, count: Int)] {
        var counts: [String: Int] = [:]
        for problem in skipped {
            let reason = problem.reason.split(separator: ":").first.map(String.init) ?? problem.reason
            counts[reason, default: 0] += 1
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { ($0.key, $0.value) }
    }
}
