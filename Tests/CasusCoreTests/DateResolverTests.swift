import Testing
@testable import CasusCore

@Suite struct DateResolverTests {
    let published = CalendarDay(year: 2021, month: 3, day: 10)   // a Wednesday

    func date(_ text: String, tense: DateResolver.Tense = .simplePast) -> String? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer(vocabulary: Vocabulary()).tokenize(buffer)
            let resolver = DateResolver()
            let found = resolver.expressions(in: 0..<tokens.count, tokens: tokens, text: buffer, published: published)
            return resolver.date(of: 0, expressions: found, carried: nil, tense: tense, published: published).iso
        }
    }

    @Test func calendarArithmetic() {
        #expect(published.weekday == 3)
        #expect(published.adding(days: -10).description == "2021-02-28")
        #expect(CalendarDay(iso: "2020-02-30") == nil)
        #expect(CalendarDay(iso: "2019-05-19T08:00:00Z")?.description == "2019-05-19")
    }

    @Test func relativeDays() {
        #expect(date("Shelling resumed yesterday") == "2021-03-09")
        #expect(date("Troops withdrew on Sunday") == "2021-03-07")
        #expect(date("Troops withdrew on Wednesday") == "2021-03-10")
        #expect(date("Protests broke out three days ago") == "2021-03-07")
        #expect(date("Talks ended this weekend") == "2021-03-06")
    }

    @Test func monthsAndYears() {
        #expect(date("The deal was signed in May") == "2020-05")
        #expect(date("The deal was signed on Feb. 3") == "2021-02-03")
        #expect(date("The deal was signed on 7 May 2019") == "2019-05-07")
        #expect(date("Rockets fell late last year") == "2020")
        #expect(date("The border closed in 2018") == "2018")
        #expect(date("Envoys met last month") == "2021-02")
        #expect(date("Envoys met last week") == "2021-03-06")   // the middle of the seven days before
    }

    @Test func timesToldFromTheStorysLastDate() {
        let sunday = EventDate(day: CalendarDay(year: 2021, month: 3, day: 7), precision: .day)
        func told(_ text: String) -> String? {
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                let tokens = Tokenizer(vocabulary: Vocabulary()).tokenize(buffer)
                let resolver = DateResolver()
                let found = resolver.expressions(in: 0..<tokens.count, tokens: tokens, text: buffer, published: published, narrative: sunday)
                return resolver.date(of: 0, expressions: found, carried: nil, tense: .simplePast, published: published).iso
            }
        }
        #expect(told("Hours later, jets bombed the depot") == "2021-03-07")
        #expect(told("Two days later, the rebels withdrew") == "2021-03-09")
        #expect(told("Three days earlier, envoys had met") == "2021-03-04")
        #expect(told("Later that day the army retook the town") == "2021-03-07")
        #expect(date("Hours later, jets bombed the depot") == "2021-03-10")   // no story date yet: the day's news
    }

    @Test func noExpressionUsesTense() {
        #expect(date("Militants attacked a checkpoint") == "2021-03-10")
        #expect(date("Militants have attacked checkpoints", tense: .perfect) == "2021-03")
        let lead = DateResolver().date(of: 0, expressions: [], carried: nil, tense: .perfect, published: published, lead: true)
        #expect(lead.iso == "2021-03-10")   // "Rebels have signed a peace deal" opening a story is the day's news
        #expect(date("Militants could attack checkpoints", tense: .other) == "2021-03")
    }
}
