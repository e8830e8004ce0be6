import CasusCore
import Foundation

/// Measures the read → code → write path: sentences and documents per second, dictionary
/// load time and peak memory.
public struct Benchmark: Sendable {
    public struct Report: Sendable, CustomStringConvertible {
        public var loadSeconds: Double
        public var gazetteerSeconds: Double
        public var documents: Int
        public var sentences: Int
        public var events: Int
        public var codeSeconds: Double
        public var peakMemoryBytes: Int
        public var outputBytes: Int
        public var problems: [InputProblem]

        public var description: String {
            func f(_ v: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", v) }
            return """
            dictionaries loaded in \(f(loadSeconds * 1000)) ms, gazetteer in \(f(gazetteerSeconds * 1000)) ms
            coded \(documents) documents, \(sentences) sentences, \(events) events in \(f(codeSeconds, 2)) s (one core)
            \(f(Double(sentences) / codeSeconds)) sentences/s, \(f(Double(documents) / codeSeconds)) documents/s, \(f(Double(outputBytes) / codeSeconds / 1_048_576, 1)) MiB/s of JSON Lines written
            peak memory \(f(Double(peakMemoryBytes) / 1_048_576)) MiB
            """
        }
    }

    /// The project's own samples, found from this source file's place in the package.
    public static func defaultSamples(filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/", !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url.appendingPathComponent("Samples").path
    }

    /// `places: false` measures the coder without geolocation.
    public static func run(inputs: [String], minimumSentences: Int, defaultDate: CalendarDay?, places: Bool = true) throws -> Report {
        let clock = ContinuousClock()
        var dictionaries: Dictionaries!
        var gazetteer: Gazetteer!
        let load = try clock.measure { dictionaries = try Dictionaries.bundled() }
        let gazetteerLoad = try clock.measure { gazetteer = try Gazetteer.bundled() }
        let coder = EventCoder(dictionaries: dictionaries, gazetteer: places ? gazetteer : nil)
        let reader = DocumentReader(defaultDate: defaultDate)
        var problems: [InputProblem] = []
        var corpus: [Document] = []
        for file in reader.files(for: inputs, problems: &problems) {
            reader.read(file, problems: &problems) { corpus.append($0) }
        }
        guard !corpus.isEmpty else { throw InputProblem(inputs.joined(separator: " "), "no documents to benchmark") }
        // One pass tells how many sentences the corpus holds.
        let perPass = corpus.reduce(0) { $0 + coder.code($1).sentenceCount }
        let passes = max(1, (minimumSentences + perPass - 1) / max(1, perPass))
        var documents = 0, sentences = 0, events = 0, outputBytes = 0
        var writer = JSONWriter()
        let elapsed = clock.measure {
            for _ in 0..<passes {
                for document in corpus {
                    let result = coder.code(document)
                    for e in result.events { writer.event(e) }
                    documents += 1
                    sentences += result.sentenceCount
                    events += result.events.count
                    outputBytes += writer.bytes.count
                    writer.bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        return Report(loadSeconds: load.seconds, gazetteerSeconds: gazetteerLoad.seconds, documents: documents, sentences: sentences, events: events,
                      codeSeconds: elapsed.seconds, peakMemoryBytes: peakMemory(), outputBytes: outputBytes, problems: problems)
    }

    /// Peak resident memory of this process.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024   // Linux reports kilobytes
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
