/// Removes personal identifiers from complaint summaries before publication (UU 27/2022 on personal
/// data): e-mail addresses, 16-digit NIK numbers and phone numbers, each replaced by a marker. What it
/// catches and what it does not (names, for one) is listed in docs/data.md.
///
/// A hand-written scanner rather than regular expressions: every published complaint passes through
/// it, and a scan of a short summary costs well under a microsecond (Swift `Regex` took tens).
public struct SummaryScrubber: Sendable {
    /// What was removed from one text.
    public struct Counts: Sendable, Hashable, Codable {
        public var phoneNumbers = 0
        public var emailAddresses = 0
        public var nikNumbers = 0

        public init() {}

        public var total: Int { phoneNumbers + emailAddresses + nikNumbers }

        public static func + (a: Counts, b: Counts) -> Counts {
            var sum = a
            sum.phoneNumbers += b.phoneNumbers
            sum.emailAddresses += b.emailAddresses
            sum.nikNumbers += b.nikNumbers
            return sum
        }
    }

    public static let phoneMarker = "[nomor telepon]"
    public static let emailMarker = "[alamat surel]"
    public static let nikMarker = "[NIK]"

    public init() {}

    /// `text` without identifiers, and how many of each were removed.
    public func scrub(_ text: String) -> (text: String, counts: Counts) {
        // Most summaries hold no digit, no @, no bracket, nothing beyond ASCII and no spelled-out " at ":
        // nothing to look at.
        guard SummaryScrubber.isWorthScanning(text) else { return (text, Counts()) }
        let scalars = Array(text.unicodeScalars)
        var counts = Counts()
        let emails = EmailScanner(scalars).addresses()
        counts.emailAddresses = emails.count
        var replacements = emails.map { ($0, SummaryScrubber.emailMarker) }
        for (range, isNIK) in NumberScanner(scalars, avoiding: emails).identifiers() {
            if isNIK { counts.nikNumbers += 1 } else { counts.phoneNumbers += 1 }
            replacements.append((range, isNIK ? SummaryScrubber.nikMarker : SummaryScrubber.phoneMarker))
        }
        guard !replacements.isEmpty else { return (text, counts) }
        var result = String.UnicodeScalarView()
        var position = 0
        for (range, marker) in replacements.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) where range.lowerBound >= position {
            result.append(contentsOf: scalars[position..<range.lowerBound])
            result.append(contentsOf: marker.unicodeScalars)
            position = range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return (String(result), counts)
    }
}

extension SummaryScrubber {
    static func isWorthScanning(_ text: String) -> Bool {
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case 0x30...0x39, 0x40, 0x5B, 0x28, 0x7B, 0x3C, 0x80...0xFF: return true
                case 0x20 where index + 3 < bytes.count && bytes[index + 1] | 0x20 == 0x61 && bytes[index + 2] | 0x20 == 0x74 && bytes[index + 3] == 0x20:
                    return true  // " at "
                default: continue
                }
            }
            return false
        }
        var text = text
        return text.withUTF8(scan)
    }
}

/// E-mail addresses, also as people write them to dodge filters: `nama [at] domain [dot] id`,
/// `nama(at)domain.id`, `nama @ domain.id`, `nama at domain dot com`.
struct EmailScanner {
    let s: [Unicode.Scalar]

    init(_ scalars: [Unicode.Scalar]) { s = scalars }

