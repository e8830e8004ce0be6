/// A set of distinct byte strings, each with a dense integer id, stored in one buffer.
///
/// The gazetteer holds several hundred thousand names; a `[String: …]` dictionary would build
/// as many `String`s at load time. This table keeps every string's bytes in one array and
/// finds them by open addressing over FNV-1a hashes, so loading and lookups never allocate per
/// name.
struct ByteStringTable: Sendable {
    /// Every string's bytes, back to back.
    private(set) var storage: [UInt8] = []
    /// String `id` is `storage[starts[id]..<starts[id + 1]]`.
    private var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Ids by hash position; -1 marks an empty slot.
    private var slots: [Int32]
    private var mask: Int

    /// A table sized for about `capacity` strings of `averageLength` bytes (it grows past that).
    init(capacity: Int = 16, averageLength: Int = 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
        storage.reserveCapacity(capacity * averageLength)
    }

    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in key { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }

    /// The id of `key`, if the table holds it.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let h = ByteStringTable.hash(key)
        var slot = Int(h) & mask
        return storage.withUnsafeBufferPointer { stored in
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                if hashes[Int(id)] == h, equal(stored, id, key) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    func id(of key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { id(of: $0) } }

    func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }

    /// The id of `key`, adding it when new; `isNew` tells which.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (id: Int32, isNew: Bool) {
        let h = ByteStringTable.hash(key)
        var slot = Int(h) & mask
        let found: Int32? = storage.withUnsafeBufferPointer { stored in
            while true {
                let id = slots[slot]
                if id < 0 { return nil }
                if hashes[Int(id)] == h, equal(stored, id, key) { return id }
                slot = (slot + 1) & mask
            }
        }
        if let found { return (found, false) }
        let id = Int32(hashes.count)
        storage.append(contentsOf: key)
        starts.append(Int32(storage.count))
        hashes.append(h)
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return (id, true)
    }

    mutating func intern(_ key: [UInt8]) -> Int32 { key.withUnsafeBufferPointer { intern($0).id } }

    mutating func intern(_ key: String) -> Int32 {
        var key = key
        return key.withUTF8 { intern($0).id }
    }

    /// The bytes of string `id`.
    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        storage[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    func string(_ id: Int32) -> String { String(decoding: bytes(id), as: UTF8.self) }

    @inline(__always)
    private func equal(_ stored: UnsafeBufferPointer<UInt8>, _ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
        guard end - start == key.count else { return false }
        var i = 0
        while i < key.count {
            if stored[start + i] != key[i] { return false }
            i += 1
        }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: -1, count: size)
        mask = size - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }
}
