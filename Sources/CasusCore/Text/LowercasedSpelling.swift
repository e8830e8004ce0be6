/// A stretch of UTF-8 text as a `String` with its ASCII capitals lowered: the form in which
/// closed word lists (time words, abbreviations, sentence openers, casualty words) are compared.
///
/// One shared way, and a fast one: the bytes are written once into the string's storage (short
/// words stay inline, without a heap allocation), rather than appended scalar by scalar.
@inline(__always)
func lowercasedSpelling(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(unsafeUninitializedCapacity: range.count) { buffer in
        var i = 0
        for j in range {
            let b = text[j]
            buffer[i] = b >= 65 && b <= 90 ? b | 0x20 : b
            i += 1
        }
        return i
    }
}
