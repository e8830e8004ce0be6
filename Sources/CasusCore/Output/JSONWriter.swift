/// Appends JSON to a byte buffer by hand: the event writer runs once per event, and
/// `JSONEncoder` would cost more than coding the sentence did.
public struct JSONWriter {
    public var bytes: [UInt8] = []

    public init() { bytes.reserveCapacity(1 << 16) }

    public mutating func string(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): bytes += [92, 34]
            case 92: bytes += [92, 92]
            case 10: bytes += [92, UInt8(ascii: "n")]
            case 13: bytes += [92, UInt8(ascii: "r")]
            case 9: bytes += [92, UInt8(ascii: "t")]
            case 0..<32:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [92, UInt8(ascii: "u"), 48, 48, hex[Int(b >> 4)], hex[Int(b & 15)]]
            default: bytes.append(b)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    public mutating func key(_ k: StaticString) {
        if let last = bytes.last, last != UInt8(ascii: "{") { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        k.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes += [UInt8(ascii: "\""), UInt8(ascii: ":")]
    }

    public mutating func optionalString(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    public mutating func int(_ v: Int) { bytes += Array(String(v).utf8) }

    public mutating func optionalInt(_ v: Int?) {
        if let v { int(v) } else { raw("null") }
    }

    public mutating func double(_ v: Double) {
        if v == v.rounded(), abs(v) < 1e15 { bytes += Array(String(Int(v)).utf8); bytes += [46, 48]; return }
        bytes += Array(String(v).utf8)
    }

    public mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }
}

extension JSONWriter {
    /// Writes one event as a JSON object on one line, fields as `spec/event-record.md` names them.
    public mutating func event(_ e: Event) {
        raw("{")
        key("id"); string(e.id)
        key("doc_id"); string(e.documentID)
        key("sentence_index"); int(e.sentenceIndex)
        key("sentence"); string(e.sentence)
        key("trigger"); string(e.trigger)
        key("source"); actor(e.source)
        key("target"); actor(e.target)
        key("cameo"); string(e.cameo)
        key("root"); string(e.root)
        key("plover"); raw("{"); key("type"); optionalString(e.plover.type); key("mode"); optionalString(e.plover.mode); raw("}")
        key("goldstein"); double(e.goldstein)
        key("quad_class"); int(e.quadClass)
        key("location")
        if let l = e.location {
            raw("{")
            key("name"); string(l.name)
            key("country"); optionalString(l.country)
            key("admin1"); optionalString(l.admin1)
            key("lat"); double(l.latitude)
            key("lon"); double(l.longitude)
            key("precision"); string(l.precision.rawValue)
            key("geonames_id"); optionalInt(l.geonamesID)
            raw("}")
        } else {
            raw("null")
        }
        key("date"); optionalString(e.date.iso)
        key("date_precision"); string(e.date.precision.rawValue)
        key("fatalities"); optionalInt(e.fatalities)
        key("injuries"); optionalInt(e.injuries)
        key("negated"); bool(e.negated)
        key("confidence"); double(e.confidence)
        raw("}\n")
    }

    private mutating func actor(_ a: ActorRef?) {
        guard let a else { raw("null"); return }
        raw("{")
        key("text"); optionalString(a.text)
        key("code"); string(a.code)
        key("country"); optionalString(a.country)
        key("role"); optionalString(a.role)
        if a.inferred { key("inferred"); bool(true) }
        raw("}")
    }
}
