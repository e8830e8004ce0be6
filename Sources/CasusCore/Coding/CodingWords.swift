/// The closed-class words the clause reader relies on: grammar, not dictionary content.
///
/// These are English function words (prepositions, auxiliaries, pronouns, subordinators);
/// users extend actors, agents and patterns, not these.
enum CodingWords {
    static let prepositions = [
        "in", "at", "near", "inside", "outside", "from", "to", "towards", "toward", "into", "onto", "on",
        "of", "for", "with", "by", "against", "among", "amid", "amidst", "between", "over", "under",
        "across", "around", "through", "throughout", "along", "beside", "behind", "beyond", "within",
        "without", "during", "after", "before", "since", "until", "despite", "like", "including",
        "about", "upon", "via", "per", "off", "than", "regarding", "concerning",
    ]
    /// Prepositions of place: a mention after them is a place, not an actor in the event.
    static let locatives = ["in", "at", "near", "inside", "outside", "across", "around", "throughout", "along", "within", "beside", "behind"]
    static let determiners = [
        "the", "a", "an", "this", "that", "these", "those", "some", "all", "several", "many", "both",
        "each", "every", "any", "its", "their", "his", "her", "our", "my", "your", "two", "three",
        "other", "another", "most", "few", "more", "no", "such", "one", "'s", "'", "\"",
    ]
    static let be = ["be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m"]
    static let have = ["have", "has", "had", "having", "'ve"]
    static let doForms = ["do", "does", "did"]
    static let modals = ["will", "would", "could", "may", "might", "should", "can", "shall", "must", "'ll", "'d", "ought"]
    static let negations = ["not", "n't", "never", "no", "neither", "nor", "nobody", "nothing"]
    static let relatives = ["who", "which", "whom", "whose", "that"]
    static let subordinators = [
        "because", "although", "though", "while", "whereas", "if", "unless", "when", "whenever",
        "where", "after", "before", "since", "until", "once", "but", "so", "yet", "whether",
    ]
    static let conjunctions = ["and", "or", "&", ","]
    /// Pronouns that can stand for an actor, with what they may refer to.
    static let personPronouns = ["he", "him", "his", "she", "her", "hers"]
    static let pluralPronouns = ["they", "them", "their", "theirs"]
    static let thingPronouns = ["it", "its"]
    static let firstPersonPlural = ["we", "our", "us", "ours"]
    /// Verbs after which a to-infinitive did happen ("began to withdraw", "was able to strike").
    static let realizing = ["begin", "began", "begun", "begins", "beginning", "start", "started", "starts", "starting",
                            "continue", "continued", "continues", "continuing", "resume", "resumed", "resumes",
                            "manage", "managed", "manages", "able", "proceed", "proceeded", "went", "moved"]
    /// Verbs that make a following to-infinitive a threat ("threatened to strike").
    static let threatening = ["threaten", "threatened", "threatens", "threatening"]
    /// Adverbs of frequency: all but "repeatedly" (acts counted, coded at half confidence) tell
    /// a habit, not a report of an occurrence.
    static let habitual = ["repeatedly", "often", "usually", "regularly", "routinely", "frequently", "typically", "generally", "sometimes"]
    /// "gathered for the event", "witnessing the signing": nouns that refer back to an occasion.
    static let referBackNouns = ["event", "ceremony", "signing", "summit", "funeral", "gathering", "rally", "celebration", "parade"]
    /// "The strike took place in Qamishli", "The launch was condemned": nouns that retell an
    /// act of force told before.
    static let actNouns = ["attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "bombing",
                           "bombings", "explosion", "explosions", "blast", "blasts", "ambush", "shelling", "assault", "incident",
                           "shooting", "killing", "killings", "massacre", "launch", "launches", "test"]
    /// "the two sides", "both countries": the pair of actors a story has set against each other.
    static let pairNouns = ["sides", "countries", "nations", "neighbors", "neighbours", "rivals", "armies", "parties"]
    /// Adverbs that stand between a subject and its verb ("Kerry also attended"): not nouns.
    static let verbAdverbs = ["also", "later", "then", "still", "already", "just", "again", "once", "now", "soon",
                              "first", "earlier", "finally", "eventually", "subsequently", "previously", "recently",
                              "reportedly", "allegedly", "jointly", "quickly", "initially", "briefly", "even", "only"]
    /// Adjectives that make an event noun hypothetical ("a potential push").
    static let irrealisAdjectives = ["potential", "possible", "planned", "proposed", "future", "threatened", "feared", "expected", "likely", "imminent"]
    /// Nouns for a diplomatic mission: it belongs to its owner, not to the host country.
    static let missions = ["embassy", "embassies", "consulate", "consulates", "mission", "missions", "legation", "chancery"]
    /// Roles a bare agent takes the document's country for: the local parties of a conflict.
    static let localRoles: Set<String> = ["REB", "CVL", "REF", "COP", "MIL", "OPP", "CRM", "INS"]
    /// Nouns for a state's institutions: bare, they mean the story's country.
    static let institutions: Set<String> = ["government", "authorities", "junta", "regime", "administration", "cabinet", "presidency"]
    /// Acts two parties do to each other: "A and B exchanged fire / signed a deal / met".
    static let reciprocal: Set<String> = ["exchange", "sign", "meet", "clash", "fight", "agree", "negotiate", "talk", "trade",
                                          "swap", "hold", "reach", "conclude", "resume", "normalize", "normalise", "restore",
                                          "negotiation", "meeting", "agreement", "deal", "accord", "treaty", "peace", "battle",
                                          "skirmish", "fighting"]
    /// Plurals without an s: pronoun agreement needs them.
    static let pluralNouns: Set<String> = ["people", "police", "men", "women", "children", "personnel", "militia", "staff", "gunmen", "clergy"]
    /// Verbs whose object noun names the subject's own act: "carried out airstrikes", "launched an offensive".
    static let lightVerbs: Set<String> = ["carry", "launch", "conduct", "stage", "mount", "make", "begin", "start", "continue", "intensify",
                                          "step", "wage", "lead", "order", "unleash", "resume", "undertake", "perform", "announce", "issue",
                                          "escalate", "expand", "deliver", "hold", "pay", "sign", "impose", "declare", "open", "renew"]
    /// Verbs that report casualties: the numbers belong to the attack, not to a second event.
    static let casualtyVerbs: Set<String> = ["kill", "wound", "injure", "die", "slay", "maim", "hurt", "killing", "death", "injury", "casualty"]
    /// Definite descriptions that refer back to an armed group or organisation.
    static let groupNouns = ["group", "groups", "movement", "organization", "organisation", "militia"]
    /// "Houthi-controlled territory", "rebel-held areas": land named by who holds it.
    static let holding = ["controlled", "held", "run", "dominated"]
    static let land = ["territory", "territories", "area", "areas", "parts", "regions", "region", "land"]

