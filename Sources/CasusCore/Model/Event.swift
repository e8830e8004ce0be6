/// One coded event: who did what to whom, where and when, and the sentence it came from.
///
/// The fields mirror the event record of `spec/event-record.md`; `EventRecordWriter` writes
/// them as JSON Lines.
public struct Event: Hashable, Sendable {
    public var id: String
    public var documentID: String
    public var sentenceIndex: Int
    public var sentence: String
    public var trigger: String
    public var source: ActorRef?
    public var target: ActorRef?
    public var cameo: String
    public var plover: PloverCategory
    public var goldstein: Double
    public var quadClass: Int
    public var location: Location?
    public var date: EventDate
    public var fatalities: Int?
    public var injuries: Int?
    public var negated: Bool
    public var confidence: Double

    public init(id: String, documentID: String, sentenceIndex: Int, sentence: String, trigger: String,
                source: ActorRef?, target: ActorRef?, cameo: String, plover: PloverCategory, goldstein: Double,
                quadClass: Int, location: Location?, date: EventDate, fatalities: Int?, injuries: Int?,
                negated: Bool, confidence: Double) {
        self.id = id
        self.documentID = documentID
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.trigger = trigger
        self.source = source
        self.target = target
        self.cameo = cameo
        self.plover = plover
        self.goldstein = goldstein
        self.quadClass = quadClass
        self.location = location
        self.date = date
        self.fatalities = fatalities
        self.injuries = injuries
        self.negated = negated
        self.confidence = confidence
    }

    /// The CAMEO root: the first two digits.
    public var root: String { String(cameo.prefix(2)) }
}

/// A PLOVER event type and mode, as mapped from the CAMEO code.
public struct PloverCategory: Hashable, Sendable {
    public var type: String?
    public var mode: String?

    public init(type: String?, mode: String?) {
        self.type = type
        self.mode = mode
    }
}
