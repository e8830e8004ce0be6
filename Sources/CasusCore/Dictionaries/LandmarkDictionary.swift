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
        /// `landmarks.txt:12`, for `casus explain`.
        public var origin: String
    }

    public private(set) var landmarks: [Landmark] = []

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
            landmarks.append(Landmark(date: date, country: head[1] == "*" ? nil : head[1],
                                      verbs: parts[0].map { $0.split(separator: " ").map(String.init) },
                                      groups: Array(parts.dropFirst()), origin: "\(file):\(line.lineNumber)"))
        }
    }

    /// The landmark an event refers to: told by an actor of `country`, with trigger words
    /// `trigger` (lower case), in `sentence`, in a document published on `published`.
    public func landmark(country: String?, trigger: [String], sentence: String, published: CalendarDay,
                         forms: VerbForms) -> Landmark? {
        guard let first = trigger.first, !landmarks.isEmpty else { return nil }
        let lemmas = Set(forms.lemmas(of: first) + [first])
        var lowered: String?
        for entry in landmarks {
            if let wanted = entry.country, wanted != country { continue }
            guard let day = entry.date.day, day <= published else { continue }
            guard entry.verbs.contains(where: { verb in
                lemmas.contains(verb[0]) && trigger.count >= verb.count && Array(trigger[1..<verb.count]) == Array(verb.dropFirst())
            }) else { continue }
            if lowered == nil { lowered = sentence.lowercased() }
            if entry.groups.allSatisfy({ $0.contains { Self.holds(lowered!, $0) } }) { return entry }
        }
        return nil
    }

    /// Whether `text` holds `phrase` as whole words.
    static func holds(_ text: String, _ phrase: String) -> Bool {
        var from = text.startIndex
        while let r = text.range(of: phrase, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false) && !(after?.isNumber ?? false) {
                return true
            }
            from = r.upperBound
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
