/// One entry line of a dictionary file: `HEAD @FROM..TO: item | item | item`.
///
/// All of Casus's dictionaries share this shape (see `Docs/Dictionaries.md`), so users learn one
/// format. Comment lines (`#`) and blank lines yield no entry.
public struct DictionaryLine: Sendable, Equatable {
    public var head: String
    /// Days (as `CalendarDay.ordinal`) the entry is valid for; nil when undated.
    public var validity: ClosedRange<Int>?
    public var items: [String]
    /// 1-based line number, for error messages and `casus explain`.
    public var lineNumber: Int

    /// Parses a whole file; malformed lines are returned as errors, the others as entries.
    public static func parse(_ contents: String, file: String) -> (lines: [DictionaryLine], errors: [DictionaryError]) {
        var lines: [DictionaryLine] = []
        var errors: [DictionaryError] = []
        var number = 0
        for raw in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                errors.append(DictionaryError(file: file, line: number, message: "expected `CODE: item | item`"))
                continue
            }
            var head = line[..<colon].trimmingWhitespace()
            var validity: ClosedRange<Int>?
            if let at = head.firstIndex(of: "@") {
                let range = head[head.index(after: at)...].trimmingWhitespace()
                head = head[..<at].trimmingWhitespace()
                guard let parsed = parseRange(range) else {
                    errors.append(DictionaryError(file: file, line: number, message: "bad date range `@\(range)` (want @YYYY-MM-DD..YYYY-MM-DD, either end may be empty)"))
                    continue
                }
                validity = parsed
            }
            let items = line[line.index(after: colon)...].split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard !head.isEmpty, !items.isEmpty else {
                errors.append(DictionaryError(file: file, line: number, message: "empty code or no items"))
                continue
            }
            lines.append(DictionaryLine(head: head, validity: validity, items: items, lineNumber: number))
        }
        return (lines, errors)
    }

    static func parseRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { return nil }
        let from = parts[0].isEmpty ? Int.min / 2 : CalendarDay(iso: parts[0])?.ordinal
        let to = parts[1].isEmpty ? Int.max / 2 : CalendarDay(iso: parts[1])?.ordinal
        guard let from, let to, from <= to else { return nil }
        return from...to
    }
}

/// A line of a dictionary file that could not be read.
public struct DictionaryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
