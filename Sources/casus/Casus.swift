import ArgumentParser

@main
struct Casus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casus",
        abstract: "Political event data from news: who did what to whom, where and when.",
        subcommands: [CodeCommand.self, ExplainCommand.self, EvalCommand.self, BenchCommand.self, GeocodeCommand.self,
                      IngestCommand.self, WorkerCommand.self, EventsCommand.self, ShowCommand.self, StoreBenchCommand.self]
    )
}
