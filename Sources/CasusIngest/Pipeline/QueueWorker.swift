import CasusCore
import CasusStore

/// One `casus worker`: drains PostgreSQL's document queue, a batch per transaction.
///
/// Workers hold no state between batches, so any number of them on any number of machines can
/// share one queue; a worker that dies loses only its uncommitted batch, which PostgreSQL hands
/// to the next claim.
public struct QueueWorker: Sendable {
    public var store: PostgresStore
    public var coder: EventCoder
    public var batchSize: Int

    public init(store: PostgresStore, coder: EventCoder, batchSize: Int = 20) {
        self.store = store
        self.coder = coder
        self.batchSize = batchSize
    }

    /// Codes batches until the queue is empty (or, with `follow`, forever, polling when idle).
    public func run(follow: Bool = false, progress: (PostgresStore.BatchReport) -> Void = { _ in }) async throws -> PostgresStore.BatchReport {
        var total = PostgresStore.BatchReport()
        let coder = self.coder
        while true {
            let batch = try await store.codeQueued(batchSize: batchSize) { document in
                let result = coder.code(document)
                return PostgresStore.Coding(events: result.events, sentenceCount: result.sentenceCount)
            }
            total.documents += batch.documents
            total.sentences += batch.sentences
            total.mentions += batch.mentions
            total.newEvents += batch.newEvents
            progress(total)
            if batch.documents == 0 {
                guard follow else { return total }
                try await Task.sleep(for: .seconds(2))
            }
        }
    }
}
