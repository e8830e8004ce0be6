import CasusCore
import Testing
@testable import CasusStore

@Suite struct DeduplicationRuleTests {
    let rule = DeduplicationRule()

    func footprint(_ e: Event) -> EventFootprint { EventFootprint(e) }

    @Test func placesWithinTheRadiusOrTheSameRegionAreOneEvent() {
        let baghdad = footprint(Records.event("a", doc: "d"))
        #expect(rule.sameEvent(baghdad, footprint(Records.event("b", doc: "d", at: ("Green Zone", 33.31, 44.39), precision: .site))))
        #expect(!rule.sameEvent(baghdad, footprint(Records.event("c", doc: "d", at: ("Fallujah", 33.35, 43.78)))))
        #expect(rule.sameEvent(baghdad, footprint(Records.event("d", doc: "d", at: ("Baghdad Governorate", 33, 44), precision: .admin1))))
        #expect(!rule.sameEvent(baghdad, footprint(Records.event("e", doc: "d", at: ("Anbar", 33, 42), precision: .admin1, admin1: "Anbar"))))
        #expect(rule.sameEvent(baghdad, footprint(Records.event("f", doc: "d", at: ("Iraq", 33, 43), precision: .country, admin1: nil))))
        #expect(!rule.sameEvent(baghdad, footprint(Records.event("g", doc: "d", at: nil))))
        #expect(rule.sameEvent(footprint(Records.event("h", doc: "d", at: nil)), footprint(Records.event("i", doc: "d", at: nil))))
    }

    @Test func datesMustOverlapAtTheirPrecisionWithinTheWindow() {
        let may19 = footprint(Records.event("a", doc: "d"))
        #expect(rule.sameEvent(may19, footprint(Records.event("b", doc: "d", day: "2019-05-20"))))
        #expect(!rule.sameEvent(may19, footprint(Records.event("c", doc: "d", day: "2019-05-22"))))
        #expect(rule.sameEvent(may19, footprint(Records.event("d", doc: "d", day: "2019-05-01", datePrecision: .month))))
        #expect(!rule.sameEvent(may19, footprint(Records.event("e", doc: "d", day: "2019-07-01", datePrecision: .month))))
        #expect(rule.sameEvent(may19, footprint(Records.event("f", doc: "d", day: nil))))
        let wide = DeduplicationRule(radiusKilometres: 100, dateWindowDays: 5)
        #expect(wide.sameEvent(may19, footprint(Records.event("g", doc: "d", at: ("Fallujah", 33.35, 43.78), day: "2019-05-23"))))
    }

    @Test func actorsCompareByCountryAndRootMustAgree() {
        let a = footprint(Records.event("a", doc: "d", source: "IRQMIL"))
        #expect(rule.sameEvent(a, footprint(Records.event("b", doc: "d", source: "IRQREB"))))
        #expect(!rule.sameEvent(a, footprint(Records.event("c", doc: "d", source: "IGOUNO"))))
        #expect(!rule.sameEvent(a, footprint(Records.event("d", doc: "d", cameo: "180", source: "IRQMIL"))))
        #expect(rule.sameEvent(a, footprint(Records.event("e", doc: "d", cameo: "195", source: "IRQ"))))
    }
}
