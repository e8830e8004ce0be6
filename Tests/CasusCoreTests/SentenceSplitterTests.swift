import Testing
@testable import CasusCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer(vocabulary: Vocabulary()).tokenize(buffer)
            return SentenceSplitter().split(tokens, text: buffer).map {
                String(decoding: bytes[$0.bytes], as: UTF8.self)
            }
        }
    }

    @Test func doesNotSplitAtAbbreviationsTitlesOrDecimals() {
        let text = "Gen. Okafor met Mr. Lind of the U.N. mission on Jan. 4 near No. 3 gate. Shells fell 2.5km away."
        #expect(sentences(text) == ["Gen. Okafor met Mr. Lind of the U.N. mission on Jan. 4 near No. 3 gate.", "Shells fell 2.5km away."])
    }

    @Test func splitsAfterDottedAbbreviationEndingASentence() {
        #expect(sentences("The envoy flew back to the U.S. The talks resumed.") == ["The envoy flew back to the U.S.", "The talks resumed."])
    }

    @Test func keepsQuotesAndEllipsesWithTheirSentence() {
        let text = "\"We will not leave,\" the mayor said. \"Never.\" Then... nothing happened. Crowds left!"
        #expect(sentences(text) == ["\"We will not leave,\" the mayor said.", "\"Never.\"", "Then... nothing happened.", "Crowds left!"])
    }

    @Test func headlinesAndParagraphsEndSentences() {
        let text = "Drone Strike Hits Fuel Depot\nA drone struck a depot in Kherson on Monday\n\nNo one was hurt."
        #expect(sentences(text) == ["Drone Strike Hits Fuel Depot", "A drone struck a depot in Kherson on Monday", "No one was hurt."])
    }

    @Test func hardWrappedLinesStayOneSentence() {
        let text = "The minister said the convoy\nwould leave the border crossing\nby nightfall."
        #expect(sentences(text).count == 1)
    }
}

@Suite struct LongSentenceTests {
    @Test func textWithoutSentenceEndsIsCutIntoBoundedPieces() {
        let text = String(repeating: "rebels shelled the town, officials said and ", count: 400)
        let bytes = Array(text.utf8)
        let spans = bytes.withUnsafeBufferPointer { buffer in
            SentenceSplitter().split(Tokenizer(vocabulary: Vocabulary()).tokenize(buffer), text: buffer)
        }
        #expect(spans.count > 10)
        #expect(spans.allSatisfy { $0.tokens.count <= SentenceSplitter.maxTokens })
        #expect(spans.last?.bytes.upperBound == bytes.count - 1)   // nothing lost: the last piece ends at the text's end
    }
}
