import Foundation

/// The places Casus can name: cities, first-level regions and countries from `gazetteer.tsv`,
/// the hand-written sites of `sites.tsv` (Green Zone, Tahrir Square), and the news names of
/// countries from `countries.txt` ("US", "Britain").
///
/// A value built once and shared: entries live in one compact array, names in byte tables
/// (see `NameIndex`), and lookups work on UTF-8 bytes without building strings.
public struct Gazetteer: Sendable {
    public enum Kind: UInt8, Sendable, CustomStringConvertible {
        case site, city, admin1, country
        public var description: String {
            switch self {
            case .site: "site"
            case .city: "city"
            case .admin1: "admin1"
            case .country: "country"
            }
        }
    }

    /// One place as the gazetteer records it.
    public struct Place: Hashable, Sendable {
        public var name: String
        public var kind: Kind
        /// ISO 3166-1 alpha-3; nil for seas and for places whose sovereignty is disputed.
        public var country: String?
        public var admin1: String?
        public var latitude: Double?
        public var longitude: Double?
        public var population: Int
        public var geonamesID: Int?
        /// The precision an event located here has (`site` or `admin1` for sites).
        public var precision: Location.Precision
        /// The city is its country's capital (the country row carries the capital's coordinates).
        public var isCapital: Bool
        /// What kind of site it is, as `sites.tsv` says (sites only).
        public var siteKind: String?
    }

    /// An entry a name may stand for.
    public struct Candidate: Hashable, Sendable {
        /// Index of the entry (`place(_:)`).
        public var entry: Int32
        /// Matched an alternate spelling or a news alias rather than the entry's own name.
        public var viaAlternate: Bool
        /// The name is written in capitals ("US") and stands for the place only when the text
        /// writes it so too.
        var capitalsOnly: Bool
    }

    /// An entry, compactly: strings are ids in `strings`, coordinates in 1e-4 degrees, the
    /// country a packed ISO-3 code (0 for none).
    struct Record: Sendable {
        var name: Int32
        var admin1: Int32 = -1
        var siteKind: Int32 = -1
        var country: UInt32
        var latitude: Int32 = Record.noCoordinate
        var longitude: Int32 = Record.noCoordinate
        var population: UInt32 = 0
        var geonamesID: Int32 = -1
        var kind: Kind
        var precision: Location.Precision
        var isCapital = false

        static let noCoordinate = Int32.min
        var hasCoordinates: Bool { latitude != Record.noCoordinate && longitude != Record.noCoordinate }
    }

    var records: [Record] = []
    /// Primary names, admin1 names and site kinds, interned.
    var strings = ByteStringTable(capacity: 80_000, averageLength: 10)
    /// Names of cities, regions and countries, matched on capitalised words.
    var names = NameIndex()
    /// Names of sites, matched case-insensitively on the full name.
    var siteNames = NameIndex(tracksFirstWords: true)
    /// Demonyms ("Iraqi") to the country they qualify, by exact key.
    var demonyms = ByteStringTable()
    var demonymCountries: [UInt32] = []
    /// Country rows by packed ISO-3 code.
    var countryEntries: [UInt32: Int32] = [:]
    /// First-level region rows by `regionKey(country, admin1)`.
    var regionEntries: [UInt64: Int32] = [:]

    static func regionKey(_ country: UInt32, _ admin1: Int32) -> UInt64 { UInt64(country) << 32 | UInt64(UInt32(bitPattern: admin1)) }

    /// The region a city gives its name to ("Basra province" is Al Başrah, whose capital is
    /// Basrah): the city's own region, when both names agree without accents and article.
    func region(namedAfter city: Int32) -> Int32? {
        let r = records[Int(city)]
        guard r.kind == .city, r.admin1 >= 0, let region = regionEntries[Gazetteer.regionKey(r.country, r.admin1)] else { return nil }
        func bare(_ id: Int32) -> [UInt8] {
            let key = PlaceKeyBuilder.keys(of: strings.string(id)).folded
            guard let space = key.firstIndex(of: UInt8(ascii: " ")),
                  ["al", "el", "an", "ar", "as", "ash", "at", "ad", "az"].contains(String(decoding: key[..<space], as: UTF8.self))
            else { return key }
            return Array(key[(space + 1)...])
        }
        return bare(r.name) == bare(records[Int(region)].name) ? region : nil
    }

    public var count: Int { records.count }

