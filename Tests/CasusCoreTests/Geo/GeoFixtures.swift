import Foundation
@testable import CasusCore

/// Small gazetteers written for the tests, and a helper that runs the geolocation layer on a
/// text the way the coder does: tokenize, split, find, resolve, locate.
enum GeoFixtures {
    /// Real places with rounded figures, plus two decoys marked below: a second "Basra" and a
    /// second "Irbil", larger than the real ones, so that context has something to decide.
    static let places = """
        # test gazetteer
        geonames_id\tkind\tname\talt_names\tcountry_iso3\tadmin1\tlat\tlon\tpopulation
        99237\tcountry\tIraq\tRepublic of Iraq\tIRQ\t\t33.3406\t44.4009\t38433600
        98182\tcity\tBaghdad\tBagdad|Baghdād\tIRQ\tBaghdād\t33.3406\t44.4009\t7216000
        \tadmin1\tBaghdād\tBaghdad\tIRQ\tBaghdād\t33.3400\t44.4000\t7216000
        99532\tcity\tBasrah\tBasra|Al Başrah\tIRQ\tAl Başrah\t30.5085\t47.7804\t1326564
        \tadmin1\tAl Başrah\tBasrah\tIRQ\tAl Başrah\t30.5146\t47.7813\t4539181
        95446\tcity\tErbil\tArbil|Irbil|Hawler\tIRQ\tArbīl\t36.1912\t44.0094\t1612700
        \tadmin1\tArbīl\tArbil\tIRQ\tArbīl\t36.2370\t44.0773\t2172723
        173377\tcity\tAl Qāmishlī\tAl Qamishli\tSYR\tAl Ḩasakah\t37.0522\t41.2317\t184231
        163843\tcountry\tSyria\tSyrian Arab Republic\tSYR\t\t33.5102\t36.2913\t16906283
        3017382\tcountry\tFrance\tFrench Republic\tFRA\t\t48.8534\t2.3488\t66987244
        2988507\tcity\tParis\tLutetia\tFRA\tÎle-de-France\t48.8534\t2.3488\t2138551
        6252001\tcountry\tUnited States\tUnited States of America\tUSA\t\t38.8951\t-77.0364\t327167434
        4140963\tcity\tWashington\tWashington DC\tUSA\tDistrict of Columbia\t38.8951\t-77.0364\t689545
        \tadmin1\tWashington\t\tUSA\tWashington\t47.3019\t-121.5837\t6010648
        \tadmin1\tTexas\t\tUSA\tTexas\t31.0090\t-97.4996\t20678173
        4717560\tcity\tParis\t\tUSA\tTexas\t33.6609\t-95.5555\t24782
        \tadmin1\tGeorgia\t\tUSA\tGeorgia\t33.3201\t-83.8958\t4228122
        4180439\tcity\tAtlanta\t\tUSA\tGeorgia\t33.7490\t-84.3880\t498044
        2643743\tcity\tReading\t\tGBR\tEngland\t51.4566\t-0.9731\t318014
        614540\tcountry\tGeorgia\t\tGEO\t\t41.6914\t44.8341\t3704500
        611717\tcity\tTbilisi\tTiflis\tGEO\tTbilisi\t41.6914\t44.8341\t1049498
        130758\tcountry\tIran\tIslamic Republic of Iran\tIRN\t\t35.6944\t51.4215\t81800000
        112931\tcity\tTehran\tTeheran\tIRN\tTehrān\t35.6944\t51.4215\t7153309
        1\tcity\tBasra\t\tIRN\t\t31.0000\t49.0000\t1800000
        2\tcity\tIrbil\t\tIRN\t\t37.0000\t45.0000\t3000000
        """
    // The last two rows are the decoys (ids 1 and 2 belong to no real place).

