import ArgumentParser
import CasusCore
import CasusIngest
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Code gold documents and score the events: precision, recall and F1 (strict and loose), location, date and casualty accuracy."
    )

    @Argument(help: "Gold files (*.gold.json) or folders holding them.")
    var gold: [String]

    @Flag(name: .shortAndLong, help: "List misses, false positives and disagreements.")
    var verbose = false

    @OptionGroup var dictionary: DictionaryOptions

    func run() throws {
        let coder = try dictionary.coder()
        let files = GoldDocument.files(in: gold)
        guard !files.isEmpty else { throw ValidationError("no gold files (*.gold.json) in \(gold.joined(separator: " "))") }
        let evaluation = try Evaluation.run(files: files, coder: coder)
        for problem in evaluation.problems { Terminal.warn(problem.description) }
        Terminal.print(EvaluationReport.render(evaluation, verbose: verbose))
        if !evaluation.problems.isEmpty { throw ExitCode(2) }
    }
}
