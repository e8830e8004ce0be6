/// Reading the gazetteer's files: tab-separated places and sites, and the country names and
/// demonyms of the actor dictionaries. Everything is parsed from bytes; columns are found by
/// the header line, so a file may add or reorder columns.
extension Gazetteer {
    /// Builds a gazetteer from file contents. `countryNames` is `countries.txt` (news names of
    /// countries: "US", "Britain") and `demonyms` `actors.txt` (its country-code-only lines give
    /// "Iraqi" → IRQ); both may be empty.
    public init(gazetteerTSV: [UInt8], sitesTSV: [UInt8], countryNames: [UInt8] = [], demonyms: [UInt8] = []) {
        var lines = 0, names = 0
        for b in gazetteerTSV {
            if b == 10 { lines += 1 } else if b == UInt8(ascii: "|") { names += 1 }
        }
        self.names = NameIndex(capacity: (lines + names) * 3 / 2)
        records.reserveCapacity(lines)
        gazetteerTSV.withUnsafeBufferPointer { loadPlaces($0) }
        sitesTSV.withUnsafeBufferPointer { loadSites($0) }
        markCapitals()
        countryNames.withUnsafeBufferPointer { loadCountryNames($0) }
        demonyms.withUnsafeBufferPointer { loadDemonyms($0) }
    }

    private mutating func loadPlaces(_ file: UnsafeBufferPointer<UInt8>) {
        var builder = PlaceKeyBuilder()
        TSV.forEachRow(file, columns: ["geonames_id", "kind", "name", "alt_names", "country_iso3", "admin1", "lat", "lon", "population"]) { row in
            let kind: Kind
            switch row.string(1) {
            case "city": kind = .city
            case "admin1": kind = .admin1
            case "country": kind = .country
            default: return
            }
            guard let country = row.iso3(4), !row.isEmpty(2) else { return }
            let entry = Int32(records.count)
            var record = Record(name: strings.intern(row.field(2)).id, country: country, kind: kind,
                                precision: kind == .city ? .city : kind == .admin1 ? .admin1 : .country)
            if !row.isEmpty(5) { record.admin1 = strings.intern(row.field(5)).id }
            if let lat = row.decimal(6), let lon = row.decimal(7) { record.latitude = lat; record.longitude = lon }
            record.population = UInt32(clamping: row.integer(8) ?? 0)
            record.geonamesID = Int32(clamping: row.integer(0) ?? -1)
            records.append(record)
            if kind == .country, countryEntries[country] == nil { countryEntries[country] = entry }
            if kind == .admin1, record.admin1 >= 0 { regionEntries[Gazetteer.regionKey(country, record.admin1)] = entry }
            let arabic = Gazetteer.arabicSpeaking.contains(country)
            Gazetteer.index(row.field(2), entry: entry, flags: 0, into: &self.names, builder: &builder, stripArticle: arabic)
            row.forEachAlternate(3) {
                Gazetteer.index($0, entry: entry, flags: NameIndex.alternate, into: &self.names, builder: &builder, stripArticle: arabic)
            }
        }
    }

    /// Countries whose place names carry the Arabic article, which news often drops
    /// ("Al Qāmishlī" is "Qamishli").
    static let arabicSpeaking: Set<UInt32> = Set(
        ["ARE", "BHR", "DJI", "DZA", "EGY", "ESH", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR", "MRT", "OMN",
         "PSE", "QAT", "SAU", "SDN", "SOM", "SYR", "TCD", "TUN", "YEM"].compactMap { Gazetteer.pack(iso3: $0) })

    private mutating func loadSites(_ file: UnsafeBufferPointer<UInt8>) {
        var builder = PlaceKeyBuilder()
        TSV.forEachRow(file, columns: ["name", "alt_names", "kind", "country_iso3", "admin1", "lat", "lon", "precision"]) { row in
            // Seas and disputed places have no country.
            guard !row.isEmpty(0), row.isEmpty(3) || row.iso3(3) != nil else { return }
            let country = row.iso3(3) ?? 0
            let entry = Int32(records.count)
            // A town GeoNames' city list lacks ("city" precision) is a city, not a site.
            let town = row.string(7) == "city"
            var record = Record(name: strings.intern(row.field(0)).id, country: country, kind: town ? .city : .site,
                                precision: town ? .city : row.string(7) == "admin1" ? .admin1 : .site)
            if !row.isEmpty(2) { record.siteKind = strings.intern(row.field(2)).id }
            if !row.isEmpty(4) { record.admin1 = strings.intern(row.field(4)).id }
            if let lat = row.decimal(5), let lon = row.decimal(6) { record.latitude = lat; record.longitude = lon }
            records.append(record)
            Gazetteer.index(row.field(0), entry: entry, flags: 0, into: &siteNames, builder: &builder)
            row.forEachAlternate(1) { Gazetteer.index($0, entry: entry, flags: NameIndex.alternate, into: &siteNames, builder: &builder) }
        }
    }

