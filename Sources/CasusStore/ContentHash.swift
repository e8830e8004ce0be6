import Crypto

/// The identity of a document for idempotence: SHA-256 of its text bytes, in hex.
///
/// Hashing the text alone (not the id, URL or date) means the same article fetched twice, or
/// arriving from two feeds, is stored and coded once; an article whose text changed at the same
/// URL is a new document.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        let hex = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for b in digest {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
