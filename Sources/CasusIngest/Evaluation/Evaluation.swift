import CasusCore
import Foundation

/// Codes a set of gold documents and scores each.
public struct Evaluation: Sendable {
    public var scores: [Scorer.DocumentScore] = []
    public var problems: [InputProblem] = []

    public var strict: Scorer.Counts { scores.reduce(Scorer.Counts()) { $0 + $1.strict } }
    public var loose: Scorer.Counts { scores.reduce(Scorer.Counts()) { $0 + $1.loose } }
    public var locationCountry: Scorer.Accuracy { scores.reduce(Scorer.Accuracy()) { $0 + $1.locationCountry } }
    public var locationDistance: Scorer.Accuracy { scores.reduce(Scorer.Accuracy()) { $0 + $1.locationDistance } }
    public var date: Scorer.Accuracy { scores.reduce(Scorer.Accuracy()) { $0 + $1.date } }
    public var casualties: Scorer.Accuracy { scores.reduce(Scorer.Accuracy()) { $0 + $1.casualties } }

    public static func run(files: [String], coder: EventCoder) throws -> Evaluation {
        var evaluation = Evaluation()
        let scorer = Scorer()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                evaluation.problems.append(InputProblem(file, "cannot be read"))
                continue
            }
            do {
                let gold = try GoldDocument(data: data, location: file)
                evaluation.scores.append(scorer.score(gold, events: coder.code(gold.document).events))
            } catch let problem as InputProblem {
                evaluation.problems.append(problem)
            }
        }
        return evaluation
    }
}

/// The evaluation as text: one line per document, totals, and with `verbose` the details.
public enum EvaluationReport {
    public static func render(_ e: Evaluation, verbose: Bool) -> String {
        func f(_ v: Double) -> String { String(format: "%.2f", v) }
        func acc(_ a: Scorer.Accuracy) -> String { a.value.map { "\(f($0)) (\(a.right)/\(a.judged))" } ?? "-" }
        var lines: [String] = []
        let header = "document".padding(toLength: 44, withPad: " ", startingAt: 0) + "  strict P    R    F1  | loose P    R    F1  | tp fp miss"
        lines.append(header)
        for s in e.scores {
            lines.append(s.id.padding(toLength: 44, withPad: " ", startingAt: 0)
                + "       \(f(s.strict.precision)) \(f(s.strict.recall)) \(f(s.strict.f1)) |       \(f(s.loose.precision)) \(f(s.loose.recall)) \(f(s.loose.f1)) | \(s.strict.truePositives) \(s.strict.falsePositives) \(s.strict.misses)")
            if verbose {
                for m in s.misses {
                    lines.append("    MISS \(m.source.code) \(m.cameo) \(m.target.code) \"\(m.trigger)\" — \(m.sentences[0].prefix(110))")
                }
                for fp in s.falsePositives {
                    lines.append("    FP   \(fp.source?.code ?? "-") \(fp.cameo) \(fp.target?.code ?? "-")\(fp.target?.inferred == true ? "?" : "") \"\(fp.trigger)\" — \(fp.sentence.prefix(110))")
                }
                for d in s.disagreements { lines.append("    \(d)") }
            }
        }
        let strict = e.strict, loose = e.loose
        lines.append("")
        lines.append("total (\(e.scores.count) documents): strict P \(f(strict.precision)) R \(f(strict.recall)) F1 \(f(strict.f1))  |  loose P \(f(loose.precision)) R \(f(loose.recall)) F1 \(f(loose.f1))  |  tp \(strict.truePositives) fp \(strict.falsePositives) miss \(strict.misses)")
        lines.append("location country \(acc(e.locationCountry)), within 50 km \(acc(e.locationDistance)); date \(acc(e.date)); casualties \(acc(e.casualties))")
        return lines.joined(separator: "\n")
    }
}
