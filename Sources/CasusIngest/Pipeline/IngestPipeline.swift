import CasusCore
import CasusStore
import Foundation

/// Read → code → store: what `casus ingest` does with files, folders and standard input.
///
/// Each document is looked up by content hash before coding, so a rerun (after a crash, a
/// `kill -9`, or on purpose) skips what is stored and codes only the rest; documents are stored in
/// small batches, one transaction each, so an interruption loses at most the batch being written. Problems
/// with one input are collected and the run goes on; a failure of the store stops the run,
/// because every following document would fail the same way.
public struct IngestPipeline: Sendable {
    public var reader: DocumentReader
    /// Nil when only enqueuing: coding is then the workers' job.
    public var coder: EventCoder?
    public var store: any EventStore
    /// Documents per write transaction.
    public var batchSize: Int

    public init(reader: DocumentReader, coder: EventCoder?, store: any EventStore, batchSize: Int = 16) {
        self.reader = reader
        self.coder = coder
        self.store = store
        self.batchSize = max(1, batchSize)
    }

    /// Codes and stores every document; `progress` is called after each written batch.
    public func ingest(_ inputs: [String], progress: (IngestSummary) -> Void = { _ in }) async throws -> IngestSummary {
        guard let coder else { throw StoreError("ingest needs an event coder") }
        var summary = IngestSummary()
        // The store writes batch n while the coder works on batch n + 1: on two cores the
        // writing costs little wall time. Batches are written in input order, one transaction
        // each, so the store ends the same as a strictly sequential run (and a rerun after a kill,
        // which loses at most the batch being written, converges on it).
        var writing: (task: Task<[StoreOutcome], Error>, sentences: [Int])?
        func finishWriting() async throws {
            guard let pending = writing else { return }
            writing = nil
            for (outcome, sentences) in zip(try await pending.task.value, pending.sentences) {
                switch outcome {
                case .stored(let mentions, let newEvents):
                    summary.stored += 1
                    summary.sentences += sentences
                    summary.mentions += mentions
                    summary.newEvents += newEvents
                case .duplicate:
                    summary.duplicates += 1
                }
            }
            progress(summary)
        }
        let store = self.store
        var batch: [CodedDocument] = []
        var batchSentences: [Int] = []
        func send() async throws {
            guard !batch.isEmpty else { return }
            try await finishWriting()
            let documents = batch, sentences = batchSentences
            writing = (Task { try await store.store(batch: documents) }, sentences)
            batch.removeAll(keepingCapacity: true)
            batchSentences.removeAll(keepingCapacity: true)
        }
        for file in reader.files(for: inputs, problems: &summary.skipped) {
            for document in readAll(file, &summary) {
                let hash = ContentHash.of(document.text)
                if try await store.containsDocument(hash: hash) || batch.contains(where: { $0.contentHash == hash }) {
                    summary.duplicates += 1
                    continue
                }
                let result = coder.code(document)
                batch.append(CodedDocument(document: document, events: result.events, sentenceCount: result.sentenceCount, contentHash: hash))
                batchSentences.append(result.sentenceCount)
                if batch.count >= batchSize { try await send() }
            }
        }
        try await send()
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
