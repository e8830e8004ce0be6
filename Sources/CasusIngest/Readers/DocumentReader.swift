import CasusCore
import Foundation

/// Reads documents from files, folders, standard input and http(s) URLs: plain text, JSON
/// Lines, HTML pages and RSS / Atom feeds.
///
/// A `.txt` file is one document named after the file; a `.jsonl` file holds one document per
/// line (`spec/document-input.md`); an HTML page is one document, its article text
/// (`HTMLReader`); a feed is one document per item (`FeedReader`). What a URL or standard input
/// holds is told by its content type and first bytes. Problems — an unreadable path, a binary
/// or empty file, invalid UTF-8, a bad JSON line, a malformed feed, an unreachable URL — are
/// collected as `InputProblem`s and the rest is read.
public struct DocumentReader: Sendable {
    /// Publication date for documents that carry none (plain text files).
    public var defaultDate: CalendarDay?
    /// Larger documents are refused: the limit keeps one runaway file from exhausting memory.
    /// It also bounds every body fetched from a URL.
    public var maxDocumentBytes: Int
    /// How long a URL may take to answer, in seconds.
    public var fetchTimeout: TimeInterval
    /// Whether a feed item is read from the page it links to (its own summary when that fails).
    public var fetchLinkedPages: Bool

    public static let textExtensions: Set<String> = ["txt", "text"]
    public static let jsonLinesExtensions: Set<String> = ["jsonl", "ndjson"]
    public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml"]
    public static let feedExtensions: Set<String> = ["xml", "rss", "atom"]
    /// The extensions kept when a folder is walked.
    public static var readableExtensions: Set<String> {
        textExtensions.union(jsonLinesExtensions).union(htmlExtensions).union(feedExtensions)
    }

    public init(defaultDate: CalendarDay? = nil, maxDocumentBytes: Int = 64 << 20,
                fetchTimeout: TimeInterval = 30, fetchLinkedPages: Bool = false) {
        self.defaultDate = defaultDate
        self.maxDocumentBytes = maxDocumentBytes
        self.fetchTimeout = fetchTimeout
        self.fetchLinkedPages = fetchLinkedPages
    }

    /// Whether an input names an http(s) URL rather than a path.
    public static func isURL(_ input: String) -> Bool { URLFetcher.isURL(input) }

    /// The files a list of paths stands for: folders are walked recursively, in name order,
    /// keeping files with a known extension; URLs and `-` are kept as they are.
    public func files(for paths: [String], problems: inout [InputProblem]) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" || Self.isURL(path) { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(InputProblem(path, "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue { files.append(path); continue }
            guard let walker = fm.enumerator(atPath: path) else {
                problems.append(InputProblem(path, "folder cannot be read"))
                continue
            }
            var found: [String] = []
            let readable = Self.readableExtensions
            while let relative = walker.nextObject() as? String {
                if readable.contains((relative as NSString).pathExtension.lowercased()) {
                    found.append((path as NSString).appendingPathComponent(relative))
                }
            }
            files += found.sorted()
        }
        return files
    }

    /// Reads one file, URL, or `-` for standard input, and passes each document to `body`.
    public func read(_ path: String, problems: inout [InputProblem], _ body: (Document) throws -> Void) rethrows {
        if Self.isURL(path) { return try readURL(path, problems: &problems, body) }
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.isReadableFile(atPath: path), let d = Self.contents(of: path) else {
                problems.append(InputProblem(path, "cannot be read (missing, a folder, or no permission)"))
                return
            }
            data = d
        }
        let bytes = [UInt8](data)
        let ext = (path as NSString).pathExtension.lowercased()
        let name = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        // No extension (standard input, a pipe, a bare file name): the bytes say what it is.
        let format = Sniffer.format(of: bytes, extension: path == "-" || ext.isEmpty ? nil : ext)
        try read(bytes, as: format, location: path, id: name, url: nil, encoding: nil, problems: &problems, body)
    }

    /// A file's bytes. Pipes and devices (`casus code <(curl …)`, `/dev/stdin`) have no size to
    /// read up to, so they are read to their end through a handle.
    static func contents(of path: String) -> Data? {
        let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
        if type == .typeRegular { return FileManager.default.contents(atPath: path) }
        guard type != .typeDirectory, let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        return (try? handle.readToEnd()).map { $0 ?? Data() }
    }

    /// Why a text cannot be coded, if it cannot.
    public func check(_ bytes: [UInt8], location: String) -> InputProblem? {
        if bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) { return InputProblem(location, "empty: no text to code") }
        if bytes.count > maxDocumentBytes {
            return InputProblem(location, "too large: \(bytes.count) bytes, the limit is \(maxDocumentBytes) (--max-bytes)")
        }
        if bytes.prefix(8192).contains(0) { return InputProblem(location, "binary file (contains NUL bytes): skipped") }
        if let bad = Self.firstInvalidUTF8(bytes) { return InputProblem(location, "not valid UTF-8 (first bad byte at offset \(bad)): skipped") }
        return nil
    }

    func readJSONLines(_ bytes: [UInt8], path: String, problems: inout [InputProblem], _ body: (Document) throws -> Void) rethrows {
        var lineNumber = 0
        var start = 0
        let base = path == "-" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
            lineNumber += 1
            defer { start = end + 1 }
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
            let location = "\(path):\(lineNumber)"
            switch parseDocument(Data(line), location: location, fallbackID: "\(base):\(lineNumber)") {
            case .success(let document): try body(document)
            case .failure(let problem): problems.append(problem)
            }
        }
    }

    /// One JSON Lines record as a document.
    public func parseDocument(_ line: Data, location: String, fallbackID: String) -> Result<Document, InputProblem> {
        guard let object = try? JSONSerialization.jsonObject(with: line), let record = object as? [String: Any] else {
            return .failure(InputProblem(location, "not a JSON object: skipped"))
        }
        guard let text = record["text"] as? String else {
            return .failure(InputProblem(location, "no \"text\" string: skipped"))
        }
        let bytes = Array(text.utf8)
        if let problem = check(bytes, location: location) { return .failure(problem) }
        var date = defaultDate
        if let raw = record["date"] as? String {
            guard let parsed = CalendarDay(iso: raw) else {
                return .failure(InputProblem(location, "\"date\" is not YYYY-MM-DD or RFC 3339: skipped"))
            }
            date = parsed
        }
        let id: String
        if let s = record["id"] as? String { id = s } else if let n = record["id"] as? Int { id = String(n) } else { id = fallbackID }
        return .success(Document(id: id, bytes: bytes, published: date, title: record["title"] as? String,
                                 url: record["url"] as? String, source: record["source"] as? String))
    }

    /// Offset of the first byte that breaks UTF-8, or nil when the text is valid.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b >= 0xC2 && b <= 0xDF { length = 2 } else if b >= 0xE0 && b <= 0xEF { length = 3 } else if b >= 0xF0 && b <= 0xF4 { length = 4 } else { return i }
            guard i + length <= n else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length == 3, b == 0xE0, bytes[i + 1] < 0xA0 { return i }
            if length == 3, b == 0xED, bytes[i + 1] > 0x9F { return i }
            if length == 4, b == 0xF0, bytes[i + 1] < 0x90 { return i }
            if length == 4, b == 0xF4, bytes[i + 1] > 0x8F { return i }
            i += length
        }
        return nil
    }
}
