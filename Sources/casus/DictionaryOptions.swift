import ArgumentParser
import CasusCore
import Foundation

/// `--dict DIR`: a folder of the user's dictionary files, added to and overriding ours.
struct DictionaryOptions: ParsableArguments {
    @Option(name: .customLong("dict"), help: "A folder with your own dictionary files (same names and format as ours: see Docs/Dictionaries.md).")
    var folder: String?

    /// The event coder with these dictionaries and the bundled gazetteer.
    func coder() throws -> EventCoder {
        EventCoder(dictionaries: try load(), gazetteer: try Gazetteer.bundled())
    }

    func load() throws -> Dictionaries {
        var extra: [String: String] = [:]
        if let folder {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--dict \(folder): no such folder")
            }
            for name in Dictionaries.fileNames {
                let path = (folder as NSString).appendingPathComponent(name)
                if let data = FileManager.default.contents(atPath: path) { extra[name] = String(decoding: data, as: UTF8.self) }
            }
            if extra.isEmpty {
                throw ValidationError("--dict \(folder): holds none of \(Dictionaries.fileNames.joined(separator: ", "))")
            }
        }
        let dictionaries = try Dictionaries.bundled(extra: extra)
        for warning in dictionaries.warnings { Terminal.warn("dictionary: \(warning)") }
        return dictionaries
    }
}

/// `--date`: the publication date for inputs that carry none.
struct DateOption: ParsableArguments {
    @Option(help: "Publication date (YYYY-MM-DD) for documents that give none; relative dates resolve against it.")
    var date: String?

    func day() throws -> CalendarDay? {
        guard let date else { return nil }
        guard let day = CalendarDay(iso: date) else { throw ValidationError("--date \(date): expected YYYY-MM-DD") }
        return day
    }
}
