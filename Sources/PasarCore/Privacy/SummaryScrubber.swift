/// Removes personal identifiers from complaint summaries before publication (UU 27/2022 on personal
/// data): e-mail addresses, 16-digit NIK numbers and phone numbers, each replaced by a marker.
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
        // Most summaries hold neither a digit nor an @ (nor anything beyond ASCII): nothing to look at.
        func worthScanning(_ byte: UInt8) -> Bool { (byte >= 0x30 && byte <= 0x39) || byte == 0x40 || byte >= 0x80 }
        let worth = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: worthScanning) } ?? text.utf8.contains(where: worthScanning)
        guard worth else { return (text, Counts()) }
        var counts = Counts()
        let scalars = Array(text.unicodeScalars)
        var replacements = emailAddresses(in: scalars).map { ($0, SummaryScrubber.emailMarker) }
        counts.emailAddresses = replacements.count
        for run in digitRuns(in: scalars, avoiding: replacements.map(\.0)) {
            let digits = scalars[run].count { $0.properties.numericType == .decimal }
            let head = String(String.UnicodeScalarView(scalars[run].prefix(3)))
            if digits == 16 {
                counts.nikNumbers += 1
                replacements.append((run, SummaryScrubber.nikMarker))
            } else if (9...14).contains(digits), head.hasPrefix("0") || head.hasPrefix("+62") || head.hasPrefix("62") || head.hasPrefix("(0") {
                counts.phoneNumbers += 1
                replacements.append((run, SummaryScrubber.phoneMarker))
            }
        }
        guard !replacements.isEmpty else { return (text, counts) }
        var result = String.UnicodeScalarView()
        var position = 0
        for (range, marker) in replacements.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            result.append(contentsOf: scalars[position..<range.lowerBound])
            result.append(contentsOf: marker.unicodeScalars)
            position = range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return (String(result), counts)
    }

    /// `local@domain.tld`: the local part is letters, digits and `._%+-`; the domain is labels of
    /// letters, digits and `-` joined by dots, ending in a label of two or more letters.
    func emailAddresses(in s: [Unicode.Scalar]) -> [Range<Int>] {
        func isLocal(_ c: Unicode.Scalar) -> Bool { c.isASCIIAlphanumeric || "._%+-".unicodeScalars.contains(c) }
        func isLabel(_ c: Unicode.Scalar) -> Bool { c.isASCIIAlphanumeric || c == "-" }
        var found: [Range<Int>] = []
        var index = 0
        while index < s.count {
            defer { index += 1 }
            guard s[index] == "@", found.last.map({ $0.upperBound <= index }) ?? true else { continue }
            var start = index
            while start > (found.last?.upperBound ?? 0), isLocal(s[start - 1]) { start -= 1 }
            guard start < index else { continue }
            // Labels after the @, then the longest run of them that ends in an all-letter label.
            var labels: [Range<Int>] = []
            var cursor = index + 1
            while true {
                let labelStart = cursor
                while cursor < s.count, isLabel(s[cursor]) { cursor += 1 }
                guard cursor > labelStart else { break }
                labels.append(labelStart..<cursor)
                guard cursor + 1 < s.count, s[cursor] == ".", isLabel(s[cursor + 1]) else { break }
                cursor += 1
            }
            guard let last = (1..<max(labels.count, 1)).reversed().first(where: { i in
                labels[i].count >= 2 && s[labels[i]].allSatisfy(\.isASCIILetter)
            }) else { continue }
            found.append(start..<labels[last].upperBound)
            index = labels[last].upperBound - 1
        }
        return found
    }

    /// Runs of digits with the separators people type in numbers (spaces, dots, dashes, brackets),
    /// from an optional `+` or `(` to the last digit; outside the given ranges.
    func digitRuns(in s: [Unicode.Scalar], avoiding taken: [Range<Int>]) -> [Range<Int>] {
        func isDigit(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
        func isSeparator(_ c: Unicode.Scalar) -> Bool { c == " " || c == "." || c == "-" || c == "(" || c == ")" }
        var runs: [Range<Int>] = []
        var index = 0
        while index < s.count {
            if let range = taken.first(where: { $0.contains(index) }) { index = range.upperBound; continue }
            var start = index
            var first = index
            if s[first] == "+" { first += 1 }
            if first < s.count, s[first] == "(" { first += 1 }
            guard first < s.count, isDigit(s[first]) else { index += 1; continue }
            var end = first + 1, lastDigit = first
            while end < s.count, isDigit(s[end]) || isSeparator(s[end]), !taken.contains(where: { $0.contains(end) }) {
                if isDigit(s[end]) { lastDigit = end }
                end += 1
            }
            if lastDigit > first {
                runs.append(start..<(lastDigit + 1))
                index = lastDigit + 1
            } else {
                start = first + 1
                index = start
            }
        }
        return runs
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
    var isASCIIAlphanumeric: Bool { isASCIILetter || (value >= 0x30 && value <= 0x39) }
}
