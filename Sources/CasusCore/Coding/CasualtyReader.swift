/// Reads the people killed and injured that a sentence reports.
///
/// "killed at least 12 people", "two soldiers were wounded", "the death toll rose to 40",
/// "caused no injuries" (0), "dozens were injured" (24, approximate). A number counts only next
/// to a casualty word and a word for people, so ages, dates and distances ("1.5km") never do.
struct CasualtyReader {
    struct Counts: Equatable {
        var fatalities: Int?
        var injuries: Int?
        var approximate = false
    }

    static let deathWords: Set<String> = ["killed", "killing", "dead", "died", "deaths", "death", "kills", "slain", "lives"]
    static let injuryWords: Set<String> = ["wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "wounds"]
    static let peopleWords: Set<String> = [
        "people", "persons", "person", "civilians", "civilian", "soldiers", "soldier", "troops", "police", "policemen",
        "officers", "officer", "members", "fighters", "militants", "children", "women", "men", "others", "insurgents",
        "residents", "villagers", "personnel", "workers", "guards", "rebels", "gunmen", "passengers", "protesters",
        "demonstrators", "students", "worshippers", "migrants", "refugees", "staff", "crew", "sailors", "pilgrims",
        "journalists", "attackers", "servicemen", "of", "security", "peacekeepers", "family",
    ]
    static let singularPeople: Set<String> = ["member", "soldier", "civilian", "policeman", "officer", "child", "woman", "man",
                                              "resident", "fighter", "journalist", "worker", "guard", "commander", "boy", "girl", "person"]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    static let vague: [String: Int] = ["dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "several": 3]

    /// Counts in the sentence whose lower-cased words are given.
    func read(_ words: [String]) -> Counts {
        var counts = Counts()
        let n = words.count
        func number(at k: Int) -> (Int, Bool)? {
            guard k >= 0, k < n else { return nil }
            let w = words[k]
            if let v = Int(w.filter { $0 != "," }), v < 1_000_000, !w.contains(".") { return (v, false) }
            if let v = Self.numberWords[w] { return (v, false) }
            if let v = Self.vague[w] { return (v, true) }
            return nil
        }
        func set(_ death: Bool, _ value: (Int, Bool)) {
            if death { if counts.fatalities == nil { counts.fatalities = value.0 } } else if counts.injuries == nil { counts.injuries = value.0 }
            if value.1 { counts.approximate = true }
        }
        for k in 0..<n {
            let w = words[k]
            // "no casualties": nobody killed or hurt.
            if (w == "casualties" || w == "casualty"), k >= 1, words[k - 1] == "no" || (k >= 2 && words[k - 2] == "no") {
                set(true, (0, false)); set(false, (0, false)); continue
            }
            let death = Self.deathWords.contains(w)
            guard death || Self.injuryWords.contains(w) else { continue }
            // "no one was killed", "caused no injuries", "no casualties".
            if (k >= 1 && words[k - 1] == "no") || (k >= 3 && words[k - 3] == "no" && words[k - 2] == "one") || (k >= 2 && words[k - 2] == "no") {
                set(death, (0, false)); continue
            }
            // "killed at least 12 people", "wounding 33 others".
            var j = k + 1
            while j < n, ["at", "least", "more", "than", "some", "about", "nearly", "around", "up", "to", "a", "an", "another", "over", "almost", "roughly", "estimated"].contains(words[j]), j - k < 5 { j += 1 }
            if let value = number(at: j), j + 1 >= n || Self.peopleWords.contains(words[j + 1]) || !(words[j + 1].first?.isLetter ?? false) || words[j + 1].hasSuffix("s") {
                set(death, value); continue
            }
            // "killed a member of Hezbollah", "wounding a policeman": one person.
            if k + 2 < n, words[k + 1] == "a" || words[k + 1] == "an", Self.singularPeople.contains(words[k + 2]) {
                set(death, (1, false)); continue
            }
            // "two soldiers were wounded", "68 people dead".
            var b = k - 1
            while b >= 0, k - b <= 5 {
                if let value = number(at: b), b + 1 < n, b + 1 == k || Self.peopleWords.contains(words[b + 1]) || ["were", "was", "have", "had", "been", "are"].contains(words[b + 1]) {
                    set(death, value); break
                }
                if [",", ".", ";", "and", "but"].contains(words[b]) { break }
                b -= 1
            }
        }
        // "the death toll rose to 40".
        if counts.fatalities == nil, let t = words.firstIndex(of: "toll"), t > 0, words[t - 1] == "death" {
            for j in (t + 1)..<min(n, t + 6) { if let value = number(at: j) { set(true, value); break } }
        }
        return counts
    }
}
