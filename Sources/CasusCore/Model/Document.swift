/// A piece of news to code: its text and what is known about it.
///
/// The text is kept as UTF-8 bytes because every layer of the coder works on bytes; the
/// sentence strings that event records carry are cut from these bytes unchanged.
public struct Document: Sendable {
    /// The id events carry as `doc_id`.
    public var id: String
    /// The body text; paragraphs are separated by blank lines.
    public var text: [UInt8]
    /// The publication day, against which relative dates ("last week") resolve.
    public var published: CalendarDay?
    public var title: String?
    public var url: String?
    public var source: String?

    public init(id: String, text: String, published: CalendarDay? = nil,
                title: String? = nil, url: String? = nil, source: String? = nil) {
        self.init(id: id, bytes: Array(text.utf8), published: published, title: title, url: url, source: source)
    }

    public init(id: String, bytes: [UInt8], published: CalendarDay? = nil,
                title: String? = nil, url: String? = nil, source: String? = nil) {
        self.id = id
        self.text = bytes
        self.published = published
        self.title = title
        self.url = url
        self.source = source
    }
}