    public func place(_ entry: Int32) -> Place {
        let r = records[Int(entry)]
        return Place(
            name: strings.string(r.name), kind: r.kind, country: r.country == 0 ? nil : Gazetteer.iso3(r.country),
            admin1: r.admin1 >= 0 ? strings.string(r.admin1) : nil,
            latitude: r.hasCoordinates ? Double(r.latitude) / 10_000 : nil,
            longitude: r.hasCoordinates ? Double(r.longitude) / 10_000 : nil,
            population: Int(r.population), geonamesID: r.geonamesID >= 0 ? Int(r.geonamesID) : nil,
            precision: r.precision, isCapital: r.isCapital,
            siteKind: r.siteKind >= 0 ? strings.string(r.siteKind) : nil)
    }

    /// The event-record location of an entry; nil when the gazetteer has no coordinates for it
    /// (Casus never makes coordinates up).
    public func location(of entry: Int32) -> Location? {
        let p = place(entry)
        guard let lat = p.latitude, let lon = p.longitude else { return nil }
        return Location(name: p.name, country: p.country, admin1: p.kind == .country ? nil : p.admin1,
                        latitude: lat, longitude: lon, precision: p.precision, geonamesID: p.geonamesID)
    }

    /// The country row of an ISO-3 code.
    public func countryEntry(iso3: String) -> Int32? {
        guard let code = Gazetteer.pack(iso3: iso3) else { return nil }
        return countryEntries[code]
    }

    /// The country a demonym or adjective stands for ("Iraqi" → "IRQ").
    public func country(ofDemonym word: String) -> String? {
        let key = PlaceKeyBuilder.keys(of: word).exact
        return demonyms.id(of: key).map { Gazetteer.iso3(demonymCountries[Int($0)]) }
    }

    /// Every entry `name` may stand for, written as in `text` (capitals matter only for names
    /// such as "US"); sites included.
    public func candidates(for name: String) -> [Candidate] {
        let (exact, folded) = PlaceKeyBuilder.keys(of: name)
        let allCapitals = name.unicodeScalars.contains { $0.properties.isUppercase }
            && !name.unicodeScalars.contains { $0.properties.isLowercase }
        return candidates(exact: exact, folded: folded, index: names, allCapitals: allCapitals)
            + candidates(exact: exact, folded: folded, index: siteNames, allCapitals: allCapitals)
    }

    func candidates(exact: [UInt8], folded: [UInt8], index: NameIndex, allCapitals: Bool) -> [Candidate] {
        // The folded key finds every spelling (see `KeyScratch.candidates`).
        let key = folded.withUnsafeBufferPointer { index.key($0) }
        guard let key else { return [] }
        return candidates(key: key, index: index, allCapitals: allCapitals)
    }

    func candidates(key: Int32, index: NameIndex, allCapitals: Bool) -> [Candidate] {
        index.postings(of: key).compactMap { p in
            let capitalsOnly = p.flags & NameIndex.capitalsOnly != 0
            if capitalsOnly, !allCapitals { return nil }
            return Candidate(entry: p.entry, viaAlternate: p.flags & NameIndex.alternate != 0, capitalsOnly: capitalsOnly)
        }
    }

    /// The gazetteer shipped with Casus: `gazetteer.tsv`, plus `sites.tsv`, `countries.txt` and
    /// the demonyms of `actors.txt` when present.
    public static func bundled() throws -> Gazetteer {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil) else {
            throw GazetteerError.missingResource("Resources")
        }
        func read(_ name: String) -> [UInt8]? {
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) }
        }
        guard let places = read("gazetteer.tsv") else { throw GazetteerError.missingResource("gazetteer.tsv") }
        return Gazetteer(gazetteerTSV: places, sitesTSV: read("sites.tsv") ?? [],
                         countryNames: read("countries.txt") ?? [], demonyms: read("actors.txt") ?? [])
    }

    static func pack(iso3: some StringProtocol) -> UInt32? {
        let b = Array(iso3.utf8)
        guard b.count == 3 else { return nil }
        return UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])
    }

    static func iso3(_ packed: UInt32) -> String {
        String(decoding: [UInt8(packed >> 16 & 0xFF), UInt8(packed >> 8 & 0xFF), UInt8(packed & 0xFF)], as: UTF8.self)
    }
}

public enum GazetteerError: Error, CustomStringConvertible {
    case missingResource(String)

    public var description: String {
        switch self {
        case .missingResource(let name): "the gazetteer resource \(name) is missing from the CasusCore bundle"
        }
    }
}
