import Foundation
import Testing

/// Runs the built `casus` binary as a user would, and checks what it prints and how it exits.
@Suite struct CommandLineTests {
    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static var binary: URL {
        // The test bundle sits in the products folder beside the casus executable.
        var url = Bundle.main.bundleURL
        for candidate in [url.appendingPathComponent("casus")] where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            url = bundle.bundleURL.deletingLastPathComponent()
        }
        return url.appendingPathComponent("casus")
    }

    /// The project's sample articles.
    static var samples: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Samples/news.jsonl").path
    }

    func casus(_ arguments: [String], stdin: Data? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casus-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func codesJSONLinesFromStandardInput() throws {
        let doc = #"{"id": "w1", "date": "2022-06-02", "text": "Rebels attacked a police station in Mali on Tuesday, officials said."}"#
        let run = try casus(["code", "--format", "jsonl", "-"], stdin: Data(doc.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["doc_id"] as? String == "w1")
            #expect((object?["cameo"] as? String)?.hasPrefix("1") == true)
            #expect(object?["date"] as? String == "2022-05-31")
        }
    }

    @Test func badInputsGetAMessageAndNonZeroExitWhileTheRestIsCoded() throws {
        let good = try file("good.txt", Array("Protesters stormed the parliament in Nairobi.".utf8))
        let binary = try file("blob.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1])
        let empty = try file("empty.txt", [])
        let latin1 = try file("latin1.txt", Array("Caf".utf8) + [0xE9])
        let jsonl = try file("broken.jsonl", Array("{\"text\": \"ok\"}\n{oops\n".utf8))
        let run = try casus(["code", "--format", "jsonl", good, binary, empty, latin1, jsonl, "/no/such/file.txt"])
        #expect(run.status == 2)
        for expected in ["binary", "empty", "UTF-8", "broken.jsonl:2", "no such file"] {
            #expect(run.stderr.contains(expected), "missing \(expected) in \(run.stderr)")
        }
        #expect(run.stdout.contains("\"doc_id\":\"good\""))
    }

    @Test func hugeSingleLineDocumentFinishesOrIsRefused() throws {
        // 50 MB without a newline: coded (or refused by the size limit), never a hang or crash.
        let sentence = Array("Militants shelled the town and officials condemned the attack ".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes += sentence }
        let path = try file("huge.txt", bytes)
        let run = try casus(["code", "--format", "jsonl", "--max-bytes", String(40 << 20), path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("too large"))
    }

    @Test func explainShowsActorsPatternsAndReasons() throws {
        let run = try casus(["explain", "Iraqi lawmakers accused Washington of punishing Iraq.", "--date", "2019-05-19"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("IRQLEG"))
        #expect(run.stdout.contains("matched"))
        #expect(run.stdout.contains("USAGOV"))
    }

    @Test func explainTellsWhereWhenAndHowBadAndWhy() throws {
        let run = try casus(["explain", "Jihadists attacked an army convoy near Gao on Saturday. Six soldiers were killed in the ambush.",
                             "--date", "2024-05-20"])
        #expect(run.status == 0)
        for expected in ["date 2024-05-18", "at Gao, MLI (city)", "killed 6", "when: the time expression \"on Saturday\"",
                         "where: in its sentence", "toll: told in sentence 1"] {
            #expect(run.stdout.contains(expected), "missing \(expected) in \(run.stdout)")
        }
    }

    @Test func unknownDictionaryFolderIsAClearError() throws {
        let run = try casus(["code", "--dict", "/no/such/dict", "-"], stdin: Data())
        #expect(run.status != 0)
        #expect(run.stderr.contains("no such folder"))
    }
}
