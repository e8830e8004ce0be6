/// Resolves when an event happened from the time expressions of its sentence and the
/// document's publication day.
///
/// Understood: today, tonight, yesterday, last night, weekday names ("on Sunday", "late
/// Saturday": the most recent such day on or before publication), this weekend, this/last
/// week, this/last month, in recent weeks/days, this/last year ("late last year"), month names
/// with or without day and year ("in May", "May 7", "7 May 2019"), "in 2018", "three days
/// ago", and times told from the story's last date ("hours later", "two days earlier",
/// "later that day", "the same day"). A sentence without one reports news of the day when
/// told in the simple past or present; in the perfect it is dated to the publication month.
/// "Last week" is dated to the middle of the seven days before publication: a week is not a
/// precision the record has, and a day in the right week serves a timeline better than a
/// month that may be the wrong one.
public struct DateResolver: Sendable {
    public init() {}

    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let monthAbbreviations = ["jan.": 1, "feb.": 2, "mar.": 3, "apr.": 4, "jun.": 6, "jul.": 7, "aug.": 8,
                                     "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dec.": 12]
    /// Every word that can be part of a time expression; the coder interns them.
    static let timeWords: [String] = weekdays + months + Array(monthAbbreviations.keys) + [
        "today", "tonight", "yesterday", "overnight", "night", "morning", "afternoon", "evening", "weekend", "week", "weeks",
        "month", "months", "year", "years", "days", "day", "ago", "later", "earlier", "afterwards",
    ]
    static let numbers = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3]

    /// A time expression found in a sentence.
    public struct Expression: Sendable {
        public var position: Int
        public var date: EventDate
        /// Points before publication (yesterday, last year): later sentences in the past tense inherit it.
        public var isPast: Bool
    }

    /// All time expressions of a sentence. `narrative` is the last date the story gave before
    /// this sentence: "hours later" and "two days earlier" count from it.
    public func expressions(in range: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>,
                            published: CalendarDay?, narrative: EventDate? = nil) -> [Expression] {
        guard let published else { return [] }
        var words: [String] = []
        words.reserveCapacity(range.count)
        for j in range {
            let t = tokens[j]
            words.append(t.end - t.start > 12 ? "" : lowercasedSpelling(text, t.start..<t.end))
        }
        var found: [Expression] = []
        func add(_ k: Int, _ day: CalendarDay, _ precision: EventDate.Precision, past: Bool) {
            found.append(Expression(position: range.lowerBound + k, date: EventDate(day: day, precision: precision), isPast: past))
        }
        let n = words.count
        func word(_ k: Int) -> String { k >= 0 && k < n ? words[k] : "" }
        var k = 0
        while k < n {
            let w = words[k]
            switch w {
            case "today", "tonight":
                add(k, published, .day, past: false)
            case "overnight":
                add(k, published, .day, past: false)   // a morning report's night is its own date
            case "yesterday":
                add(k, published.adding(days: -1), .day, past: true)
            case "night" where word(k - 1) == "last":
                add(k, published.adding(days: -1), .day, past: true)
            case "morning", "afternoon", "evening":
                if word(k - 1) == "this" { add(k, published, .day, past: false) }
            case "weekend" where word(k - 1) == "this" || word(k - 1) == "last":
                // The Saturday on or before publication.
                let back = (published.weekday + 1) % 7
                add(k, published.adding(days: -back - (word(k - 1) == "last" && back < 2 ? 7 : 0)), .day, past: true)
            case "week":
                if word(k - 1) == "last" { add(k, published.adding(days: -4), .day, past: true) }
                if word(k - 1) == "this" { add(k, published, .month, past: false) }
            case "later", "earlier", "afterwards":
                // Told from the story's last date: "hours later", "two days earlier", "later that day".
                let baseDay = narrative?.day ?? published
                let basePrecision = narrative?.day == nil ? .day : narrative!.precision
                let unit = word(k - 1)
                if ["hours", "hour", "minutes", "moments", "shortly", "soon"].contains(unit)
                    || (word(k + 1) == "that" && ["day", "night", "evening", "morning", "afternoon"].contains(word(k + 2))) {
                    add(k, baseDay, basePrecision, past: baseDay < published)
                } else if unit == "days" || unit == "day", let count = Int(word(k - 2)) ?? DateResolver.numbers[word(k - 2)],
                          basePrecision == .day {
                    let day = baseDay.adding(days: w == "earlier" ? -count : count)
                    if day <= published { add(k, day, .day, past: day < published) }
                }
            case "day" where word(k - 1) == "same":
                if let narrative, let day = narrative.day { add(k, day, narrative.precision, past: day < published) }
            case "month":
                if word(k - 1) == "this" { add(k, published, .month, past: false) }
                if word(k - 1) == "last" { add(k, CalendarDay(year: published.month == 1 ? published.year - 1 : published.year, month: published.month == 1 ? 12 : published.month - 1, day: 1), .month, past: true) }
            case "year":
                if word(k - 1) == "this" { add(k, CalendarDay(year: published.year, month: 1, day: 1), .year, past: false) }
                if word(k - 1) == "last" { add(k, CalendarDay(year: published.year - 1, month: 1, day: 1), .year, past: true) }
            case "weeks", "days":
                if word(k - 1) == "recent" || word(k - 2) == "past" || word(k - 1) == "past" { add(k, published, .month, past: false) }
            case "ago":
                if let (count, unit) = span(word(k - 2), word(k - 1)),
                   let day = shift(EventDate(day: published, precision: .day), by: -count, unit).day {
                    // "three weeks ago" says the month, not the day.
                    add(k, day, unit == .day ? .day : unit == .year ? .year : .month, past: true)
                }
            default:
                if let weekday = DateResolver.weekdays.firstIndex(of: w), word(k - 1) != "next", word(k + 1) != "next" {
                    let back = (published.weekday - weekday + 7) % 7
                    add(k, published.adding(days: -back), .day, past: back > 0)
                } else if let month = DateResolver.months.firstIndex(of: w).map({ $0 + 1 }) ?? DateResolver.monthAbbreviations[w],
                          !(w == "may" && !tokens[range.lowerBound + k].flags.contains(.capitalized)) {
                    k = monthExpression(k, month, words, range, published, &found)
                } else if w.count == 4, let year = Int(w), year >= 1900, year <= published.year,
                          ["in", "of", "late", "early", "mid"].contains(word(k - 1)) {
                    add(k, CalendarDay(year: year, month: 1, day: 1), .year, past: year < published.year)
                }
            }
            k += 1
        }
        return found
    }

    /// "May 7", "May 7, 2019", "7 May 2019", "in May", "May 2018", "August 5th".
    private func monthExpression(_ k: Int, _ month: Int, _ words: [String], _ range: Range<Int>,
                                 _ published: CalendarDay, _ found: inout [Expression]) -> Int {
        func dayNumber(_ s: String) -> Int? {
            let digits = s.prefix { $0.isASCII && $0.isNumber }
            guard let d = Int(digits), d >= 1, d <= 31, digits.count == s.count || ["st", "nd", "rd", "th"].contains(String(s.dropFirst(digits.count))) else { return nil }
            return d
        }
        var day = k + 1 < words.count ? dayNumber(words[k + 1]) : nil
        if day == nil, k > 0 { day = dayNumber(words[k - 1]) }
        var yearIndex = k + (day != nil && k + 1 < words.count && dayNumber(words[k + 1]) != nil ? 2 : 1)
        if yearIndex < words.count, words[yearIndex] == "," { yearIndex += 1 }
        var year: Int? = yearIndex < words.count && words[yearIndex].count == 4 ? Int(words[yearIndex]) : nil
        if let y = year, y < 1900 || y > published.year + 1 { year = nil }
        let resolvedYear = year ?? (month > published.month || (month == published.month && (day ?? 1) > published.day) ? published.year - 1 : published.year)
        let days = CalendarDay.daysIn(month: month, year: resolvedYear)
        let date = CalendarDay(year: resolvedYear, month: month, day: min(day ?? 1, days))
        let precision: EventDate.Precision = day != nil ? .day : .month
        found.append(Expression(position: range.lowerBound + k, date: EventDate(day: date, precision: precision), isPast: date < published))
        return k
    }

    /// The date of an event triggered at `position`: the nearest time expression of its
    /// sentence; else one carried from the sentence before; else a default from the tense.
    /// A perfect in the story's lead ("Rebels have signed a peace deal") is the day's news.
    public func date(of position: Int, expressions: [Expression], carried: Expression?, tense: Tense,
                     published: CalendarDay?, lead: Bool = false) -> EventDate {
        guard let published else { return .unknown }
        if let nearest = expressions.min(by: { abs($0.position - position) < abs($1.position - position) }) {
            return nearest.date
        }
        if tense == .simplePast, let carried, carried.isPast { return carried.date }
        // News told in the simple past or present is the day's news; the perfect ("have been
        // explicit", "has since retaken") spans more than a day: the month.
        if tense == .simplePast || tense == .present || (tense == .perfect && lead) { return EventDate(day: published, precision: .day) }
        return EventDate(day: published, precision: .month)
    }

    public enum Tense: Sendable { case simplePast, perfect, present, other }

    /// A length of time ("two months", "10 days").
    public enum Unit: Sendable { case day, week, month, year }

    /// "two months", "10 days", "a year": the count and unit two words give, or nil.
    public func span(_ count: String, _ unit: String) -> (Int, Unit)? {
        guard let n = Int(count) ?? DateResolver.numbers[count.lowercased()], n > 0, n < 1000 else { return nil }
        switch unit.lowercased() {
        case "day", "days": return (n, .day)
        case "week", "weeks": return (n, .week)
        case "month", "months": return (n, .month)
        case "year", "years": return (n, .year)
        default: return nil
        }
    }

    /// `date` moved by `count` units (back when negative), no finer than the unit allows: a
    /// month from a day is a month; days from a month stay a month.
    public func shift(_ date: EventDate, by count: Int, _ unit: Unit) -> EventDate {
        guard let day = date.day else { return date }
        func coarser(_ a: EventDate.Precision, _ b: EventDate.Precision) -> EventDate.Precision {
            let order: [EventDate.Precision] = [.day, .month, .year]
            return (order.firstIndex(of: a) ?? 2) > (order.firstIndex(of: b) ?? 2) ? a : b
        }
        switch unit {
        case .day: return EventDate(day: day.adding(days: count), precision: date.precision)
        case .week: return EventDate(day: day.adding(days: 7 * count), precision: date.precision)
        case .month:
            let total = day.year * 12 + day.month - 1 + count
            return EventDate(day: CalendarDay(year: total / 12, month: total % 12 + 1, day: 1), precision: coarser(date.precision, .month))
        case .year:
            return EventDate(day: CalendarDay(year: day.year + count, month: 1, day: 1), precision: .year)
        }
    }
}
