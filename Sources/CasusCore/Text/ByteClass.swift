/// What a byte (or a multi-byte punctuation sequence) is, for the tokenizer.
///
/// ASCII is classified with a 256-entry table; the few non-ASCII sequences news text uses for
/// punctuation and spacing (curly quotes, dashes, the ellipsis, non-breaking and thin spaces)
/// are recognised by their bytes. Every other non-ASCII sequence counts as a letter, so names
/// like "Erdoğan" or "Côte d'Ivoire" stay whole words.
enum ByteClass: UInt8 {
    case space, newline, letter, upper, digit, punctuation, other

    static let table: [ByteClass] = {
        var t = [ByteClass](repeating: .other, count: 256)
        for b in 0..<256 {
            let c = UInt8(b)
            switch c {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): t[b] = .letter
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): t[b] = .upper
            case UInt8(ascii: "0")...UInt8(ascii: "9"): t[b] = .digit
            case UInt8(ascii: " "), 9, 11, 12, 13: t[b] = .space
            case 10: t[b] = .newline
            case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: t[b] = .punctuation
            case 0x80...0xFF: t[b] = .letter
            default: t[b] = .other
            }
        }
        return t
    }()
}

/// A non-ASCII sequence that stands for ASCII punctuation or space.
struct SpecialSequence {
    /// Its length in bytes.
    var length: Int
    /// The ASCII byte it normalises to (`'`, `"`, `-`, `.`), or space.
    var ascii: UInt8

    /// Recognises the sequence starting at `i`, if any.
    @inline(__always)
    static func at(_ i: Int, in text: UnsafeBufferPointer<UInt8>) -> SpecialSequence? {
        let b = text[i]
        guard b >= 0xC2 else { return nil }
        if b == 0xC2, i + 1 < text.count {
            switch text[i + 1] {
            case 0xA0: return SpecialSequence(length: 2, ascii: UInt8(ascii: " "))
            case 0xAB, 0xBB: return SpecialSequence(length: 2, ascii: UInt8(ascii: "\""))
            default: return nil
            }
        }
        if b == 0xE2, i + 2 < text.count, text[i + 1] == 0x80 {
            switch text[i + 2] {
            case 0x80...0x8B, 0xAF: return SpecialSequence(length: 3, ascii: UInt8(ascii: " "))
            case 0x90...0x95: return SpecialSequence(length: 3, ascii: UInt8(ascii: "-"))
            case 0x98, 0x99, 0x9B: return SpecialSequence(length: 3, ascii: UInt8(ascii: "'"))
            case 0x9C, 0x9D, 0x9F: return SpecialSequence(length: 3, ascii: UInt8(ascii: "\""))
            case 0xA6: return SpecialSequence(length: 3, ascii: UInt8(ascii: "."))
            default: return nil
            }
        }
        return nil
    }
}
