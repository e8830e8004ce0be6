import Foundation

/// Landmark events that news names without a date: "he pulled out of the nuclear accord with
/// Iran", "since the Taliban seized Kabul".
///
/// Each entry of `landmarks.txt` reads
///
/// ```
/// DATE SOURCE: verb | verb ; keyword | keyword ; keyword
/// 2018-05-08 USA: withdraw | pull out | quit ; nuclear deal | nuclear accord | JCPOA ; Iran | Tehran
/// ```
///
/// An event matches when its source is of country `SOURCE` (`*`: anyone), its trigger starts
/// with a form of one of the verbs, and its sentence holds a word of every keyword group. It
/// takes the entry's date at the precision written (`2018-05-08`, `2018-05`, `2018`) — but only
/// when its sentence gives no date of its own and the document is not older than the landmark.
public struct LandmarkDictionary: Sendable {
    public struct Landmark: Sendable {
        public var date: EventDate
        /// The ISO 3166-1 alpha-3 code of who did it; nil for anyone.
        public var country: String?
        /// Each verb as lower-case words, the first a lemma ("pull", "out").
        public var verbs: [[String]]
        /// Every group must be found in the sentence; any one of its phrases will do.
        public var groups: [[String]]
        /// The same phrases as lower-case UTF-8 bytes, for the search.
        var groupBytes: [[[UInt8]]]
        /// Where the entry is written (`landmarks.txt:12`), so a date can be traced to its line.
        public var origin: String
    }

    public private(set) var landmarks: [Landmark] = []
    /// By entry, by keyword group: the vocabulary ids of the groups' first words, so a sentence
    /// lacking all of them is passed over without a text search; nil where a first word holds
    /// punctuation the tokenizer may split ("sana'a"), which is always searched.
    private var groupWords: [[Set<Int32>?]] = []
    /// By entry: each verb's first word and the vocabulary ids of the words after it ("out").
    private var verbRests: [[(lemma: String, rest: [Int32])]] = []
    /// Entry indices by the first word of each of their verbs: a trigger is checked against the
    /// few entries its verb can open, not all of them.
    private var byVerb: [String: [Int]] = [:]

    public init() {}

    mutating func add(_ lines: [DictionaryLine], file: String, errors: inout [DictionaryError]) {
        for line in lines {
            let head = line.head.split(separator: " ").map(String.init)
            guard head.count == 2, let date = Self.date(head[0]), head[1] == "*" || (head[1].count == 3 && head[1].allSatisfy(\.isUppercase)) else {
                errors.append(DictionaryError(file: file, line: line.lineNumber, message: "expected `YYYY[-MM[-DD]] CODE: verbs ; keywords`"))
                continue
            }
            let parts = line.items.joined(separator: "|").split(separator: ";").map {
                $0.split(separator: "|").map { $0.trimmingWhitespace().lowercased() }.filter { !$0.isEmpty }
            }
            guard parts.count >= 2, !parts[0].isEmpty, parts.dropFirst().allSatisfy({ !$0.isEmpty }) else {
                errors.append(DictionaryError(file: file, line: line.lineNumber, message: "a landmark needs verbs and at least one keyword group, separated by `;`"))
                continue
            }
            for verb in parts[0] {
                let first = String(verb.split(separator: " ").first ?? "")
                if byVerb[first]?.last != landmarks.count { byVerb[first, default: []].append(landmarks.count) }
            }
            landmarks.append(Landmark(date: date, country: head[1] == "*" ? nil : head[1],
                                      verbs: parts[0].map { $0.split(separator: " ").map(String.init) },
                                      groups: Array(parts.dropFirst()), groupBytes: parts.dropFirst().map { $0.map { Array($0.utf8) } },
                                      origin: "\(file):\(line.lineNumber)"))
        }
    }

    /// The words that need vocabulary ids: keyword phrases' first words and verbs' later words.
    var wordsToIntern: [String] {
        landmarks.flatMap { $0.groups.flatMap { $0.map { String($0.split(separator: " ").first ?? "") } } + $0.verbs.flatMap { $0.dropFirst() } }
    }

    /// Looks up the keyword phrases' first words in the compiled vocabulary.
    mutating func index(with vocabulary: Vocabulary) {
        verbRests = landmarks.map { entry in
            entry.verbs.map { (lemma: $0[0], rest: $0.dropFirst().map { vocabulary.id(of: $0) }) }
        }
        groupWords = landmarks.map { entry in
            entry.groups.map { group -> Set<Int32>? in
                var ids = Set<Int32>()
                for phrase in group {
                    let first = String(phrase.split(separator: " ").first ?? "")
                    guard first.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) }) else { return nil }
                    let id = vocabulary.id(of: first)
                    guard id != Vocabulary.unknown else { return nil }
                    ids.insert(id)
                }
                return ids
            }
        }
    }

    /// Whether some landmark's verb opens with `lemma` ("pull" for `pull out`).
    public func hasVerb(lemma: String) -> Bool { byVerb[lemma] != nil }

    /// The landmark an event refers to: its trigger's verb is `lemma` followed by the words
    /// `following` (vocabulary ids), told by an actor of `country`, in `sentence` (whose token
    /// ids are `words`), in a document published on `published`. The closures run only for a
    /// landmark whose verb fits: most events never need them.
    func landmark(lemma: String, following: ArraySlice<Int32>, country: () -> String?, sentence: String,
                  words: () -> Set<Int32>, published: CalendarDay) -> Landmark? {
        guard let candidates = byVerb[lemma] else { return nil }
        var lowered: [UInt8]?
        var actor: String??
        var sentenceWords: Set<Int32>?
        for index in candidates {   // in the file's order: the first entry that matches wins
            let entry = landmarks[index]
            guard let day = entry.date.day, day <= published else { continue }
            guard verbRests[index].contains(where: { $0.lemma == lemma && following.starts(with: $0.rest) }) else { continue }
            if sentenceWords == nil { sentenceWords = words() }
            if groupWords[index].contains(where: { $0.map { $0.isDisjoint(with: sentenceWords!) } ?? false }) { continue }
            if let wanted = entry.country {
                if actor == nil { actor = .some(country()) }
                if actor! != wanted { continue }
            }
            if lowered == nil { lowered = sentence.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }
            if entry.groupBytes.allSatisfy({ $0.contains { Self.holds(lowered!, $0) } }) { return entry }
        }
        return nil
    }

    /// Whether `text` (lower-case UTF-8) holds `phrase` as whole words.
    static func holds(_ text: [UInt8], _ phrase: [UInt8]) -> Bool {
        guard let first = phrase.first, phrase.count <= text.count else { return false }
        func isWordByte(_ b: UInt8) -> Bool { b >= 0x80 || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
        var i = 0
        let last = text.count - phrase.count
        while i <= last {
            if text[i] == first, (i == 0 || !isWordByte(text[i - 1])),
               i + phrase.count == text.count || !isWordByte(text[i + phrase.count]) || !isWordByte(phrase[phrase.count - 1]) {
                var k = 1
                while k < phrase.count, text[i + k] == phrase[k] { k += 1 }
                if k == phrase.count { return true }
            }
            i += 1
        }
        return false
    }

    static func date(_ text: String) -> EventDate? {
        let parts = text.split(separator: "-")
        switch parts.count {
        case 3: return CalendarDay(iso: text).map { EventDate(day: $0, precision: .day) }
        case 2: return CalendarDay(iso: text + "-01").map { EventDate(day: $0, precision: .month) }
        case 1: return CalendarDay(iso: text + "-01-01").map { EventDate(day: $0, precision: .year) }
        default: return nil
        }
    }
}
