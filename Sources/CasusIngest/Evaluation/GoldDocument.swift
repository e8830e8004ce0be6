import CasusCore
import Foundation

/// A hand-coded document: its text and the events a careful coder finds in it
/// (`spec/gold-format.md`).
public struct GoldDocument: Sendable {
    public struct Actor: Sendable {
        public var text: String?
        public var code: String
        public var altCodes: [String]

        /// True when a system actor code is acceptable: same country part, or gold is `---`.
        public func accepts(_ code: String?) -> Bool {
            if self.code == "---" { return true }
            guard let code else { return false }
            let p = code.prefix(3)
            return ([self.code] + altCodes).contains { $0.prefix(3) == p }
        }
    }

    public struct Event: Sendable {
        public var sentences: [String]
        public var trigger: String
        public var source: Actor
        public var target: Actor
        public var cameo: String
        public var cameoAlternatives: [String]
        public var location: (name: String?, country: String?, lat: Double?, lon: Double?)?
        public var date: String?
        public var fatalities: Int?
        public var injuries: Int?
        public var required: Bool

        /// The roots a system event may have.
        public var roots: Set<String> { Set(([cameo] + cameoAlternatives).map { String($0.prefix(2)) }) }
    }

    public var id: String
    public var published: CalendarDay?
    public var text: String
    public var events: [Event]

    public var document: Document { Document(id: id, text: text, published: published) }

    public init(data: Data, location: String) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data), let root = object as? [String: Any] else {
            throw InputProblem(location, "not a JSON object")
        }
        guard let text = root["text"] as? String, let list = root["events"] as? [[String: Any]] else {
            throw InputProblem(location, "a gold file needs \"text\" and \"events\"")
        }
        self.text = text
        self.id = root["id"] as? String ?? ((location as NSString).lastPathComponent as NSString).deletingPathExtension
        self.published = (root["published"] as? String).flatMap { CalendarDay(iso: $0) }
        func actor(_ any: Any?) -> Actor {
            guard let a = any as? [String: Any] else { return Actor(text: nil, code: "---", altCodes: []) }
            return Actor(text: a["text"] as? String, code: a["code"] as? String ?? "---", altCodes: a["alt_codes"] as? [String] ?? [])
        }
        self.events = try list.enumerated().map { i, e in
            guard let sentence = e["sentence"] as? String, let cameo = e["cameo"] as? String else {
                throw InputProblem(location, "event \(i) needs \"sentence\" and \"cameo\"")
            }
            var loc: (String?, String?, Double?, Double?)?
            if let l = e["location"] as? [String: Any] {
                loc = (l["name"] as? String, l["country"] as? String, (l["lat"] as? NSNumber)?.doubleValue, (l["lon"] as? NSNumber)?.doubleValue)
            }
            return Event(sentences: [sentence] + (e["also_sentences"] as? [String] ?? []), trigger: e["trigger"] as? String ?? "",
                         source: actor(e["source"]), target: actor(e["target"]), cameo: cameo,
                         cameoAlternatives: e["cameo_alt"] as? [String] ?? [],
                         location: loc, date: e["date"] as? String,
                         fatalities: (e["fatalities"] as? NSNumber)?.intValue, injuries: (e["injuries"] as? NSNumber)?.intValue,
                         required: e["required"] as? Bool ?? true)
        }
    }

    /// Gold files under the given paths (`*.gold.json`, folders recursively).
    public static func files(in paths: [String]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { files.append(path); continue }
            if !isDirectory.boolValue { files.append(path); continue }
            let walker = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let relative = walker?.nextObject() as? String {
                if relative.hasSuffix(".gold.json") { found.append((path as NSString).appendingPathComponent(relative)) }
            }
            files += found.sorted()
        }
        return files
    }
}
