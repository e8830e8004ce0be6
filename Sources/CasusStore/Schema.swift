/// The schema both stores share, as versioned migrations.
///
/// Each migration is written once with a few placeholders for the words the two SQL dialects
/// spell differently; a store applies, in order, the migrations it has not recorded yet. Never
/// edit a released migration: add a new one.
public enum Schema {
    public struct Migration: Sendable {
        public var version: String
        public var sql: String
    }

    public static let migrations: [Migration] = [
        Migration(version: "v1-documents-events-mentions-queue", sql: """
        CREATE TABLE documents (
            id {pk},
            doc_id TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE,
            url TEXT, title TEXT, source TEXT, published TEXT,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            sentences {int}, events {int}
        );
        CREATE INDEX documents_url ON documents (url);
        CREATE TABLE events (
            id {pk},
            record_id TEXT NOT NULL,
            root TEXT NOT NULL, cameo TEXT NOT NULL, plover_type TEXT, plover_mode TEXT,
            goldstein {real} NOT NULL, quad_class {int} NOT NULL,
            source_key TEXT NOT NULL, target_key TEXT NOT NULL,
            source_code TEXT, source_text TEXT, source_country TEXT, source_inferred {int} NOT NULL,
            target_code TEXT, target_text TEXT, target_country TEXT, target_inferred {int} NOT NULL,
            location_name TEXT, location_country TEXT, location_admin1 TEXT, lat {real}, lon {real},
            location_precision TEXT, geonames_id {int},
            date TEXT, date_precision TEXT NOT NULL, day_start {int}, day_end {int},
            fatalities {int}, injuries {int}, confidence {real} NOT NULL,
            doc_id TEXT NOT NULL, sentence_index {int} NOT NULL, sentence TEXT NOT NULL, trigger TEXT NOT NULL,
            mention_count {int} NOT NULL DEFAULT 0, source_count {int} NOT NULL DEFAULT 0,
            first_seen TEXT, last_seen TEXT
        );
        CREATE INDEX events_dedup ON events (root, source_key, target_key, day_start);
        CREATE INDEX events_dyad_day ON events (source_country, target_country, day_start);
        CREATE INDEX events_target_day ON events (target_country, day_start);
        CREATE INDEX events_source_code ON events (source_code);
        CREATE INDEX events_target_code ON events (target_code);
        CREATE INDEX events_day ON events (day_start);
        CREATE INDEX events_root_day ON events (root, day_start);
        CREATE INDEX events_location_country ON events (location_country, day_start);
        CREATE TABLE mentions (
            id {pk},
            event_id {int} NOT NULL REFERENCES events (id),
            document_id {int} NOT NULL REFERENCES documents (id),
            record_id TEXT NOT NULL,
            sentence_index {int} NOT NULL, sentence TEXT NOT NULL, trigger TEXT NOT NULL,
            source_code TEXT, target_code TEXT, cameo TEXT NOT NULL, date TEXT, location_name TEXT,
            confidence {real} NOT NULL,
            outlet TEXT NOT NULL,
            UNIQUE (document_id, record_id)
        );
        CREATE INDEX mentions_event_outlet ON mentions (event_id, outlet);
        CREATE TABLE queue (
            document_id {int} PRIMARY KEY REFERENCES documents (id)
        );
        """),
    ]

    /// The migration's SQL in one dialect, split into statements.
    static func statements(_ migration: Migration, for dialect: SQLDialect) -> [String] {
        var sql = migration.sql
        for (placeholder, word) in dialect.typeWords { sql = sql.replacingOccurrences(of: placeholder, with: word) }
        return sql.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}

import Foundation

/// The two SQL dialects: how parameters are written and what the column types are called.
public enum SQLDialect: Sendable {
    case sqlite, postgres

    var typeWords: [(String, String)] {
        switch self {
        case .sqlite: return [("{pk}", "INTEGER PRIMARY KEY"), ("{int}", "INTEGER"), ("{real}", "REAL")]
        case .postgres: return [("{pk}", "BIGSERIAL PRIMARY KEY"), ("{int}", "BIGINT"), ("{real}", "DOUBLE PRECISION")]
        }
    }

    /// The n-th parameter (1-based).
    func parameter(_ n: Int) -> String { self == .sqlite ? "?" : "$\(n)" }
}

/// A parameter value, in the few types the schema uses.
public enum SQLValue: Sendable, Equatable {
    case text(String)
    case int(Int)
    case double(Double)
    case null

    static func text(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    static func int(_ i: Int?) -> SQLValue { i.map(SQLValue.int) ?? .null }
    static func double(_ d: Double?) -> SQLValue { d.map(SQLValue.double) ?? .null }
}

/// A statement with its parameters, built so the same code serves both dialects.
public struct SQLStatement: Sendable {
    public var sql = ""
    public var values: [SQLValue] = []
    let dialect: SQLDialect

    init(_ dialect: SQLDialect, _ sql: String = "") {
        self.dialect = dialect
        self.sql = sql
    }

    /// Appends SQL text, replacing each `?` with the next parameter of the dialect.
    mutating func append(_ text: String, _ parameters: SQLValue...) {
        if dialect == .sqlite {
            // SQLite's parameters are `?` already: no need to rewrite the text character by character.
            sql += text
            values += parameters
            return
        }
        var parameters = parameters[...]
        for ch in text {
            if ch == "?", let value = parameters.popFirst() {
                values.append(value)
                sql += dialect.parameter(values.count)
            } else {
                sql.append(ch)
            }
        }
    }
}
