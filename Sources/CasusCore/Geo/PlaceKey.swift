import Foundation

/// Builds the keys place names are compared by, from UTF-8 bytes.
///
/// Two keys come out of one pass: `exact` lower-cases ASCII, writes every apostrophe-like mark
/// (’ ʻ ʼ ʿ ´ `) as `'` and keeps other non-ASCII bytes as they are; `folded` also spells common
/// Latin letters with diacritics in ASCII (ā → a, ğ → g, ß → ss), so "Baghdād" and "Baghdad"
/// meet. Spaces, hyphens, dots and other punctuation become one space between words, which is
/// why the gazetteer's "Al-Qaim" and the tokens `al` `-` `Qaim` give the same key.
struct PlaceKeyBuilder {
    private(set) var exact: [UInt8] = []
    private(set) var folded: [UInt8] = []
    /// True when `folded` differs from `exact`.
    private(set) var didFold = false
    private var pendingSpace = false

    init() {
        exact.reserveCapacity(64)
        folded.reserveCapacity(64)
    }

    mutating func reset() {
        exact.removeAll(keepingCapacity: true)
        folded.removeAll(keepingCapacity: true)
        didFold = false
        pendingSpace = false
    }

    /// Starts a new word: the next character is preceded by a space.
    mutating func separate() { pendingSpace = true }

    /// Appends the normalised form of `bytes`.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                switch b {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): put(b | 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): put(b)
                case UInt8(ascii: "'"), UInt8(ascii: "`"): put(UInt8(ascii: "'"))
                default: pendingSpace = true
                }
                continue
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard length > 1, i + length <= n else { put(b); i += 1; continue }
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = scalar << 6 | UInt32(bytes[i + k] & 0x3F) }
            switch PlaceKeyBuilder.role(of: scalar) {
            case .apostrophe: put(UInt8(ascii: "'"))
            case .separator: pendingSpace = true
            case .letter:
                startCharacter()
                for k in 0..<length { exact.append(bytes[i + k]) }
                let fold = PlaceKeyBuilder.fold(scalar)
                if fold != 0 {
                    folded.append(UInt8(fold & 0xFF))
                    if fold > 0xFF { folded.append(UInt8(fold >> 8)) }
                    didFold = true
                } else if scalar >= 0x300 && scalar < 0x370 {
                    didFold = true   // a combining accent: the folded key drops it
                } else {
                    for k in 0..<length { folded.append(bytes[i + k]) }
                }
            }
            i += length
        }
    }

    @inline(__always)
    private mutating func startCharacter() {
        if pendingSpace, !exact.isEmpty {
            exact.append(UInt8(ascii: " "))
            folded.append(UInt8(ascii: " "))
        }
        pendingSpace = false
    }

    @inline(__always)
    private mutating func put(_ ascii: UInt8) {
        startCharacter()
        exact.append(ascii)
        folded.append(ascii)
    }

    private enum Role { case letter, apostrophe, separator }

    private static func role(of scalar: UInt32) -> Role {
        switch scalar {
        case 0x2018, 0x2019, 0x201B, 0x02B9, 0x02BB...0x02BF, 0x02C8, 0x00B4: return .apostrophe
        case 0x00A0, 0x00AB, 0x00BB, 0x2000...0x200B, 0x2010...0x2015, 0x201C...0x201F, 0x202F, 0x2212: return .separator
        default: return .letter
        }
    }

    /// The ASCII spelling of a Latin letter with diacritics, packed as up to two lower-case
    /// bytes (first in the low byte); 0 when it has none.
    private static func fold(_ scalar: UInt32) -> UInt16 {
        if scalar >= 0xC0, scalar < 0x300 { return foldTable[Int(scalar - 0xC0)] }
        if scalar >= 0x1E00, scalar < 0x1F00 { return foldTable[Int(scalar - 0x1E00) + 0x240] }
        return 0
    }

    /// Folds for U+00C0…U+02FF (Latin-1, Extended-A and -B, IPA) and U+1E00…U+1EFF (Latin
    /// Extended Additional: the dotted letters of Arabic transliteration, ḩ ṭ ẕ), made once
    /// from canonical decompositions plus the letters that have none (ı ł ø ß æ ə …).
    private static let foldTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 0x340)
        func pack(_ s: String) -> UInt16 {
            let b = Array(s.lowercased().utf8)
            return b.count == 1 ? UInt16(b[0]) : UInt16(b[0]) | UInt16(b[1]) << 8
        }
        func index(_ v: UInt32) -> Int { v < 0x300 ? Int(v - 0xC0) : Int(v - 0x1E00) + 0x240 }
        for v in Array(UInt32(0xC0)..<0x300) + Array(UInt32(0x1E00)..<0x1F00) {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars
            if let first = decomposed.first, decomposed.count > 1, first.isASCII,
               first.properties.isAlphabetic {
                table[index(v)] = pack(String(first))
            }
        }
        let special: [UInt32: String] = [
            0x131: "i", 0x141: "l", 0x142: "l", 0xD8: "o", 0xF8: "o", 0xDF: "ss", 0x110: "d", 0x111: "d",
            0xD0: "d", 0xF0: "d", 0xDE: "th", 0xFE: "th", 0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe",
            0x18F: "e", 0x259: "e", 0x126: "h", 0x127: "h", 0x14A: "ng", 0x14B: "ng",
        ]
        for (v, s) in special { table[index(v)] = pack(s) }
        return table
    }()
}

extension PlaceKeyBuilder {
    /// The exact and folded keys of a whole name.
    static func keys(of name: some StringProtocol) -> (exact: [UInt8], folded: [UInt8]) {
        var builder = PlaceKeyBuilder()
        var name = String(name)
        name.withUTF8 { builder.add($0) }
        return (builder.exact, builder.folded)
    }
}