    static var all: [String] {
        prepositions + determiners + be + have + doForms + modals + negations + relatives + subordinators + holding + land
            + conjunctions + personPronouns + pluralPronouns + thingPronouns + firstPersonPlural + realizing
            + threatening + habitual + verbAdverbs + pairNouns + referBackNouns + actNouns + ["anti"] + irrealisAdjectives + missions + groupNouns + Array(pluralNouns) + Array(institutions) + DateResolver.timeWords + [";", ":", "-", "(", ")", "to", "by", "'s", "according"]
    }
}

/// Per-word grammatical classes, indexed by vocabulary id: one array lookup per question.
struct WordClasses: Sendable {
    struct Class: OptionSet, Sendable {
        let rawValue: UInt32
        static let preposition = Class(rawValue: 1 << 0)
        static let locative = Class(rawValue: 1 << 1)
        static let determiner = Class(rawValue: 1 << 2)
        static let be = Class(rawValue: 1 << 3)
        static let have = Class(rawValue: 1 << 4)
        static let doForm = Class(rawValue: 1 << 5)
        static let modal = Class(rawValue: 1 << 6)
        static let negation = Class(rawValue: 1 << 7)
        static let relative = Class(rawValue: 1 << 8)
        static let subordinator = Class(rawValue: 1 << 9)
        static let conjunction = Class(rawValue: 1 << 10)
        static let personPronoun = Class(rawValue: 1 << 11)
        static let pluralPronoun = Class(rawValue: 1 << 12)
        static let thingPronoun = Class(rawValue: 1 << 13)
        static let wePronoun = Class(rawValue: 1 << 14)
        static let realizing = Class(rawValue: 1 << 15)
        static let threatening = Class(rawValue: 1 << 16)
        static let habitual = Class(rawValue: 1 << 17)
        static let irrealis = Class(rawValue: 1 << 18)
        static let mission = Class(rawValue: 1 << 19)
        static let groupNoun = Class(rawValue: 1 << 20)
        static let pastForm = Class(rawValue: 1 << 21)
        static let verbForm = Class(rawValue: 1 << 22)
        static let gerund = Class(rawValue: 1 << 23)
        static let finite = Class(rawValue: 1 << 24)   // 3rd person or past form
        static let article = Class(rawValue: 1 << 25)
        static let adverb = Class(rawValue: 1 << 26)
        /// A verb's base form ("suspect", "hit").
        static let baseForm = Class(rawValue: 1 << 27)
        /// A base form spelled like its past ("hit", "cut", "set"): its tense is not in its spelling.
        static let pastLikeBase = Class(rawValue: 1 << 28)
        static let pairNoun = Class(rawValue: 1 << 29)
        static let referBack = Class(rawValue: 1 << 30)
        static let actNoun = Class(rawValue: 1 << 31)

