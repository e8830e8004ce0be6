import ArgumentParser
import CasusCore
import CasusIngest
import Foundation

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure coding speed, dictionary load time and peak memory (build with -c release)."
    )

    @Argument(help: "Files or folders to code (default: the bundled samples).")
    var inputs: [String] = []

    @Option(help: "Replicate the corpus until it holds at least this many sentences.")
    var sentences: Int = 100_000

    @OptionGroup var date: DateOption

    @Flag(name: .customLong("no-places"), help: "Measure coding without geolocation.")
    var noPlaces = false

    func run() throws {
        let report = try Benchmark.run(inputs: inputs.isEmpty ? [Benchmark.defaultSamples()] : inputs,
                                       minimumSentences: sentences, defaultDate: try date.day(), places: !noPlaces)
        for p in report.problems { Terminal.warn(p.description) }
        Terminal.print(report.description)
    }
}