    static let sites = """
        # test sites
        name\talt_names\tkind\tcountry_iso3\tadmin1\tlat\tlon\tprecision
        Green Zone\tInternational Zone|Baghdad's Green Zone|Baghdad Green Zone\tgovernment_district\tIRQ\tBaghdād\t33.3030\t44.3900\tsite
        Kabul Green Zone\tKabul's Green Zone\tgovernment_district\tAFG\tKābul\t34.5370\t69.1920\tsite
        line of control\tLoC\tborder\t\t\t34.0000\t74.0000\tadmin1
        """

    static let countryNames = """
        # news names of countries
        USA: United States | United States of America | US | U.S. | America
        IRQ: Iraq | Republic of Iraq
        USA @2001-01-01..: Dated Name
        """

    static let demonyms = """
        IRQ: Iraqi | Iraqis
        USA: American | Americans
        FRA: French
        GEO: Georgian | Georgians
        IRQGOV: Baghdad
        """

    static let gazetteer = Gazetteer(gazetteerTSV: Array(places.utf8), sitesTSV: Array(sites.utf8),
                                     countryNames: Array(countryNames.utf8), demonyms: Array(demonyms.utf8))

    /// The bundled gazetteer, loaded once for all the tests that use it.
    static let bundled: Gazetteer? = try? Gazetteer.bundled()
}

/// Runs the geolocation layer over one text.
struct GeoRun {
    let gazetteer: Gazetteer
    let text: [UInt8]
    let tokens: [Token]
    let sentences: [SentenceSpan]
    let mentions: [PlaceMention]
    let places: [ResolvedPlace]
    let focus: [String: Double]

    /// `focus` as the coder would pass it; nil derives it from the places, as `casus geocode` does.
    init(_ source: String, gazetteer: Gazetteer, focus: [String: Double]? = nil) {
        self.gazetteer = gazetteer
        text = Array(source.utf8)
        let (tokens, sentences, mentions) = text.withUnsafeBufferPointer { buffer in
            let tokens = Tokenizer(vocabulary: Vocabulary()).tokenize(buffer)
            let sentences = SentenceSplitter().split(tokens, text: buffer)
            return (tokens, sentences, PlaceFinder(gazetteer: gazetteer).find(in: tokens, sentences: sentences, text: buffer))
        }
        self.tokens = tokens
        self.sentences = sentences
        self.mentions = mentions
        let resolver = PlaceResolver(gazetteer: gazetteer)
        let focus = focus ?? PlaceResolver.focus(of: resolver.resolve(mentions))
        self.focus = focus
        places = resolver.resolve(mentions, focus: focus)
    }

    /// The resolved place whose mention reads `name` (the first one).
    func place(_ name: String) -> ResolvedPlace? { places.first { $0.mention.text == name } }

    /// Token position of the first token spelled `word` (case-sensitive), at or after `from`.
    func token(_ word: String, from: Int = 0) -> Int? {
        (from..<tokens.count).first { String(decoding: text[tokens[$0].start..<tokens[$0].end], as: UTF8.self) == word }
    }

    /// Where an event triggered by `trigger` happened; `actors` are words the coder read as
    /// actors, `target` the target's first word, `source` the source's (one-word) name.
    func locate(_ trigger: String, verbal: Bool = false, actors: [String] = [], target: String? = nil,
                source: String? = nil) -> EventPlacement {
        let position = token(trigger)!
        let sentence = sentences.firstIndex { $0.tokens.contains(position) }!
        let spans = actors.compactMap { token($0) }.map { $0..<($0 + 1) }
        let anchor = EventAnchor(trigger: position, sentence: sentence, paragraph: sentences[sentence].paragraph,
                                 isVerbalAct: verbal, target: target.flatMap { token($0, from: position) }.map { $0..<($0 + 1) },
                                 source: source.flatMap { token($0) }.map { $0..<($0 + 1) })
        return EventLocator(gazetteer: gazetteer).locate(anchor, places: places, focus: focus, actorSpans: spans)
    }
}
