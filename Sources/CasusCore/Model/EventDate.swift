/// When an event happened, at the precision the text supports.
public struct EventDate: Hashable, Sendable {
    public enum Precision: String, Sendable { case day, month, year, unknown }

    /// The first day of the period (the day itself at `day` precision).
    public var day: CalendarDay?
    public var precision: Precision

    public init(day: CalendarDay?, precision: Precision) {
        self.day = day
        self.precision = day == nil ? .unknown : precision
    }

    public static let unknown = EventDate(day: nil, precision: .unknown)

    /// ISO 8601 at the known precision: `2019-05-19`, `2019-05` or `2019`; nil when unknown.
    public var iso: String? {
        guard let day else { return nil }
        let full = day.description
        switch precision {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        case .unknown: return nil
        }
    }
}