        static let auxiliary: Class = [.be, .have, .doForm, .modal]
        static let pronoun: Class = [.personPronoun, .pluralPronoun, .thingPronoun, .wePronoun]
    }

    private var classes: [Class]
    let to: Int32, by: Int32, of: Int32, and: Int32, or: Int32, comma: Int32, possessive: Int32
    let semicolon: Int32, colon: Int32, dash: Int32, openParen: Int32, closeParen: Int32, according: Int32, quote: Int32
    let since: Int32, that: Int32, for_: Int32, where_: Int32, when: Int32, led: Int32

    init(vocabulary: Vocabulary, forms: VerbForms) {
        var classes = [Class](repeating: [], count: vocabulary.count)
        func mark(_ words: [String], _ c: Class) {
            for w in words { let id = vocabulary.id(of: w); if id >= 0 { classes[Int(id)].insert(c) } }
        }
        mark(CodingWords.prepositions, .preposition)
        mark(CodingWords.locatives, .locative)
        mark(CodingWords.determiners, .determiner)
        mark(["the", "a", "an"], .article)
        mark(CodingWords.verbAdverbs, .adverb)
        mark(CodingWords.pairNouns, .pairNoun)
        mark(CodingWords.referBackNouns, .referBack)
        mark(CodingWords.actNouns, .actNoun)
        mark(CodingWords.be, .be)
        mark(CodingWords.have, .have)
        mark(CodingWords.doForms, .doForm)
        mark(CodingWords.modals, .modal)
        mark(CodingWords.negations, .negation)
        mark(CodingWords.relatives, .relative)
        mark(CodingWords.subordinators, .subordinator)
        mark(["and", "or", "&"], .conjunction)
        mark(CodingWords.personPronouns, .personPronoun)
        mark(CodingWords.pluralPronouns, .pluralPronoun)
        mark(CodingWords.thingPronouns, .thingPronoun)
        mark(CodingWords.firstPersonPlural, .wePronoun)
        mark(CodingWords.realizing, .realizing)
        mark(CodingWords.threatening, .threatening)
        mark(CodingWords.habitual, .habitual)
        mark(CodingWords.irrealisAdjectives, .irrealis)
        mark(CodingWords.missions, .mission)
        mark(CodingWords.groupNouns, .groupNoun)
        for id in 0..<vocabulary.count {
            let w = vocabulary.word(Int32(id))
            guard forms.isVerbForm(w) else { continue }
            classes[id].insert(.verbForm)
            if forms.isPastForm(w) { classes[id].insert([.pastForm, .finite]) }
            if w.hasSuffix("ing") { classes[id].insert(.gerund) }
            if w.hasSuffix("s"), !w.hasSuffix("ss") { classes[id].insert(.finite) }
            if let own = forms.forms[w] {
                classes[id].insert(.baseForm)
                if !own.contains(where: { $0 != w && forms.isPastForm($0) }) { classes[id].insert(.pastLikeBase) }
            }
        }
        self.classes = classes
        to = vocabulary.id(of: "to"); by = vocabulary.id(of: "by"); of = vocabulary.id(of: "of")
        and = vocabulary.id(of: "and"); or = vocabulary.id(of: "or"); comma = vocabulary.id(of: ",")
        possessive = vocabulary.id(of: "'s"); semicolon = vocabulary.id(of: ";"); colon = vocabulary.id(of: ":")
        dash = vocabulary.id(of: "-"); openParen = vocabulary.id(of: "("); closeParen = vocabulary.id(of: ")")
        according = vocabulary.id(of: "according"); quote = vocabulary.id(of: "\"")
        since = vocabulary.id(of: "since"); that = vocabulary.id(of: "that"); for_ = vocabulary.id(of: "for")
        where_ = vocabulary.id(of: "where"); when = vocabulary.id(of: "when"); led = vocabulary.id(of: "led")
    }

    @inline(__always)
    subscript(_ id: Int32) -> Class { id >= 0 && Int(id) < classes.count ? classes[Int(id)] : [] }
}
