/// Generated events for measuring queries at scale (`casus store-bench`): a million rows in
/// seconds, made by the database itself from a number series, spread over 20 countries, 5 CAMEO
/// codes and about seven years of days.
public enum SyntheticEvents {
    static let countries = "USAIRQSYRRUSUKRISRPSEIRNTURAFGPAKINDCHNFRAGBRDEUNGAMLISOMYEM"

    static func insert(count: Int, dialect: SQLDialect) -> String {
        let series = dialect == .sqlite
            ? "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(count)) "
            : ""
        let from = dialect == .sqlite ? "FROM n" : "FROM generate_series(1, \(count)) AS n(i)"
        let source = "substr('\(countries)', (i % 20) * 3 + 1, 3)"
        let target = "substr('\(countries)', ((i / 20) % 20) * 3 + 1, 3)"
        let cameo = "substr('190043173112042', (i % 5) * 3 + 1, 3)"
        return series + """
        INSERT INTO events (record_id, root, cameo, plover_type, goldstein, quad_class, source_key, target_key,
            source_code, source_country, source_inferred, target_code, target_country, target_inferred,
            location_name, location_country, lat, lon, location_precision, date_precision, day_start, day_end,
            confidence, doc_id, sentence_index, sentence, trigger, mention_count, source_count)
        SELECT 'gen' || i, substr(\(cameo), 1, 2), \(cameo), 'ASSAULT', -5.0, 4, \(source), \(target),
            \(source) || 'GOV', \(source), 0, \(target) || 'MIL', \(target), 0,
            'Place', \(target), (i % 160) - 80.0, (i % 360) - 180.0, 'city', 'day', 17000 + (i / 400) % 2500, 17000 + (i / 400) % 2500,
            0.5, 'generated', 0, 'Generated.', 'attacked', 1, 1
        \(from)
        """
    }
}

extension SQLiteStore {
    /// Adds `count` generated events in one transaction, then refreshes the planner's statistics.
    public func addSyntheticEvents(count: Int) throws {
        try pool.write { db in try db.execute(sql: SyntheticEvents.insert(count: count, dialect: .sqlite)) }
        try pool.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
    }
}

extension PostgresStore {
    public func addSyntheticEvents(count: Int) async throws {
        let sql = SyntheticEvents.insert(count: count, dialect: .postgres)
        try await bounded("generate events") {
            _ = try await self.client.query(PostgresQuery(unsafeSQL: sql))
            _ = try await self.client.query("ANALYZE events")
        }
    }
}

import PostgresNIO
