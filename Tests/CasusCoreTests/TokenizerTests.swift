import Testing
@testable import CasusCore

@Suite struct TokenizerTests {
    func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            Tokenizer(vocabulary: Vocabulary()).tokenize(buffer).map {
                String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
            }
        }
    }

    @Test func keepsAbbreviationsDecimalsAndUnitsWhole() {
        #expect(words("The U.S. envoy flew 1.5km at 3.30pm.") == ["The", "U.S.", "envoy", "flew", "1.5km", "at", "3.30pm", "."])
        #expect(words("Gen. Halvorsen paid $2.3bn for 1,200 trucks.") == ["Gen.", "Halvorsen", "paid", "$", "2.3bn", "for", "1,200", "trucks", "."])
    }

    @Test func splitsPossessivesNegationsAndHyphens() {
        #expect(words("Chad's army didn't move") == ["Chad", "'s", "army", "did", "n't", "move"])
        #expect(words("Chad’s army didn’t move") == ["Chad", "’s", "army", "did", "n’t", "move"])
        #expect(words("a Saudi Arabia-led force") == ["a", "Saudi", "Arabia", "-", "led", "force"])
        #expect(words("Shi'ite clerics") == ["Shi'ite", "clerics"])
    }

    @Test func marksCapitalsAndLineBreaks() {
        let text = "US troops\n\nus"
        let bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer(vocabulary: Vocabulary()).tokenize($0) }
        #expect(tokens[0].flags.contains(.allCaps))
        #expect(!tokens[1].flags.contains(.capitalized))
        #expect(tokens[2].flags.contains(.paragraphBefore))
        #expect(!tokens[2].flags.contains(.allCaps))
    }

    @Test func treatsUnicodePunctuationAsPunctuation() {
        #expect(words("“Leave now” — he said…") == ["“", "Leave", "now", "”", "—", "he", "said", "…"])
        #expect(words("Erdoğan met\u{00A0}Zelenskyy") == ["Erdoğan", "met", "Zelenskyy"])
    }

    @Test func survivesInvalidUTF8AndControlBytes() {
        let bytes: [UInt8] = [0x41, 0xFF, 0xFE, 0x20, 0x00, 0x42, 0xE2, 0x80]
        let tokens = bytes.withUnsafeBufferPointer { Tokenizer(vocabulary: Vocabulary()).tokenize($0) }
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { $0.start < $0.end && $0.end <= bytes.count })
    }
}
