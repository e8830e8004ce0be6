import CasusCore
import Foundation

/// When two reports describe the same real-world event.
///
/// Two event records (or a record and a stored event, which keeps the attributes of its first
/// report) are one event when **all** of these hold:
///
/// 1. **Same CAMEO root** (`19` for both "fired rockets at" and "shelled").
/// 2. **Same source and same target**, compared by country (`USAGOV` and `USAMIL` are both `USA`);
///    actors without a country (organisations like `IGOUNO`, unknown `---`) compare by full code.
/// 3. **Compatible places.** Both at city or site precision: within `radiusKilometres` (25 km) of
///    each other. When one is coarser: the same admin1 region if the coarser one is a region, the
///    same country if it is a country. Both without a place: compatible (the other conditions carry
///    the decision). One with a place and one without: *not* compatible — an unlocated report is
///    too weak to join an event that has a place.
/// 4. **Compatible dates.** Each date covers its period at its precision (a day, a whole month, a
///    whole year); the periods, each widened by `dateWindowDays` (1 day: news of yesterday's
///    attack dated today), must overlap. An unknown date is compatible with any date.
///
/// A report that matches several stored events joins the oldest (lowest id), so the result does
/// not depend on anything but the order documents arrive in.
public struct DeduplicationRule: Sendable, Equatable {
    public var radiusKilometres: Double
    public var dateWindowDays: Int

    public init(radiusKilometres: Double = 25, dateWindowDays: Int = 1) {
        self.radiusKilometres = radiusKilometres
        self.dateWindowDays = dateWindowDays
    }

    public func sameEvent(_ a: EventFootprint, _ b: EventFootprint) -> Bool {
        a.key == b.key && datesCompatible(a.days, b.days) && placesCompatible(a.place, b.place)
    }

    func datesCompatible(_ a: ClosedRange<Int>?, _ b: ClosedRange<Int>?) -> Bool {
        guard let a, let b else { return true }
        return a.lowerBound - dateWindowDays <= b.upperBound && b.lowerBound - dateWindowDays <= a.upperBound
    }

    func placesCompatible(_ a: PlaceFootprint?, _ b: PlaceFootprint?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        let coarser = a.precision.rank >= b.precision.rank ? a : b
        switch coarser.precision {
        case .site, .city:
            return Geodesy.kilometres(a.latitude, a.longitude, b.latitude, b.longitude) <= radiusKilometres
        case .admin1:
            return a.country == b.country && a.admin1 != nil && a.admin1 == b.admin1
        case .country:
            return a.country == b.country
        }
    }
}

/// What deduplication looks at in an event: its key, its date period and its place.
public struct EventFootprint: Sendable, Equatable {
    public var key: EventKey
    /// First and last day (days since 1970-01-01) of the date's period; nil when unknown.
    public var days: ClosedRange<Int>?
    public var place: PlaceFootprint?

    public init(key: EventKey, days: ClosedRange<Int>?, place: PlaceFootprint?) {
        self.key = key
        self.days = days
        self.place = place
    }

    public init(_ event: Event) {
        self.init(key: EventKey(event), days: EventFootprint.period(event.date), place: event.location.map(PlaceFootprint.init))
    }

    /// The days a date at its precision covers.
    public static func period(_ date: EventDate) -> ClosedRange<Int>? {
        guard let day = date.day else { return nil }
        switch date.precision {
        case .day: return day.ordinal...day.ordinal
        case .month:
            let first = CalendarDay(year: day.year, month: day.month, day: 1).ordinal
            return first...(first + CalendarDay.daysIn(month: day.month, year: day.year) - 1)
        case .year:
            return CalendarDay(year: day.year, month: 1, day: 1).ordinal...CalendarDay(year: day.year, month: 12, day: 31).ordinal
        case .unknown: return nil
        }
    }
}

/// The part of an event that must be equal for two reports to be one event.
public struct EventKey: Hashable, Sendable {
    public var root: String
    /// The source's country, or its full code when it has none (`IGOUNO`, `---`).
    public var source: String
    public var target: String

    public init(root: String, source: String, target: String) {
        self.root = root
        self.source = source
        self.target = target
    }

    public init(_ event: Event) {
        self.init(root: event.root, source: EventKey.actorKey(event.source), target: EventKey.actorKey(event.target))
    }

    public static func actorKey(_ actor: ActorRef?) -> String {
        guard let actor else { return "" }
        return actor.country ?? actor.code
    }

    /// A 63-bit number for the key, stable across processes and machines (FNV-1a): PostgreSQL
    /// writers take an advisory lock on it so two of them never create the same event twice.
    public var lockNumber: Int64 {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in "\(root)|\(source)|\(target)".utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return Int64(bitPattern: hash >> 1)
    }
}

public struct PlaceFootprint: Sendable, Equatable {
    public var country: String?
    public var admin1: String?
    public var latitude: Double
    public var longitude: Double
    public var precision: Location.Precision

    public init(country: String?, admin1: String?, latitude: Double, longitude: Double, precision: Location.Precision) {
        self.country = country
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
    }

    public init(_ location: Location) {
        self.init(country: location.country, admin1: location.admin1, latitude: location.latitude,
                  longitude: location.longitude, precision: location.precision)
    }
}

extension Location.Precision {
    /// 0 for the finest (site) to 3 for the coarsest (country).
    var rank: Int {
        switch self {
        case .site: return 0
        case .city: return 1
        case .admin1: return 2
        case .country: return 3
        }
    }
}