    /// A country's row carries its capital's coordinates: the city of that country standing at
    /// exactly those coordinates is the capital.
    private mutating func markCapitals() {
        var seats: [UInt32: (Int32, Int32)] = [:]
        for r in records where r.kind == .country && r.hasCoordinates { seats[r.country] = (r.latitude, r.longitude) }
        for i in records.indices where records[i].kind == .city {
            if let seat = seats[records[i].country], seat == (records[i].latitude, records[i].longitude) {
                records[i].isCapital = true
            }
        }
    }

    /// News names of countries. A name that is already the own name of a place in that country
    /// stays that place's: "Gaza" stands for the Palestinian territories as an actor, but as a
    /// place it is Gaza City, not the territories' capital.
    private mutating func loadCountryNames(_ file: UnsafeBufferPointer<UInt8>) {
        var builder = PlaceKeyBuilder()
        TSV.forEachDictionaryLine(file) { code, names in
            guard let entry = countryEntries[code] else { return }
            for name in names {
                builder.reset()
                builder.add(name)
                if namesOwnPlace(builder.folded, in: code) { continue }
                let flags = NameIndex.alternate | (TSV.isWrittenInCapitals(name) ? NameIndex.capitalsOnly : 0)
                Gazetteer.index(name, entry: entry, flags: flags, into: &self.names, builder: &builder)
            }
        }
    }

    private func namesOwnPlace(_ key: [UInt8], in country: UInt32) -> Bool {
        [self.names, siteNames].contains { index in
            guard let id = key.withUnsafeBufferPointer({ index.key($0) }) else { return false }
            return index.postings(of: id).contains {
                $0.flags & NameIndex.alternate == 0 && records[Int($0.entry)].country == country
                    && records[Int($0.entry)].kind != .country
            }
        }
    }

    private mutating func loadDemonyms(_ file: UnsafeBufferPointer<UInt8>) {
        var builder = PlaceKeyBuilder()
        TSV.forEachDictionaryLine(file) { code, names in
            guard countryEntries[code] != nil else { return }
            for name in names {
                builder.reset()
                builder.add(name)
                if builder.exact.withUnsafeBufferPointer({ demonyms.intern($0).isNew }) { demonymCountries.append(code) }
            }
        }
    }

    private static func index(_ name: UnsafeBufferPointer<UInt8>, entry: Int32, flags: UInt8,
                              into index: inout NameIndex, builder: inout PlaceKeyBuilder, stripArticle: Bool = false) {
        builder.reset()
        builder.add(name)
        builder.exact.withUnsafeBufferPointer { index.add($0, entry: entry, flags: flags) }
        if builder.didFold { builder.folded.withUnsafeBufferPointer { index.add($0, entry: entry, flags: flags) } }
        guard stripArticle else { return }
        for key in builder.didFold ? [builder.exact, builder.folded] : [builder.exact] {
            guard let space = key.firstIndex(of: UInt8(ascii: " ")), key.count - space > 3,
                  articles.contains(String(decoding: key[..<space], as: UTF8.self)) else { continue }
            key[(space + 1)...].withUnsafeBufferPointer { index.add($0, entry: entry, flags: NameIndex.alternate) }
        }
    }

    private static let articles: Set<String> = ["al", "el", "an", "ar", "as", "ash", "at", "ad", "az", "ath", "adh"]
}

/// Field access for the gazetteer's line formats.
enum TSV {
    /// One data row: its fields, rearranged into the order of the requested columns.
    struct Row {
        let file: UnsafeBufferPointer<UInt8>
        var fields: [Range<Int>]

        func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            let r = i < fields.count ? fields[i] : 0..<0
            return UnsafeBufferPointer(rebasing: file[r])
        }
        func isEmpty(_ i: Int) -> Bool { i >= fields.count || fields[i].isEmpty }
        func string(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }

