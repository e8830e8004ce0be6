/// Where an event happened.
public struct Location: Hashable, Sendable {
    public enum Precision: String, Sendable { case site, city, admin1, country }

    public var name: String
    /// ISO 3166-1 alpha-3; nil at sea.
    public var country: String?
    public var admin1: String?
    public var latitude: Double
    public var longitude: Double
    public var precision: Precision
    public var geonamesID: Int?

    public init(name: String, country: String?, admin1: String?, latitude: Double, longitude: Double,
                precision: Precision, geonamesID: Int?) {
        self.name = name
        self.country = country
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.precision = precision
        self.geonamesID = geonamesID
    }
}
