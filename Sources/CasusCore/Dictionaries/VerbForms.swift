/// Verb inflections and irregular noun plurals: which spellings belong to which lemma.
///
/// Loaded from `verb-forms.txt` (generated from WordNet by `Scripts/generate-verb-forms.py`).
/// Verbs the file lacks get the regular English forms.
public struct VerbForms: Sendable {
    /// lemma → its forms, base first.
    private(set) var forms: [String: [String]] = [:]
    /// singular → irregular plurals.
    private(set) var plurals: [String: [String]] = [:]
    /// form → lemmas it may belong to ("left" → leave, left).
    private(set) var lemmas: [String: [String]] = [:]

    public init(contents: String) {
        var inPlurals = false
        for raw in contents.split(separator: "\n") {
            if raw.hasPrefix("#") { continue }
            if raw == "[plurals]" { inPlurals = true; continue }
            guard let colon = raw.firstIndex(of: ":") else { continue }
            let head = String(raw[..<colon])
            let items = raw[raw.index(after: colon)...].split(separator: " ").map(String.init)
            if inPlurals {
                plurals[head, default: []].append(contentsOf: items)
            } else {
                forms[head] = items
                for f in items { lemmas[f, default: []].append(head) }
            }
        }
    }

    /// Records the regular forms of a verb WordNet lacks ("airdrop", a user's "zorble"), so
    /// the clause reader knows "zorbled" is a past form.
    mutating func addRegular(_ lemma: String) {
        guard forms[lemma] == nil else { return }
        let all = inflections(of: lemma)
        forms[lemma] = all
        for f in all { lemmas[f, default: []].append(lemma) }
    }

    /// All spellings of a verb lemma, base form included.
    public func inflections(of lemma: String) -> [String] {
        if let known = forms[lemma] { return known }
        return [lemma, VerbForms.thirdPerson(lemma), VerbForms.past(lemma), VerbForms.gerund(lemma)]
    }

    /// Singular and plural spellings of a noun.
    public func numberForms(of noun: String) -> [String] {
        var result = [noun]
        if let irregular = plurals[noun] { result += irregular }
        result.append(VerbForms.plural(noun))
        return result
    }

    /// True when `word` is a past participle or past form of some verb (`attacked`, `driven`).
    public func isPastForm(_ word: String) -> Bool {
        guard let ls = lemmas[word] else { return word.hasSuffix("ed") }
        return ls.contains { lemma in lemma != word && !word.hasSuffix("ing") && word != VerbForms.thirdPerson(lemma) }
    }

    public func isVerbForm(_ word: String) -> Bool { lemmas[word] != nil }

    /// The lemmas a spelling may belong to ("left" → leave, left).
    public func lemmas(of word: String) -> [String] { lemmas[word] ?? [] }

    static func plural(_ w: String) -> String {
        if w.hasSuffix("s") || w.hasSuffix("x") || w.hasSuffix("z") || w.hasSuffix("ch") || w.hasSuffix("sh") { return w + "es" }
        if w.hasSuffix("y"), let prev = w.dropLast().last, !"aeiou".contains(prev) { return w.dropLast() + "ies" }
        return w + "s"
    }

    static func thirdPerson(_ v: String) -> String {
        if v.hasSuffix("o") { return v + "es" }
        return plural(v)
    }

    static func past(_ v: String) -> String {
        if v.hasSuffix("e") { return v + "d" }
        if v.hasSuffix("y"), let prev = v.dropLast().last, !"aeiou".contains(prev) { return v.dropLast() + "ied" }
        return v + "ed"
    }

    static func gerund(_ v: String) -> String {
        if v.hasSuffix("ie") { return v.dropLast(2) + "ying" }
        if v.hasSuffix("e"), !v.hasSuffix("ee"), v.count > 2 { return v.dropLast() + "ing" }
        return v + "ing"
    }
}
