/// What kind of thing an actor entry names; pronouns and definite descriptions use it.
public enum ActorKind: String, Sendable {
    case country, person, organisation
}

/// One reading of an actor name: its code, what it is, and when it holds.
public struct ActorEntry: Sendable, Hashable {
    public var code: String
    public var kind: ActorKind
    /// Days (`CalendarDay.ordinal`) the entry holds; nil when always.
    public var validity: ClosedRange<Int>?
    /// Where it was written (`people.txt:120`), for `casus explain`.
    public var origin: String
}

/// Countries, organisations, groups and people, found by longest match over their names.
///
/// Built from `countries.txt`, `actors.txt` and `people.txt` (see `Docs/Dictionaries.md`).
/// A name may carry several dated entries — a person's offices — and `resolve(_:on:)` picks
/// the one in force on the document's date, so "Pompeo" is `USAGOV` in 2019 and only `USA`
/// after he left office.
public struct ActorDictionary: Sendable {
    public private(set) var names = PhraseTable<ActorEntry>()

    mutating func add(_ lines: [DictionaryLine], kind: ActorKind, file: String, compiler: inout PhraseCompiler, replacing: Bool) {
        // A user file replaces a name's entries once, then adds its own further lines for it.
        var replaced = Set<Phrase>()
        for line in lines {
            let entry = ActorEntry(code: line.head, kind: kind, validity: line.validity, origin: "\(file):\(line.lineNumber)")
            for name in line.items {
                let phrase = compiler.compile(name)
                guard !phrase.words.isEmpty else { continue }
                let replace = replacing && replaced.insert(phrase).inserted
                names.add(phrase, entry, replacing: replace)
            }
        }
    }

    /// The entry in force on `day` among a name's entries.
    public func resolve(_ entries: [ActorEntry], on day: CalendarDay?) -> ActorEntry? {
        guard let first = entries.first else { return nil }
        guard let day else {
            // Undated documents: an undated entry, else the most recent office.
            return entries.first { $0.validity == nil }
                ?? entries.max { ($0.validity?.lowerBound ?? 0) < ($1.validity?.lowerBound ?? 0) }
        }
        let ordinal = day.ordinal
        if let current = entries.first(where: { $0.validity?.contains(ordinal) ?? false }) { return current }
        if let undated = entries.first(where: { $0.validity == nil }) { return undated }
        // Out of office: the person is still of their country, but no longer its government.
        var former = first
        former.code = String(first.code.prefix(3))
        former.origin += " (out of office on \(day))"
        return former
    }
}
