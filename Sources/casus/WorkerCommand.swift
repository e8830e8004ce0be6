import ArgumentParser
import CasusIngest
import CasusStore

struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Code documents queued in PostgreSQL (by `casus ingest --queue`); run as many as you like, on any machines.",
        discussion: "Each batch is claimed with SELECT … FOR UPDATE SKIP LOCKED and coded, stored and dequeued in one transaction: a killed worker's batch goes back to the others."
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions

    @Option(help: "Documents claimed per transaction.")
    var batch: Int = 20

    @Flag(help: "Keep waiting for new documents instead of exiting when the queue is empty.")
    var follow = false

    func run() async throws {
        let postgres = try await store.openPostgres()
        defer { Task { await postgres.close() } }
        let worker = QueueWorker(store: postgres, coder: try dictionary.coder(), batchSize: max(1, batch))
        var progress = ProgressLine()
        do {
            let total = try await worker.run(follow: follow) { t in progress.show("\(t.documents) documents coded, \(t.mentions) mentions") }
            progress.end()
            Terminal.warn("worker done: \(total.documents) documents, \(total.sentences) sentences, \(total.mentions) event mentions (\(total.newEvents) new events)")
        } catch let error as StoreError {
            progress.end()
            Terminal.warn("worker stopped: \(error.description)")
            throw ExitCode(1)
        }
    }
}