    func addresses() -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < s.count {
            guard let at = token(at: index, words: ["at", "@"]) else { index += 1; continue }
            var start = index
            while start > (found.last?.upperBound ?? 0), isLocal(s[start - 1]) { start -= 1 }
            if start < index, let end = domainEnd(from: at.upperBound) {
                found.append(start..<end)
                index = end
            } else {
                index = at.upperBound
            }
        }
        return found
    }

    /// The end of a domain of two or more labels joined by dots (or spelled-out dots), the last of two
    /// or more letters.
    func domainEnd(from position: Int) -> Int? {
        var cursor = position
        var labels = 0
        var ends: [(end: Int, label: Range<Int>)] = []
        while true {
            let labelStart = cursor
            while cursor < s.count, isLabel(s[cursor]) { cursor += 1 }
            guard cursor > labelStart else { break }
            labels += 1
            if labels >= 2 { ends.append((cursor, labelStart..<cursor)) }
            guard let dot = token(at: cursor, words: ["dot", "."]), dot.upperBound < s.count, isLabel(s[dot.upperBound]) else { break }
            cursor = dot.upperBound
        }
        // The longest run of labels whose last label is all letters, two or more.
        return ends.reversed().first { $0.label.count >= 2 && s[$0.label].allSatisfy(\.isASCIILetter) }?.end
    }

    /// An at- or dot-token at `position`: the symbol itself (spaces around it allowed), the word in
    /// brackets (`[at]`, `(dot)`, `{at}`, `<at>`), or the bare word between spaces.
    func token(at position: Int, words: [String]) -> Range<Int>? {
        let word = words[0], symbol = words[1].unicodeScalars.first ?? "@"
        var cursor = position
        while cursor < s.count, s[cursor] == " " { cursor += 1 }
        let leadingSpaces = cursor - position
        guard cursor < s.count else { return nil }
        if s[cursor] == symbol {
            // A dot must sit between labels without spaces; an @ may have spaces around it.
            if symbol == ".", leadingSpaces > 0 { return nil }
            var end = cursor + 1
            if symbol == "@" { while end < s.count, s[end] == " " { end += 1 } }
            return position..<end
        }
        for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")] where s[cursor] == open.unicodeScalars.first {
            var inner = cursor + 1
            while inner < s.count, s[inner] == " " { inner += 1 }
            if matches(word, at: inner) || (inner < s.count && s[inner] == symbol && word == "at") || (inner < s.count && s[inner] == symbol && word == "dot") {
                var end = inner + (s[inner] == symbol ? 1 : word.unicodeScalars.count)
                while end < s.count, s[end] == " " { end += 1 }
                guard end < s.count, s[end] == close.unicodeScalars.first else { return nil }
                end += 1
                while end < s.count, s[end] == " " { end += 1 }
                return position..<end
            }
        }
        // The bare word needs a space on both sides: "nama at domain dot id".
        if leadingSpaces > 0, matches(word, at: cursor), cursor + word.unicodeScalars.count < s.count, s[cursor + word.unicodeScalars.count] == " " {
            var end = cursor + word.unicodeScalars.count
            while end < s.count, s[end] == " " { end += 1 }
            return position..<end
        }
        return nil
    }

    func matches(_ word: String, at position: Int) -> Bool {
        let letters = Array(word.unicodeScalars)
        guard position + letters.count <= s.count else { return false }
        return zip(s[position..<(position + letters.count)], letters).allSatisfy { a, b in
            a == b || (a.isASCIILetter && Unicode.Scalar(a.value | 0x20) == b)
        }
    }

    func isLocal(_ c: Unicode.Scalar) -> Bool { c.isASCIIAlphanumeric || "._%+-".unicodeScalars.contains(c) }
    func isLabel(_ c: Unicode.Scalar) -> Bool { c.isASCIIAlphanumeric || c == "-" }
}

/// Phone numbers and NIK in runs of digits and separators. Digits may be any script's (full-width,
/// Arabic-Indic); separators are spaces, dots, dashes, slashes and brackets. A run can hold several
/// numbers ("kios 12 0812…", "0812… / 0857…"), so candidates are looked for group by group.
struct NumberScanner {
    let s: [Unicode.Scalar]
    let taken: [Range<Int>]

    init(_ scalars: [Unicode.Scalar], avoiding taken: [Range<Int>]) {
        s = scalars
        self.taken = taken
    }

    /// A group: a maximal sequence of digits, with its digits in ASCII.
    struct Group {
        let range: Range<Int>
        let digits: [UInt8]
        /// Separator scalars between the previous group and this one.
        let before: [Unicode.Scalar]
    }

    static func digit(_ c: Unicode.Scalar) -> UInt8? {
        guard c.properties.numericType == .decimal, let value = c.properties.numericValue, value >= 0, value <= 9 else { return nil }
        return UInt8(value)
    }

    static func isSeparator(_ c: Unicode.Scalar) -> Bool { " .-/()+".unicodeScalars.contains(c) }

