import Foundation

/// Everything the coder reads: actors, agents, event patterns, verb forms and the CAMEO table,
/// compiled against one vocabulary.
///
/// `Dictionaries.bundled()` loads the files shipped with Casus; `extra` adds a user's files
/// (same names, same format), whose entries add to and override ours.
public struct Dictionaries: Sendable {
    public let vocabulary: Vocabulary
    public let actors: ActorDictionary
    public let agents: AgentDictionary
    public let verbs: VerbDictionary
    public let forms: VerbForms
    public let cameo: CameoTable
    /// Dated landmark events ("pulled out of the nuclear accord"): see `LandmarkDictionary`.
    public let landmarks: LandmarkDictionary
    /// Lines that could not be read; loading goes on without them.
    public let warnings: [DictionaryError]

    /// The files a dictionary folder may hold.
    public static let fileNames = ["countries.txt", "actors.txt", "people.txt", "agents.txt", "verbs.txt", "verb-forms.txt", "cameo.tsv", "landmarks.txt"]

    /// Compiles dictionaries from file contents keyed by file name. `base` is ours; `extra`
    /// (a user's `--dict` folder) is applied on top.
    public init(base: [String: String], extra: [String: String] = [:]) {
        var compiler = PhraseCompiler()
        var warnings: [DictionaryError] = []
        var forms = VerbForms(contents: base["verb-forms.txt"] ?? "")
        if let more = extra["verb-forms.txt"] {
            forms = VerbForms(contents: (base["verb-forms.txt"] ?? "") + "\n" + more)
        }
        var cameo = CameoTable(contents: base["cameo.tsv"] ?? "")
        if let more = extra["cameo.tsv"] { cameo = CameoTable(contents: (base["cameo.tsv"] ?? "") + "\n" + more) }

        var actors = ActorDictionary()
        var agents = AgentDictionary()
        var verbs = VerbDictionary()
        var landmarks = LandmarkDictionary()
        for (layer, isUser) in [(base, false), (extra, true)] {
            func lines(_ name: String) -> [DictionaryLine] {
                guard let contents = layer[name] else { return [] }
                let parsed = DictionaryLine.parse(contents, file: name)
                warnings += parsed.errors
                return parsed.lines
            }
            actors.add(lines("countries.txt"), kind: .country, file: "countries.txt", compiler: &compiler, replacing: isUser)
            actors.add(lines("actors.txt"), kind: .organisation, file: "actors.txt", compiler: &compiler, replacing: isUser)
            actors.add(lines("people.txt"), kind: .person, file: "people.txt", compiler: &compiler, replacing: isUser)
            agents.add(lines("agents.txt"), file: "agents.txt", forms: forms, compiler: &compiler, replacing: isUser)
            verbs.add(lines("verbs.txt"), file: "verbs.txt", forms: forms, compiler: &compiler, errors: &warnings)
            landmarks.add(lines("landmarks.txt"), file: "landmarks.txt", errors: &warnings)
        }
        for pattern in verbs.patterns where !pattern.isNoun && !pattern.head.isEmpty { forms.addRegular(pattern.head) }
        for word in CodingWords.all + landmarks.wordsToIntern { _ = compiler.id(word) }
        // Every verb form gets an id, so the clause reader can tell verbs from other words.
        for lemma in forms.forms.keys.sorted() {
            for form in forms.forms[lemma]! { _ = compiler.id(form) }
        }
        for pattern in verbs.patterns where pattern.code != "REPORT" && cameo[pattern.code] == nil {
            warnings.append(DictionaryError(file: "verbs.txt", line: Int(pattern.origin.split(separator: ":").last ?? "0") ?? 0,
                                            message: "unknown CAMEO code \(pattern.code) for `\(pattern.text)`"))
        }
        self.vocabulary = compiler.vocabulary
        landmarks.index(with: compiler.vocabulary)
        self.actors = actors
        self.agents = agents
        self.verbs = verbs
        self.forms = forms
        self.cameo = cameo
        self.landmarks = landmarks
        self.warnings = warnings
    }

    /// The dictionaries shipped with Casus, plus a user's folder contents if given.
    public static func bundled(extra: [String: String] = [:]) throws -> Dictionaries {
        Dictionaries(base: try bundledFiles(), extra: extra)
    }

    /// The contents of the shipped dictionary files.
    public static func bundledFiles() throws -> [String: String] {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw DictionaryLoadError.missingResources
        }
        var files: [String: String] = [:]
        for name in fileNames {
            let url = folder.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        guard files["verbs.txt"] != nil, files["cameo.tsv"] != nil else { throw DictionaryLoadError.missingResources }
        return files
    }
}

public enum DictionaryLoadError: Error, CustomStringConvertible {
    case missingResources
    public var description: String {
        "Casus's dictionaries were not found: keep the Casus_CasusCore.resources folder beside the casus binary"
    }
}
