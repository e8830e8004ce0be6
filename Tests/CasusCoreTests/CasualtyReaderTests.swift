import Testing
@testable import CasusCore

@Suite struct CasualtyReaderTests {
    func counts(_ s: String) -> CasualtyReader.Counts {
        let words = s.lowercased().split(whereSeparator: { $0 == " " }).flatMap { w -> [String] in
            w.hasSuffix(",") || w.hasSuffix(".") ? [String(w.dropLast()), String(w.last!)] : [String(w)]
        }
        return CasualtyReader().read(words)
    }

    @Test func numbersNextToCasualtyWords() {
        #expect(counts("Gunmen stormed the market , killing at least 14 people and wounding 30 others .") == .init(fatalities: 14, injuries: 30))
        #expect(counts("Three soldiers were wounded in the blast .") == .init(fatalities: nil, injuries: 3))
        #expect(counts("A drone strike killed a commander near Sirte .") == .init(fatalities: 1, injuries: nil))
        #expect(counts("Officials said the death toll rose to 41 .") == .init(fatalities: 41, injuries: nil))
    }

    @Test func noneAndVague() {
        #expect(counts("The shell caused no injuries , police said .") == .init(fatalities: nil, injuries: 0))
        #expect(counts("The raid caused no casualties .") == .init(fatalities: 0, injuries: 0))
        #expect(counts("Dozens were injured in the stampede .") == .init(fatalities: nil, injuries: 24, approximate: true))
    }

    @Test func unrelatedNumbersDoNotCount() {
        #expect(counts("The rocket landed 1.5km from the base in 2019 and no one claimed it .") == .init())
        #expect(counts("The 45-year-old minister visited 3 hospitals .") == .init())
    }
}
