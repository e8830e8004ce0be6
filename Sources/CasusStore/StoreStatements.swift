import CasusCore

/// The statements that store documents, events and mentions — written once for both dialects.
struct StoreStatements {
    let dialect: SQLDialect

    func insertDocument(_ coded: CodedDocument, status: String) -> SQLStatement {
        let d = coded.document
        var s = SQLStatement(dialect)
        s.append("""
            INSERT INTO documents (doc_id, content_hash, url, title, source, published, text, status, sentences, events)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING RETURNING id
            """, .text(d.id), .text(coded.contentHash), .text(d.url), .text(d.title), .text(d.source),
                 .text(d.published?.description), .text(String(decoding: d.text, as: UTF8.self)), .text(status),
                 status == "coded" ? .int(coded.sentenceCount) : .null, status == "coded" ? .int(coded.events.count) : .null)
        return s
    }

    func containsDocument(hash: String) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("SELECT COUNT(*) FROM documents WHERE content_hash = ?", .text(hash))
        return s
    }

    func markCoded(documentRow: Int64, sentences: Int, events: Int) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("UPDATE documents SET status = 'coded', sentences = ?, events = ? WHERE id = ?",
                 .int(sentences), .int(events), .int(Int(documentRow)))
        return s
    }

    /// Stored events of one key whose date period (widened) overlaps the span, or is unknown.
    func candidates(_ key: EventKey, span: ClosedRange<Int>?) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("""
            SELECT id, root, source_key, target_key, day_start, day_end, lat, lon, location_country, location_admin1, location_precision
            FROM events WHERE root = ? AND source_key = ? AND target_key = ?
            """, .text(key.root), .text(key.source), .text(key.target))
        if let span {
            // Year-precision periods are the longest (366 days): bounding day_start keeps the index useful.
            s.append(" AND (day_start IS NULL OR (day_start <= ? AND day_start >= ? AND day_end >= ?))",
                     .int(span.upperBound), .int(span.lowerBound - 366), .int(span.lowerBound))
        }
        return s
    }

    func insertEvent(_ e: Event) -> SQLStatement {
        let key = EventKey(e)
        let days = EventFootprint.period(e.date)
        let l = e.location
        var s = SQLStatement(dialect)
        s.append("""
            INSERT INTO events (record_id, root, cameo, plover_type, plover_mode, goldstein, quad_class, source_key, target_key,
                source_code, source_text, source_country, source_inferred, target_code, target_text, target_country, target_inferred,
                location_name, location_country, location_admin1, lat, lon, location_precision, geonames_id,
                date, date_precision, day_start, day_end, fatalities, injuries, confidence, doc_id, sentence_index, sentence, trigger)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
            """,
            .text(e.id), .text(e.root), .text(e.cameo), .text(e.plover.type), .text(e.plover.mode), .double(e.goldstein),
            .int(e.quadClass), .text(key.source), .text(key.target),
            .text(e.source?.code), .text(e.source?.text), .text(e.source?.country), .int(e.source?.inferred == true ? 1 : 0),
            .text(e.target?.code), .text(e.target?.text), .text(e.target?.country), .int(e.target?.inferred == true ? 1 : 0),
            .text(l?.name), .text(l?.country), .text(l?.admin1), .double(l?.latitude), .double(l?.longitude),
            .text(l?.precision.rawValue), .int(l?.geonamesID),
            .text(e.date.iso), .text(e.date.precision.rawValue), .int(days?.lowerBound), .int(days?.upperBound),
            .int(e.fatalities), .int(e.injuries), .double(e.confidence), .text(e.documentID), .int(e.sentenceIndex),
            .text(e.sentence), .text(e.trigger))
        return s
    }

    func insertMention(_ e: Event, event: Int64, documentRow: Int64, outlet: String) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("""
            INSERT INTO mentions (event_id, document_id, record_id, sentence_index, sentence, trigger, source_code, target_code,
                cameo, date, location_name, confidence, outlet)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, .int(Int(event)), .int(Int(documentRow)), .text(e.id), .int(e.sentenceIndex), .text(e.sentence),
                 .text(e.trigger), .text(e.source?.code), .text(e.target?.code), .text(e.cameo), .text(e.date.iso),
                 .text(e.location?.name), .double(e.confidence), .text(outlet))
        return s
    }

    /// Adds one document's mentions to an event's counts, run just before they are inserted:
    /// the outlet counts as a new source only if none of the event's stored mentions has it.
    /// Incremental, because recounting all mentions of an often-reported event on every report
    /// would make storing quadratic.
    func addMentions(_ count: Int, to event: Int64, outlet: String, published: String?) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("""
            UPDATE events SET mention_count = mention_count + ?,
                source_count = source_count + CASE WHEN EXISTS (SELECT 1 FROM mentions WHERE event_id = ? AND outlet = ?) THEN 0 ELSE 1 END
            """, .int(count), .int(Int(event)), .text(outlet))
        if let published {
            s.append(", first_seen = CASE WHEN first_seen IS NULL OR first_seen > ? THEN ? ELSE first_seen END", .text(published), .text(published))
            s.append(", last_seen = CASE WHEN last_seen IS NULL OR last_seen < ? THEN ? ELSE last_seen END", .text(published), .text(published))
        }
        s.append(" WHERE id = ?", .int(Int(event)))
        return s
    }

    /// After a plan's new events are inserted (`newIDs`, in plan order): for each document in
    /// order and each event it reports, the count update, then that document's mentions of it.
    func mentionSteps(_ plan: MergePlanner.Plan, newIDs: [Int64], documents: [WrittenDocument]) -> [SQLStatement] {
        var steps: [SQLStatement] = []
        for (index, document) in documents.enumerated() {
            var order: [Int64] = []
            var byEvent: [Int64: [Event]] = [:]
            for mention in plan.mentions where mention.document == index {
                let event: Int64
                switch mention.target {
                case .stored(let id): event = id
                case .new(let n): event = newIDs[n]
                }
                if byEvent[event] == nil { order.append(event) }
                byEvent[event, default: []].append(mention.record)
            }
            for event in order {
                let records = byEvent[event] ?? []
                steps.append(addMentions(records.count, to: event, outlet: document.outlet, published: document.published))
                for record in records { steps.append(insertMention(record, event: event, documentRow: document.row, outlet: document.outlet)) }
            }
        }
        return steps
    }

    func event(id: String) -> SQLStatement {
        var s = SQLStatement(dialect)
        if let number = Int(id) {
            s.append("SELECT \(EventColumns.list) FROM events WHERE id = ?", .int(number))
        } else {
            s.append("SELECT \(EventColumns.list) FROM events WHERE record_id = ? ORDER BY id LIMIT 1", .text(id))
        }
        return s
    }

    func mentions(of event: Int64) -> SQLStatement {
        var s = SQLStatement(dialect)
        s.append("SELECT \(EventColumns.mentionList) FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ? ORDER BY m.id",
                 .int(Int(event)))
        return s
    }

    func counts() -> SQLStatement {
        SQLStatement(dialect, """
            SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM events) AS events,
                   (SELECT COUNT(*) FROM mentions) AS mentions, (SELECT COUNT(*) FROM queue) AS queued
            """)
    }
}

/// A stored document whose events are being written: its table id and what the counts need.
struct WrittenDocument {
    var row: Int64
    /// The outlet that source counts count: the document's `source`, or the document itself.
    var outlet: String
    var published: String?
    var events: [Event]

    init(row: Int64, document: Document, contentHash: String, events: [Event]) {
        self.row = row
        self.outlet = document.source ?? contentHash
        self.published = document.published?.description
        self.events = events
    }
}
