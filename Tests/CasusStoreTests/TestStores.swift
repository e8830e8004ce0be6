import CasusCore
import Foundation
import Testing
@testable import CasusStore

/// The stores the behavioural suite runs against: a fresh SQLite file, and a fresh PostgreSQL
/// database on the server `CASUS_TEST_POSTGRES_URL` names (`.ci/run` starts one).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }
}

enum TestStores {
    static let postgresURL = ProcessInfo.processInfo.environment["CASUS_TEST_POSTGRES_URL"]
    static let inCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Nil (after saying why) when PostgreSQL is not configured on a developer's machine; in CI a
    /// missing server is a failure, never a skip.
    static func make(_ kind: StoreKind, rule: DeduplicationRule = DeduplicationRule()) async throws -> (any EventStore)? {
        switch kind {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            return try SQLiteStore(path: dir.appendingPathComponent("casus.sqlite").path, rule: rule)
        case .postgres:
            guard let url = try await freshPostgresDatabase() else { return nil }
            return try await PostgresStore(url: url, rule: rule, operationTimeout: .seconds(20))
        }
    }

    /// A new, empty database on the test server, so tests running in parallel never share tables.
    static func freshPostgresDatabase() async throws -> String? {
        guard let base = postgresURL else {
            if inCI { Issue.record("CI=true but CASUS_TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI") }
            else { print("PostgreSQL tests skipped: set CASUS_TEST_POSTGRES_URL=postgres://user@host:port/db to run them") }
            return nil
        }
        let admin = try await PostgresStore(url: base, operationTimeout: .seconds(20))
        defer { Task { await admin.close() } }
        let name = "casus_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        try await admin.bounded("create a test database") { _ = try await admin.client.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)")) }
        var parts = URLComponents(string: base)!
        parts.path = "/" + name
        return parts.string!
    }
}

import PostgresNIO

/// Event records made by hand, so the suite controls exactly what must merge.
enum Records {
    static func event(_ id: String, doc: String, sentence: Int = 0, cameo: String = "190", source: String? = "---",
                      target: String? = "USAGOV", at place: (String, Double, Double)? = ("Baghdad", 33.34, 44.40),
                      precision: Location.Precision = .city, admin1: String? = "Baghdad", country: String = "IRQ",
                      day: String? = "2019-05-19", datePrecision: EventDate.Precision = .day) -> Event {
        Event(id: id, documentID: doc, sentenceIndex: sentence, sentence: "Sentence \(sentence) of \(doc).", trigger: "landed near",
              source: source.map { ActorRef(text: nil, code: $0) }, target: target.map { ActorRef(text: "the embassy", code: $0) },
              cameo: cameo, plover: PloverCategory(type: "ASSAULT", mode: nil), goldstein: -10, quadClass: 4,
              location: place.map { Location(name: $0.0, country: country, admin1: admin1, latitude: $0.1, longitude: $0.2,
                                             precision: precision, geonamesID: nil) },
              date: EventDate(day: day.flatMap { CalendarDay(iso: $0) }, precision: datePrecision),
              fatalities: 0, injuries: nil, negated: false, confidence: 0.9)
    }

    static func document(_ id: String, outlet: String? = nil, published: String = "2019-05-19", _ events: [Event]) -> CodedDocument {
        CodedDocument(document: Document(id: id, text: "The text of \(id).", published: CalendarDay(iso: published), source: outlet),
                      events: events, sentenceCount: max(1, events.count))
    }
}
