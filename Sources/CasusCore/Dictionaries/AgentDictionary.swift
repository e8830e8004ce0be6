/// A role word's reading: the CAMEO role it gives an actor, or a reserved class.
public struct AgentEntry: Sendable, Hashable {
    public var role: String
    public var origin: String

    /// Weapons are not actors: a weapon as subject means the attacker is unknown.
    public var isWeapon: Bool { role == "WEAPON" }
    /// A place or gathering that is attacked counts as the country's civilians.
    public var isVictim: Bool { role == "VICTIM" }
}

/// Role nouns that combine with a country into an actor code ("Iraqi lawmakers" → `IRQLEG`).
///
/// Built from `agents.txt`. Entries are written in the singular; regular and irregular plurals
/// are added here.
public struct AgentDictionary: Sendable {
    public private(set) var names = PhraseTable<AgentEntry>()

    mutating func add(_ lines: [DictionaryLine], file: String, forms: VerbForms, compiler: inout PhraseCompiler, replacing: Bool) {
        for line in lines {
            let entry = AgentEntry(role: line.head, origin: "\(file):\(line.lineNumber)")
            for name in line.items {
                var spellings = [name]
                // Pluralise the last word: "police officer" → "police officers".
                if let space = name.lastIndex(of: " ") {
                    let head = name[...space]
                    let last = String(name[name.index(after: space)...])
                    spellings += forms.numberForms(of: last).dropFirst().map { head + $0 }
                } else {
                    spellings += forms.numberForms(of: name).dropFirst()
                }
                for spelling in Set(spellings) {
                    let phrase = compiler.compile(spelling)
                    guard !phrase.words.isEmpty else { continue }
                    names.add(phrase, entry, replacing: replacing)
                }
            }
        }
    }
}
