/// Something wrong with one input: reported, skipped, and the rest goes on.
public struct InputProblem: Error, Sendable, CustomStringConvertible {
    /// The file (and line, for JSON Lines) it concerns.
    public var location: String
    public var reason: String

    public init(_ location: String, _ reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}