        func iso3(_ i: Int) -> UInt32? {
            let f = field(i)
            guard f.count == 3 else { return nil }
            return UInt32(f[0]) << 16 | UInt32(f[1]) << 8 | UInt32(f[2])
        }

        func integer(_ i: Int) -> Int? {
            let f = field(i)
            guard !f.isEmpty else { return nil }
            var value = 0
            for b in f {
                guard b >= 48, b <= 57 else { return nil }
                value = value &* 10 &+ Int(b - 48)
            }
            return value
        }

        /// A decimal in units of 1e-4 ("33.3406" → 333406).
        func decimal(_ i: Int) -> Int32? {
            let f = field(i)
            guard !f.isEmpty else { return nil }
            var value = 0, decimals = -1, negative = false
            for (k, b) in f.enumerated() {
                if k == 0, b == UInt8(ascii: "-") { negative = true; continue }
                if b == UInt8(ascii: "."), decimals < 0 { decimals = 0; continue }
                guard b >= 48, b <= 57 else { return nil }
                if decimals >= 4 { continue }
                value = value * 10 + Int(b - 48)
                if decimals >= 0 { decimals += 1 }
            }
            for _ in max(decimals, 0)..<4 { value *= 10 }
            return Int32(clamping: negative ? -value : value)
        }

        func forEachAlternate(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            let f = field(i)
            var start = 0
            for k in 0...f.count where k == f.count || f[k] == UInt8(ascii: "|") {
                if k > start { body(UnsafeBufferPointer(rebasing: f[start..<k])) }
                start = k + 1
            }
        }
    }

    /// Calls `body` for each data row; the first non-comment line is the header, which says
    /// where each of `columns` stands (a column it lacks reads as empty).
    static func forEachRow(_ file: UnsafeBufferPointer<UInt8>, columns: [String], _ body: (Row) -> Void) {
        var order: [Int]?
        var raw: [Range<Int>] = []
        var row = Row(file: file, fields: [])
        forEachLine(file) { line in
            guard file[line.lowerBound] != UInt8(ascii: "#") else { return }
            raw.removeAll(keepingCapacity: true)
            var start = line.lowerBound
            for k in line.lowerBound...line.upperBound where k == line.upperBound || file[k] == 9 {
                raw.append(start..<k)
                start = k + 1
            }
            guard let order else {
                let names = raw.map { String(decoding: file[$0], as: UTF8.self).trimmingSpaces }
                order = columns.map { names.firstIndex(of: $0) ?? Int.max }
                return
            }
            row.fields = order.map { $0 < raw.count ? raw[$0] : 0..<0 }
            body(row)
        }
    }

    /// Calls `body` with the code and names of each undated `CODE: name | name` line.
    static func forEachDictionaryLine(_ file: UnsafeBufferPointer<UInt8>, _ body: (UInt32, [UnsafeBufferPointer<UInt8>]) -> Void) {
        forEachLine(file) { line in
            let l = line.lowerBound
            guard line.count > 5, file[l + 3] == UInt8(ascii: ":"),
                  (0..<3).allSatisfy({ file[l + $0] >= 65 && file[l + $0] <= 90 }) else { return }
            let code = UInt32(file[l]) << 16 | UInt32(file[l + 1]) << 8 | UInt32(file[l + 2])
            var names: [UnsafeBufferPointer<UInt8>] = []
            var start = l + 4
            for k in start...line.upperBound where k == line.upperBound || file[k] == UInt8(ascii: "|") {
                if k > start { names.append(UnsafeBufferPointer(rebasing: file[start..<k])) }
                start = k + 1
            }
            body(code, names)
        }
    }

    /// Each non-blank line's byte range, without its line break.
    static func forEachLine(_ file: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) {
        var start = 0
        for k in 0...file.count where k == file.count || file[k] == 10 {
            var end = k
            if end > start, file[end - 1] == 13 { end -= 1 }
            if end > start { body(start..<end) }
            start = k + 1
        }
    }

    /// "US", "U.S.", "UAE": two or more letters, all capitals.
    static func isWrittenInCapitals(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        for b in name {
            if b >= 97 && b <= 122 || b >= 0x80 { return false }
            if b >= 65 && b <= 90 { letters += 1 }
        }
        return letters >= 2
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        var scalars = unicodeScalars[...]
        while scalars.first == " " || scalars.first == "\r" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
