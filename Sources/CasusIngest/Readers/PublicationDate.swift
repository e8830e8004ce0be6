import CasusCore

/// Publication dates as pages and feeds write them, read to the day they name.
///
/// The day is taken as written, in the publisher's own time zone: "Sun, 19 May 2019 23:30:00
/// -0500" is 19 May, as the reader of that page saw it.
public enum PublicationDate {
    /// RFC 3339 / ISO 8601 (`2019-05-19`, `2019-05-19T08:00:00Z`, `2019/05/19`), RFC 822 as
    /// in RSS (`Sun, 19 May 2019 08:00:00 +0000`, two-digit years too) and `May 19, 2019`.
    public static func parse(_ raw: String) -> CalendarDay? {
        let s = raw.trimmingWhitespace
        guard !s.isEmpty else { return nil }
        if let day = CalendarDay(iso: s) { return day }
        let slashed = String(s.prefix(10)).replacingSlashes
        if slashed != String(s.prefix(10)), let day = CalendarDay(iso: slashed) { return day }
        return rfc822(s)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `[Weekday,] DD Mon YYYY [time zone]` or `Mon DD, YYYY`: the day, month and year.
    static func rfc822(_ s: String) -> CalendarDay? {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
        var day: Int?
        var month: Int?
        var year: Int?
        for word in words.prefix(5) {
            let lower = word.lowercased()
            if let value = Int(word), word.allSatisfy(\.isASCII) {
                if day == nil, (1...31).contains(value), word.count <= 2 { day = value; continue }
                if year == nil, word.count == 4 { year = value; continue }
                if year == nil, word.count == 2, day != nil, month != nil { year = value < 50 ? 2000 + value : 1900 + value; continue }
                return nil
            }
            if month == nil, lower.count >= 3, let m = months.firstIndex(of: String(lower.prefix(3))) {
                month = m + 1
                continue
            }
            if word.contains(":") { break }   // the time: day, month and year come before it
        }
        guard let day, let month, let year, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        let scalars = String(self).unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(String.UnicodeScalarView(scalars[start...end]))
    }

    fileprivate var replacingSlashes: String { String(map { $0 == "/" ? "-" : $0 }) }
}
