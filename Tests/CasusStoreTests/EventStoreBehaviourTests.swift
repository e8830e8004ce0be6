import CasusCore
import Testing
@testable import CasusStore

/// One suite, both stores: whatever passes on SQLite must pass on PostgreSQL.
@Suite(.timeLimit(.minutes(2))) struct EventStoreBehaviourTests {
    @Test(arguments: StoreKind.allCases)
    func storesADocumentAndFindsItsEventsAndSentences(kind: StoreKind) async throws {
        guard let store = try await TestStores.make(kind) else { return }
        defer { Task { await store.close() } }
        let outcome = try await store.store(Records.document("a", [
            Records.event("e1", doc: "a", cameo: "190"),
            Records.event("e2", doc: "a", sentence: 1, cameo: "042", source: "IRQGOV", target: "USAGOV", day: "2019-05-20"),
        ]))
        #expect(outcome == .stored(mentions: 2, newEvents: 2))
        #expect(try await store.counts() == StoreCounts(documents: 1, events: 2, mentions: 2, queued: 0))

        var dyad = EventQuery()
        dyad.source = "IRQ"
        dyad.target = "USA"
        dyad.since = CalendarDay(iso: "2019-05-20")
        let found = try await store.events(matching: dyad)
        #expect(found.map(\.record.id) == ["e2"])
        #expect(found.first?.record.source?.code == "IRQGOV")

        var byRoot = EventQuery()
        byRoot.cameo = "19"
        #expect(try await store.events(matching: byRoot).map(\.record.id) == ["e1"])
        var near = EventQuery()
        near.near = EventQuery.Near(latitude: 33.3, longitude: 44.4, radiusKilometres: 10)
        #expect(try await store.events(matching: near).count == 2)
        near.near = EventQuery.Near(latitude: 36.19, longitude: 44.01, radiusKilometres: 50)   // Erbil
        #expect(try await store.events(matching: near).isEmpty)

        let detail = try #require(try await store.event(id: "e2"))
        #expect(detail.mentions.map(\.sentence) == ["Sentence 1 of a."])
        #expect(try await store.event(id: String(detail.event.number))?.event.record.id == "e2")
    }

    @Test(arguments: StoreKind.allCases)
    func storingTheSameTextAgainChangesNothing(kind: StoreKind) async throws {
        guard let store = try await TestStores.make(kind) else { return }
        defer { Task { await store.close() } }
        let document = Records.document("a", [Records.event("e1", doc: "a")])
        _ = try await store.store(document)
        let before = try await store.counts()
        #expect(try await store.store(document) == .duplicate)
        #expect(try await store.containsDocument(hash: document.contentHash))
        #expect(try await store.counts() == before)
    }

    @Test(arguments: StoreKind.allCases)
    func reportsOfOneEventMergeWithinAndAcrossDocuments(kind: StoreKind) async throws {
        guard let store = try await TestStores.make(kind) else { return }
        defer { Task { await store.close() } }
        // The seed's rocket: two sentences of one article, then two more outlets the next day.
        _ = try await store.store(Records.document("wire", outlet: "Wire", [
            Records.event("r1", doc: "wire"), Records.event("r2", doc: "wire", sentence: 3),
        ]))
        _ = try await store.store(Records.document("daily", outlet: "Daily", published: "2019-05-20", [
            Records.event("r3", doc: "daily", at: ("Green Zone", 33.31, 44.39), precision: .site, day: "2019-05-20"),
        ]))
        _ = try await store.store(Records.document("weekly", outlet: "Weekly", published: "2019-05-21", [
            Records.event("r4", doc: "weekly", at: ("Baghdad Governorate", 33.3, 44.4), precision: .admin1, day: "2019-05", datePrecision: .month),
        ]))
        // Not the same event: another target country, 60 km away, a week later, another root.
        _ = try await store.store(Records.document("other", outlet: "Wire", [
            Records.event("x1", doc: "other", target: "GBRGOV"),
            Records.event("x2", doc: "other", sentence: 1, at: ("Fallujah", 33.35, 43.78)),
            Records.event("x3", doc: "other", sentence: 2, day: "2019-05-27"),
            Records.event("x4", doc: "other", sentence: 3, cameo: "180"),
        ]))
        let all = try await store.events(matching: EventQuery())
        let rocket = try #require(all.first { $0.record.id == "r1" })
        #expect(rocket.mentionCount == 4)
        #expect(rocket.sourceCount == 3)
        #expect(rocket.firstSeen == "2019-05-19")
        #expect(rocket.lastSeen == "2019-05-21")
        #expect(all.count == 5)
        let detail = try #require(try await store.event(id: "r1"))
        #expect(detail.mentions.map(\.recordID) == ["r1", "r2", "r3", "r4"])
        var popular = EventQuery()
        popular.minMentions = 2
        #expect(try await store.events(matching: popular).map(\.record.id) == ["r1"])
    }

    @Test(arguments: StoreKind.allCases)
    func aFailingDocumentLeavesNothingBehind(kind: StoreKind) async throws {
        guard let store = try await TestStores.make(kind) else { return }
        defer { Task { await store.close() } }
        _ = try await store.store(Records.document("ok", [Records.event("e1", doc: "ok")]))
        let before = try await store.counts()
        // Two mentions with one record id break a uniqueness constraint after the document, an
        // event and a mention were written: the whole document must roll back.
        let broken = Records.document("broken", [
            Records.event("dup", doc: "broken", cameo: "042", source: "FRA"), Records.event("dup", doc: "broken", cameo: "042", source: "FRA"),
        ])
        await #expect(throws: (any Error).self) { try await store.store(broken) }
        #expect(try await store.counts() == before)
        #expect(try await store.containsDocument(hash: broken.contentHash) == false)
    }
}
