/// What a word can do around a place name, by its lower-cased spelling.
struct PlaceWordClass: OptionSet, Sendable {
    let rawValue: UInt32
    /// Puts what follows somewhere: in, at, near, inside…
    static let locative = PlaceWordClass(rawValue: 1 << 0)
    /// A direction of movement (to, towards, into): a weaker location than `locative`.
    static let towards = PlaceWordClass(rawValue: 1 << 1)
    /// An origin (from): the weakest.
    static let origin = PlaceWordClass(rawValue: 1 << 2)
    /// Lower-case words that stand inside names: "Bosnia and Herzegovina", "Rostov-on-Don".
    static let joiner = PlaceWordClass(rawValue: 1 << 3)
    /// Arabic articles that start a name when hyphenated to it: "al-Qaim".
    static let article = PlaceWordClass(rawValue: 1 << 4)
    /// Ordinary English words that are also place names (Mobile, Reading, March): alone, they
    /// need a cue to be a place.
    static let common = PlaceWordClass(rawValue: 1 << 5)
    /// city, town, village, capital: the place is a city.
    static let cityNoun = PlaceWordClass(rawValue: 1 << 6)
    /// province, region, state, governorate: the place is a first-level region.
    static let regionNoun = PlaceWordClass(rawValue: 1 << 7)
    /// district, border, area, outskirts: a place, of no particular kind.
    static let areaNoun = PlaceWordClass(rawValue: 1 << 8)
    /// Words that may stand between a preposition and a place: the, northern, restive…
    static let modifier = PlaceWordClass(rawValue: 1 << 9)
    /// north, south-east…: "north of X" locates.
    static let compass = PlaceWordClass(rawValue: 1 << 10)
    /// Titles before people's names (President, Gen.): a place word after one is a name part.
    static let title = PlaceWordClass(rawValue: 1 << 11)
    /// Function words and dates that may be capitalised next to a place without being part of
    /// a longer name (In, But, Sunday, May).
    static let function = PlaceWordClass(rawValue: 1 << 12)
    /// km, miles: "20 km north of X".
    static let unit = PlaceWordClass(rawValue: 1 << 13)
    static let of = PlaceWordClass(rawValue: 1 << 14)
    /// The possessive `'s`.
    static let possessive = PlaceWordClass(rawValue: 1 << 15)
    /// Months and weekdays: "in March" is a date, so only a place noun or a qualifier makes one
    /// a place.
    static let date = PlaceWordClass(rawValue: 1 << 16)
    /// After a demonym, the country's land: "Israeli towns", "Syrian territory".
    static let territory = PlaceWordClass(rawValue: 1 << 17)
    /// "the": "near the town" refers back.
    static let the = PlaceWordClass(rawValue: 1 << 18)
    /// "where": "Vovchansk, where troops attacked".
    static let whereWord = PlaceWordClass(rawValue: 1 << 19)

    func intersects(_ other: PlaceWordClass) -> Bool { !isDisjoint(with: other) }

    static let placeNoun: PlaceWordClass = [.cityNoun, .regionNoun, .areaNoun]
    static let preposition: PlaceWordClass = [.locative, .towards, .origin]
}

/// The word lists behind `PlaceWordClass`, looked up by the bytes of a token's key.
struct PlaceWords: Sendable {
    private var table = ByteStringTable(capacity: 600)
    private var classes: [PlaceWordClass] = []

    init() {
        let lists: [(PlaceWordClass, String)] = [
            (.locative, "in at near inside outside across around through throughout within over along nearby outskirts between"),
            (.towards, "to towards toward into"),
            (.origin, "from"),
            (.joiner, "al el an ar as ash at ad az ath adh of de du des la le les da di del della dos das do bin ibn abu and the y van von der den upon on sur en am im"),
            (.article, "al el an ar as ash at ad az ath adh"),
            (.cityNoun, "city town village capital port hamlet township settlement cities towns villages hamlets settlements"),
            (.regionNoun, "province region state governorate prefecture oblast territory emirate provinces regions governorates"),
            (.areaNoun, "district area border frontier outskirts suburb suburbs neighbourhood neighborhood countryside municipality valley camp airport"),
            (.modifier, """
                the a an its their his her this that northern southern eastern western central northeastern northwestern
                southeastern southwestern north south east west downtown nearby neighbouring neighboring restive volatile
                besieged embattled troubled strategic key remote coastal mountainous disputed occupied main largest second
                biggest holy ancient old new greater rebel-held government-held northernmost southernmost border oil-rich
                """),
            (.compass, "north south east west northeast northwest southeast southwest northeastern northwestern southeastern southwestern"),
            (.title, """
                president secretary general minister premier king queen prince princess sheikh emir pope bishop governor mayor
                senator lord sir mr mrs ms dr judge chief colonel captain major lieutenant sergeant admiral commander gen col
                lt capt sgt adm sen rep gov ambassador envoy spokesman spokeswoman saint st mount lake river fort cape
                """),
            (.function, """
                in at near inside outside from to towards toward into across around through within over and but or so yet
                the a an this that these those there here then when while after before since as also both all many some
                if although though because however meanwhile separately later earlier last next on by with for of
                monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
                september october november december jan feb mar apr jun jul aug sep sept oct nov dec today tonight yesterday
                """),
            (.common, """
                january february march april may june july august september october november december monday tuesday wednesday
                thursday friday saturday sunday president secretary general minister king queen prince sheikh governor mayor
                police army navy union independence reading said most mobile of nice split hit bath deal sale male van bar hull
                wells gap bay justice liberty freedom unity victory peace hope progress commerce industry enterprise opportunity
                reform democracy harmony concord friendship prospect paradise providence trinity mission success midway
                congress parliament senate court council ministry embassy government state republic party front forces guard
                command agency university college school hospital church mosque bank company house white green black red blue
                golden royal grand north south east west northern southern eastern western central middle upper lower greater
                sunni shia shiite kurdish christian muslim jewish arab islamic catholic reuters times post news press herald
                guardian telegraph journal tribune mirror sun star globe observer independent national federal international
                security defense defence interior foreign affairs health education energy oil trade finance labour labor
                conservative liberal democrat democrats republican republicans communist socialist today tonight yesterday
                tomorrow last next new old first second one two three the this that these those there here we they he she it
                his her its their our but and or so if when while after before since as also both all many some more other such
                then now chief human rights watch amnesty special joint marine marines air coast border operations
                """),
            (.date, """
                january february march april may june july august september october november december
                monday tuesday wednesday thursday friday saturday sunday
                """),
            (.unit, "km kilometres kilometers kilometre kilometer miles mile metres meters"),
            (.of, "of"),
            (.possessive, "'s '"),
            (.territory, "town towns village villages city cities territory territories soil airspace waters communities countryside"),
            (.the, "the"),
            (.whereWord, "where"),
        ]
        for (wordClass, words) in lists {
            for word in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let id = table.intern(String(word))
                if Int(id) == classes.count { classes.append([]) }
                classes[Int(id)].formUnion(wordClass)
            }
        }
    }

    /// The classes of a word given by its exact key.
    func classes(of key: UnsafeBufferPointer<UInt8>) -> PlaceWordClass {
        guard key.count <= 16, let id = table.id(of: key) else { return [] }
        return classes[Int(id)]
    }
}
