import CasusCore

/// Where coded events live: documents, the real-world events they report, and the mentions
/// that tie the two together.
///
/// Two implementations share this protocol, one schema and one behavioural test suite:
///
/// - `SQLiteStore` — a single file (`./casus.sqlite` by default) in WAL mode, for one machine
///   and no setup. Readers never block the writer.
/// - `PostgresStore` — a PostgreSQL database (`--db postgres://…`), for a team or several
///   machines; it also holds the work queue that `casus worker` processes drain.
///
/// ## The three tables, and why there are three
///
/// A *document* is one article as it arrived (its text is kept, so every event can show the
/// sentence it came from). A *mention* is one report of an event: one event record coded from one
/// sentence. An *event* is the real-world happening that one or more mentions report — the seed
/// article's two sentences about one rocket are two mentions of one event; three outlets reporting
/// it make three more mentions and a source count of three. `DeduplicationRule` decides when two
/// reports are the same event.
///
/// ## Guarantees every implementation gives
///
/// - **Atomic documents.** `store(_:)` writes a document, its mentions and the events they create
///   or update in one transaction: after a crash, a lost connection or a constraint failure the
///   store holds all of it or none of it.
/// - **Idempotence.** A document is identified by the SHA-256 of its text (`ContentHash`). Storing
///   a document whose hash is already present changes nothing and reports `.duplicate`; callers
///   ask `containsDocument(hash:)` first so a known document is not even coded again. Reruns of
///   an interrupted ingest therefore converge on the store an uninterrupted run produces.
/// - **Deterministic merging.** Mentions are merged in the order documents are stored, always into
///   the oldest compatible event, so the same inputs in the same order give the same events.
public protocol EventStore: Sendable {
    /// Whether a document with this content hash is stored (coded or waiting in the queue).
    func containsDocument(hash: String) async throws -> Bool

    /// Stores one coded document with its events, merging each event into a stored one when the
    /// store's `DeduplicationRule` says they report the same happening. One transaction.
    func store(_ document: CodedDocument) async throws -> StoreOutcome

    /// Stores several documents in one transaction, in order: all of them or none. Bulk loads
    /// commit less often; a rerun after an interruption stores what the lost batch held.
    func store(batch documents: [CodedDocument]) async throws -> [StoreOutcome]

    /// The events matching a query, in date order (undated last), then by id.
    func events(matching query: EventQuery) async throws -> [StoredEvent]

    /// One event with all its mentions, by its number (`42`) or its record id.
    func event(id: String) async throws -> StoredEventDetail?

    /// How many documents, events and mentions the store holds.
    func counts() async throws -> StoreCounts

    /// Releases connections and files. The store cannot be used afterwards.
    func close() async
}

extension EventStore {
    /// One transaction per document: stores that cannot batch simply write them in turn.
    public func store(batch documents: [CodedDocument]) async throws -> [StoreOutcome] {
        var outcomes: [StoreOutcome] = []
        for document in documents { outcomes.append(try await store(document)) }
        return outcomes
    }
}

/// A document and what the coder made of it: the unit `EventStore.store(_:)` writes at once.
public struct CodedDocument: Sendable {
    public var document: Document
    public var contentHash: String
    public var events: [Event]
    public var sentenceCount: Int

    public init(document: Document, events: [Event], sentenceCount: Int, contentHash: String? = nil) {
        self.document = document
        self.contentHash = contentHash ?? ContentHash.of(document.text)
        self.events = events
        self.sentenceCount = sentenceCount
    }
}

/// What storing a document did.
public enum StoreOutcome: Equatable, Sendable {
    /// Stored: this many mentions, of which `newEvents` started new events (the rest merged).
    case stored(mentions: Int, newEvents: Int)
    /// A document with the same content hash was already stored; nothing changed.
    case duplicate
}

public struct StoreCounts: Equatable, Sendable, CustomStringConvertible {
    public var documents: Int
    public var events: Int
    public var mentions: Int
    /// Documents enqueued for `casus worker` and not yet coded (always 0 in SQLite).
    public var queued: Int

    public init(documents: Int, events: Int, mentions: Int, queued: Int) {
        self.documents = documents
        self.events = events
        self.mentions = mentions
        self.queued = queued
    }

    public var description: String {
        "\(documents) documents, \(events) events, \(mentions) mentions" + (queued > 0 ? ", \(queued) queued" : "")
    }
}

/// A failure of the store itself (not of one input): the run cannot usefully go on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
