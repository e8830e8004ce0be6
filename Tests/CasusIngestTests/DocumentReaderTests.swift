import Foundation
import Testing
@testable import CasusIngest

@Suite struct DocumentReaderTests {
    func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func read(_ path: String) -> (ids: [String], problems: [InputProblem]) {
        var problems: [InputProblem] = []
        var ids: [String] = []
        let reader = DocumentReader()
        for file in reader.files(for: [path], problems: &problems) {
            reader.read(file, problems: &problems) { ids.append($0.id) }
        }
        return (ids, problems)
    }

    @Test func jsonLinesSkipsBadRecordsAndKeepsTheRest() throws {
        let lines = """
        {"id": "a", "date": "2022-01-05", "text": "Troops crossed the river."}
        {not json
        {"id": "b"}
        {"id": "c", "date": "yesterday", "text": "x"}
        {"text": "No id here."}
        """
        let path = try temporaryFile("feed.jsonl", Array(lines.utf8))
        let (ids, problems) = read(path)
        #expect(ids == ["a", "feed:5"])
        #expect(problems.map(\.location) == ["\(path):2", "\(path):3", "\(path):4"])
        #expect(problems[1].reason.contains("text"))
    }

    @Test func emptyBinaryAndInvalidFilesAreReportedNotCoded() throws {
        for (name, bytes, reason) in [("empty.txt", [UInt8](), "empty"),
                                      ("blob.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 1], "binary"),
                                      ("latin1.txt", Array("Caf".utf8) + [0xE9, 0x20, 0x41], "UTF-8")] {
            let path = try temporaryFile(name, bytes)
            let (ids, problems) = read(path)
            #expect(ids.isEmpty)
            #expect(problems.count == 1 && problems[0].reason.contains(reason), "\(name): \(problems)")
        }
    }

    @Test func missingPathIsAProblem() {
        let (ids, problems) = read("/nonexistent/casus/input.txt")
        #expect(ids.isEmpty)
        #expect(problems.first?.reason.contains("no such file") == true)
    }

    @Test func oversizedDocumentIsRefusedWithTheLimit() throws {
        let path = try temporaryFile("big.txt", Array(repeating: UInt8(ascii: "a"), count: 5000))
        var problems: [InputProblem] = []
        var count = 0
        DocumentReader(maxDocumentBytes: 1000).read(path, problems: &problems) { _ in count += 1 }
        #expect(count == 0)
        #expect(problems.first?.reason.contains("too large") == true)
    }

    @Test func validatesUTF8() {
        #expect(DocumentReader.firstInvalidUTF8(Array("Erdoğan – “ok”".utf8)) == nil)
        #expect(DocumentReader.firstInvalidUTF8([0x41, 0xC3]) == 1)
        #expect(DocumentReader.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)   // a UTF-16 surrogate
    }
}