    /// Every identifier found: its range in the text, and whether it is a NIK (else a phone number).
    func identifiers() -> [(Range<Int>, Bool)] {
        var found: [(Range<Int>, Bool)] = []
        for run in runs() {
            var start = 0
            while start < run.count {
                if let (end, isNIK) = match(run, from: start) {
                    var lower = run[start].range.lowerBound
                    let upper = run[end].range.upperBound
                    // A leading "+" belongs to the number, and a "(" whose ")" is inside it: "(0261) 555-0100".
                    if lower > 0, s[lower - 1] == "+" { lower -= 1 }
                    if lower > 0, s[lower - 1] == "(", s[lower..<upper].contains(")") { lower -= 1 }
                    found.append((lower..<upper, isNIK))
                    start = end + 1
                } else {
                    start += 1
                }
            }
        }
        return found
    }

    /// The identifier starting at group `start`: a NIK (16 digits in one group, or in up to five groups
    /// such as 3201.0101.0101.0003), or a phone number (9–14 digits from a 0, 62 or +62; 9–12 from an 8
    /// without its 0). The longest match wins.
    func match(_ run: [Group], from start: Int) -> (end: Int, isNIK: Bool)? {
        let first = run[start].digits
        if first.count > 16 { return nil }
        var total = 0, best: (Int, Bool)?
        let plus = run[start].before.last == "+"
        let prefix: Int? = first.first == 0 ? 9 : (first.starts(with: [6, 2]) || plus) ? 9 : (first.first == 8 && first.count >= 3) ? 9 : nil
        let maximum = first.first == 8 && !plus ? 12 : 14
        for end in start..<min(run.count, start + 5) {
            if end > start, run[end].before.count > 3 { break }
            total += run[end].digits.count
            if total == 16, first.count >= 2 { best = (end, true) }
            if let minimum = prefix, (minimum...maximum).contains(total), best?.1 != true { best = (end, false) }
            if total > 16 { break }
        }
        guard let (end, isNIK) = best else { return nil }
        if !isNIK, first.first == 8, !plus, looksLikeThousands(run, start, end) { return nil }
        return (end, isNIK)
    }

    /// 850.000.000 is a price, not a phone number: groups of three after the first, joined by dots or commas.
    func looksLikeThousands(_ run: [Group], _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return false }
        return (start + 1...end).allSatisfy { run[$0].digits.count == 3 && (run[$0].before == ["."] || run[$0].before == [","]) }
    }

    /// Runs of digit groups separated by short separators, outside e-mail addresses and prices.
    func runs() -> [[Group]] {
        var runs: [[Group]] = []
        var current: [Group] = []
        var separator: [Unicode.Scalar] = []
        var index = 0
        func close() {
            if !current.isEmpty { runs.append(current) }
            current = []
            separator = []
        }
        while index < s.count {
            if let range = taken.first(where: { $0.contains(index) }) {
                close()
                index = range.upperBound
                continue
            }
            if Self.digit(s[index]) != nil {
                let start = index
                var digits: [UInt8] = []
                while index < s.count, let d = Self.digit(s[index]), !taken.contains(where: { $0.contains(index) }) {
                    digits.append(d)
                    index += 1
                }
                // A price: "Rp", "Rp.", "IDR" just before the number.
                if current.isEmpty, isAfterCurrency(start) {
                    while index < s.count, Self.digit(s[index]) != nil || s[index] == "." || s[index] == "," { index += 1 }
                    continue
                }
                current.append(Group(range: start..<index, digits: digits, before: separator))
                separator = []
            } else if Self.isSeparator(s[index]), !current.isEmpty || s[index] == "+" || s[index] == "(" {
                separator.append(s[index])
                if separator.count > 3 { close() }
                index += 1
            } else {
                close()
                index += 1
            }
        }
        close()
        return runs
    }

    func isAfterCurrency(_ position: Int) -> Bool {
        var cursor = position
        while cursor > 0, s[cursor - 1] == " " || s[cursor - 1] == "." { cursor -= 1 }
        let before = String(String.UnicodeScalarView(s[max(0, cursor - 3)..<cursor])).lowercased()
        return before.hasSuffix("rp") || before.hasSuffix("idr")
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    var isASCIIAlphanumeric: Bool { isASCIILetter || (value >= 0x30 && value <= 0x39) }
}
