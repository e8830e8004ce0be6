import ArgumentParser
import CasusCore
import Foundation

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how a text is coded: the actors found, the patterns that fired, and why each became an event or not."
    )

    @Argument(help: "The sentence or text to explain.")
    var text: String

    @OptionGroup var date: DateOption
    @OptionGroup var dictionary: DictionaryOptions

    func run() throws {
        let coder = try dictionary.coder()
        let result = coder.code(Document(id: "explain", text: text, published: try date.day()), explain: true)
        for note in result.explanations {
            Terminal.print("sentence \(note.index): \(note.sentence)")
            Terminal.print("  actors:")
            if note.mentions.isEmpty { Terminal.print("    (none)") }
            for m in note.mentions { Terminal.print("    \"\(m.text)\" → \(m.code)   [\(m.why)]") }
            Terminal.print("  patterns:")
            if note.triggers.isEmpty { Terminal.print("    (none fired)") }
            for t in note.triggers {
                Terminal.print("    \"\(t.words)\" matched `\(t.pattern)` (\(t.code), \(t.origin))")
                Terminal.print("      → \(t.outcome)")
            }
            let events = result.events.filter { $0.sentenceIndex == note.index }
            Terminal.print("  events:")
            if events.isEmpty { Terminal.print("    (none)") }
            for e in events {
                Terminal.print("    \(EventTable.actor(e.source)) \(e.cameo) \(EventTable.actor(e.target))  \"\(e.trigger)\"  \(e.plover.type ?? "-")  date \(e.date.iso ?? "-")  confidence \(e.confidence)")
                if let place = e.location {
                    Terminal.print("      at \(place.name), \(place.country ?? "no country") (\(place.precision.rawValue))")
                }
                if e.fatalities != nil || e.injuries != nil {
                    Terminal.print("      killed \(e.fatalities.map(String.init) ?? "-"), injured \(e.injuries.map(String.init) ?? "-")")
                }
                var told = Set<String>()   // a pattern and its weapon reading of one trigger are one event
                for why in (note.eventNotes[e.id] ?? []) + (result.storyNotes[e.id] ?? []) where told.insert(why).inserted {
                    Terminal.print("      \(why)")
                }
            }
        }
    }
}
