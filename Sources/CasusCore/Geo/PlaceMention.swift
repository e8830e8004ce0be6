/// A place named in a document, with the words around it that say what kind of place it is and
/// how it relates to the sentence.
///
/// Token positions index the document's token array, so mentions of different sentences can be
/// pooled and refer to each other by position.
public struct PlaceMention: Sendable {
    /// The name's tokens ("Baghdad" in "Baghdad's").
    public var tokens: Range<Int>
    /// The name with the words that introduce it: "the northern Iraqi city of Irbil",
    /// "Baghdad's Green Zone" (for the site), "20 km north of Mosul".
    public var phrase: Range<Int>
    /// The name as written.
    public var text: String
    public var sentence: Int
    public var paragraph: Int
    /// The gazetteer entries the name may stand for (never empty).
    public var candidates: [Gazetteer.Candidate]

    /// The locative word before the phrase ("in", "near", "north of"), lower-cased.
    public var preposition: String?
    /// Its token position.
    public var prepositionToken: Int?
    /// A place noun next to the name: "city" in "the city of X", "province" in "X province".
    public var placeNoun: String?
    /// The kind the place noun asks for: `admin1` after "province", `city` after "the city of".
    public var expectedKind: Gazetteer.Kind?
    /// The country a demonym before the place noun names: "Iraqi" in "the Iraqi city of Irbil".
    public var qualifierCountry: String?
    /// The name after a comma that says where this place is: "Texas" for "Paris, Texas".
    public var qualifier: Range<Int>?
    /// Set on the qualifier itself: the name it qualifies ("Paris" for "Texas").
    public var qualifies: Range<Int>?
    /// The place owning a site: "Baghdad" for "Baghdad's Green Zone".
    public var possessor: Range<Int>?
    /// Followed by a possessive 's ("Baghdad's").
    public var isPossessive: Bool
    /// The dateline that opens a story ("BAGHDAD (Reuters) -").
    public var isDateline: Bool
    /// The token of a "where" right after the name ("Vovchansk, where troops attacked"): what
    /// that clause tells happened here.
    public var whereToken: Int?
    /// Where that clause ends (the next comma, semicolon or the sentence's end).
    public var whereClauseEnd: Int?

    /// Where the phrase's locative word puts an event: `locative` (in, at, near…) beats
    /// `towards` (to, into), which beats `origin` (from).
    public enum Attachment: Int, Sendable, Comparable {
        case locative = 0, towards, origin, none
        public static func < (a: Attachment, b: Attachment) -> Bool { a.rawValue < b.rawValue }
    }
    public var attachment: Attachment {
        switch preposition {
        case nil: .none
        case "to", "towards", "toward", "into": .towards
        case "from": .origin
        default: .locative
        }
    }

    public init(tokens: Range<Int>, text: String, sentence: Int, paragraph: Int, candidates: [Gazetteer.Candidate]) {
        self.tokens = tokens
        self.phrase = tokens
        self.text = text
        self.sentence = sentence
        self.paragraph = paragraph
        self.candidates = candidates
        self.isPossessive = false
        self.isDateline = false
    }
}
