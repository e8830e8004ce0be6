/// An actor as an event record names it: the words in the text and the CAMEO code they stand for.
public struct ActorRef: Hashable, Sendable {
    /// The mention as written (`"the State Department"`), or nil when the actor is implied.
    public var text: String?
    /// The CAMEO actor code (`USAGOV`, `IRQLEG`, `IGOUNO`), or `---` when unknown.
    public var code: String
    /// True when the code was inferred from context rather than read from the sentence.
    public var inferred: Bool

    public init(text: String?, code: String, inferred: Bool = false) {
        self.text = text
        self.code = code
        self.inferred = inferred
    }

    public static let unknown = ActorRef(text: nil, code: "---")

    /// ISO 3166-1 alpha-3 country of the actor, when the code starts with one.
    public var country: String? { ActorCode.country(of: code) }
    /// The first role code after the country (`GOV` in `USAGOV`), or the organisation type (`IGO`).
    public var role: String? { ActorCode.role(of: code) }
}

/// Reading CAMEO actor codes: `USAGOV` is country `USA`, role `GOV`; `IGOUNO` is an organisation.
public enum ActorCode {
    /// Three-letter codes that open organisation and group codes rather than naming a country.
    static let organisationPrefixes: Set<String> = ["IGO", "NGO", "IMG", "MNC", "---"]
    /// Regions ("Latin America", "European diplomats"): actors, but no country.
    static let regionPrefixes: Set<String> = ["LAM", "EUR", "AFR", "ASA", "MEA", "NMR", "WST", "SAM", "CAS", "SAS", "SEA", "EAF", "WAF"]

    public static func country(of code: String) -> String? {
        let prefix = String(code.prefix(3))
        guard prefix.count == 3, !organisationPrefixes.contains(prefix), !regionPrefixes.contains(prefix) else { return nil }
        return prefix
    }

    public static func role(of code: String) -> String? {
        let prefix = String(code.prefix(3))
        if organisationPrefixes.contains(prefix) { return prefix == "---" ? nil : prefix }
        let rest = code.dropFirst(3)
        return rest.count >= 3 ? String(rest.prefix(3)) : nil
    }
}
