import ArgumentParser
import CasusCore
import CasusIngest
import Foundation

struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code news text into events (JSON Lines when piped, a table on a terminal).",
        discussion: "Reads .txt files (one document each), .jsonl files (one document per line), HTML pages (the article text), RSS and Atom feeds (one document per item), http(s) URLs, folders recursively, or - for standard input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, table, csv }

    @Argument(help: "Files, folders, http(s) URLs, or - for standard input.")
    var inputs: [String] = ["-"]

    @OptionGroup var date: DateOption
    @OptionGroup var dictionary: DictionaryOptions

    @Option(help: "Output format: jsonl, table or csv (default: table on a terminal, jsonl otherwise).")
    var format: Format?

    @OptionGroup var reading: ReadingOptions

    func run() throws {
        let coder = try dictionary.coder()
        let reader = reading.reader(defaultDate: try date.day())
        let format = self.format ?? (Terminal.isInteractive ? .table : .jsonl)
        var problems: [InputProblem] = []
        var output = EventOutput(format: format)
        for file in reader.files(for: inputs, problems: &problems) {
            reader.read(file, problems: &problems) { document in
                output.add(coder.code(document).events)
            }
        }
        output.finish()
        for p in problems { Terminal.warn(p.description) }
        if !problems.isEmpty {
            Terminal.warn("\(problems.count) input(s) skipped")
            throw ExitCode(2)
        }
    }
}

/// Writes events in the chosen format, flushing JSON Lines as it goes.
struct EventOutput {
    let format: CodeCommand.Format
    var writer = JSONWriter()
    var rows: [Event] = []

    init(format: CodeCommand.Format) {
        self.format = format
        if format == .csv { Terminal.print(EventTable.csvHeader) }
    }

    mutating func add(_ events: [Event]) {
        switch format {
        case .jsonl:
            for e in events { writer.event(e) }
            if writer.bytes.count > 1 << 16 { Terminal.write(writer.bytes); writer.bytes.removeAll(keepingCapacity: true) }
        case .csv:
            for e in events { Terminal.print(EventTable.csvRow(e)) }
        case .table:
            rows += events
        }
    }

    mutating func finish() {
        switch format {
        case .jsonl: Terminal.write(writer.bytes)
        case .csv: break
        case .table: Terminal.print(EventTable.render(rows))
        }
    }
}
