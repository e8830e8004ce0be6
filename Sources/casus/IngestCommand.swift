import ArgumentParser
import CasusCore
import CasusIngest
import CasusStore
import Foundation

struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Code documents and store their events, merging reports of one event (SQLite by default, or PostgreSQL).",
        discussion: "Documents already stored (same text) are skipped, so rerunning after an interruption finishes the job. With --queue (PostgreSQL) documents are only stored and queued for `casus worker`."
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var inputs: [String] = ["-"]

    @OptionGroup var store: StoreOptions
    @OptionGroup var date: DateOption
    @OptionGroup var dictionary: DictionaryOptions

    @OptionGroup var reading: ReadingOptions

    @Flag(help: "Only store and enqueue the documents for `casus worker` processes (PostgreSQL).")
    var queue = false

    func run() async throws {
        let reader = reading.reader(defaultDate: try date.day())
        var progress = ProgressLine()
        let summary: IngestSummary
        do {
            if queue {
                let postgres = try await store.openPostgres()
                defer { Task { await postgres.close() } }
                let pipeline = IngestPipeline(reader: reader, coder: nil, store: postgres)
                summary = try await pipeline.enqueue(inputs, into: postgres) { s in progress.show("\(s.read) read, \(s.queued) queued, \(s.duplicates) already stored") }
            } else {
                let opened = try await store.open()
                defer { Task { await opened.close() } }
                let pipeline = IngestPipeline(reader: reader, coder: try dictionary.coder(), store: opened)
                summary = try await pipeline.ingest(inputs) { s in
                    progress.show("\(s.read) read, \(s.stored) stored, \(s.mentions) mentions, \(s.duplicates) already stored")
                }
            }
        } catch let error as StoreError {
            progress.end()
            Terminal.warn("stopped: \(error.description)")
            Terminal.warn("documents stored before this point are complete; run the same command again to continue")
            throw ExitCode(1)
        }
        progress.end()
        for problem in summary.skipped { Terminal.warn(problem.description) }
        Terminal.warn("ingested into \(store.db): \(summary)")
        for (reason, count) in summary.skippedByReason { Terminal.warn("  skipped \(count): \(reason)") }
        if !summary.skipped.isEmpty { throw ExitCode(2) }
    }
}
