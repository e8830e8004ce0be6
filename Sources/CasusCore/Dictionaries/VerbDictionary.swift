/// An event pattern: a verb or event noun with its particles, and where source and target stand.
public struct VerbPattern: Sendable {
    public enum Element: Sendable, Equatable {
        /// A literal word, in any of these spellings (inflections, plurals).
        case word([Int32])
        /// The target's slot (`*`).
        case target
        /// The source's slot (`+`).
        case source
    }

    /// CAMEO event code, or `REPORT` for attribution verbs.
    public var code: String
    public var elements: [Element]
    /// An event noun (`~threat to *`) rather than a verb.
    public var isNoun: Bool
    /// Applies only when the subject is a weapon (`[weapon] land near *`).
    public var needsWeaponSubject: Bool
    /// The pattern as written, for `casus explain`.
    public var text: String

    /// The first word as written: the verb lemma or event noun.
    public var head: String
    public var origin: String

    public var isReport: Bool { code == "REPORT" }
    /// Number of literal words: the longest pattern wins.
    public var wordCount: Int {
        elements.reduce(0) { count, element in
            if case .word = element { return count + 1 }
            return count
        }
    }
}

/// Verb and event-noun patterns, indexed by the spellings of their first word.
///
/// Built from `verbs.txt` (see `Docs/Dictionaries.md`). The first word of a verb pattern is
/// a lemma and matches all its inflections; an event noun matches its plural.
public struct VerbDictionary: Sendable {
    public private(set) var patterns: [VerbPattern] = []
    private var byText: [String: Int] = [:]
    private(set) var index: [Int32: [Int]] = [:]

    mutating func add(_ lines: [DictionaryLine], file: String, forms: VerbForms, compiler: inout PhraseCompiler,
                      errors: inout [DictionaryError]) {
        for line in lines {
            for item in line.items {
                guard let pattern = compile(item, code: line.head, origin: "\(file):\(line.lineNumber)", forms: forms, compiler: &compiler) else {
                    errors.append(DictionaryError(file: file, line: line.lineNumber, message: "pattern `\(item)` must start with a word"))
                    continue
                }
                let key = item.lowercased()
                if let existing = byText[key] {
                    patterns[existing] = pattern   // a later file (the user's) overrides
                } else {
                    byText[key] = patterns.count
                    patterns.append(pattern)
                }
            }
        }
        rebuildIndex()
    }

    private mutating func rebuildIndex() {
        index = [:]
        for (i, p) in patterns.enumerated() {
            guard case .word(let ids)? = p.elements.first else { continue }
            for id in ids { index[id, default: []].append(i) }
        }
        for key in index.keys {
            index[key]!.sort { patterns[$0].wordCount > patterns[$1].wordCount }
        }
    }

    private func compile(_ text: String, code: String, origin: String, forms: VerbForms, compiler: inout PhraseCompiler) -> VerbPattern? {
        var words = text.split(separator: " ").map { String($0).lowercased() }
        var needsWeapon = false
        if words.first == "[weapon]" { needsWeapon = true; words.removeFirst() }
        var isNoun = false
        if let first = words.first, first.hasPrefix("~") {
            isNoun = true
            words[0] = String(first.dropFirst())
            if words[0].isEmpty { words.removeFirst() }
        }
        var elements: [VerbPattern.Element] = []
        for (k, word) in words.enumerated() {
            switch word {
            case "*": elements.append(.target)
            case "+": elements.append(.source)
            case _ where word.contains("-") || word.contains("'") || word.contains("."):
                // Split as the text is split ("cease-fire" → cease - fire).
                for w in compiler.compile(word).words { elements.append(.word([w.id])) }
            default:
                var spellings: [String]
                if k == 0 {
                    spellings = isNoun ? forms.numberForms(of: word) : forms.inflections(of: word)
                } else {
                    spellings = [word] + forms.numberForms(of: word).dropFirst()
                    if forms.isVerbForm(word) { spellings += forms.inflections(of: word) }
                }
                // A word may tokenize into several tokens ("al-"): patterns use single tokens.
                let ids = Array(Set(spellings.map { compiler.id($0) }))
                elements.append(.word(ids))
            }
        }
        guard case .word? = elements.first else { return nil }
        let head = words.first { $0 != "*" && $0 != "+" } ?? ""
        return VerbPattern(code: code, elements: elements, isNoun: isNoun, needsWeaponSubject: needsWeapon, text: text, head: head, origin: origin)
    }

    /// Indexes of the patterns whose first word is spelled `word`, longest first.
    @inline(__always)
    public func candidates(startingWith word: Int32) -> [Int]? { index[word] }
}
