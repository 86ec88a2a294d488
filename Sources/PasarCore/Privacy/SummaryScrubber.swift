/// Removes personal identifiers from complaint summaries before publication (UU 27/2022 on personal
/// data): e-mail addresses, 16-digit NIK numbers and phone numbers, each replaced by a marker.
///
/// Not `Sendable`: `Regex` compiles itself lazily on first use without a lock, so each renderer makes
/// its own scrubber instead of sharing one across threads.
public struct SummaryScrubber {
    /// What was removed from one text.
    public struct Counts: Sendable, Hashable {
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

    // Parsed once per scrubber: a regex literal inside a function is parsed again on every call.
    private let email = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}/#
    /// Runs of digits with the separators people type in numbers: spaces, dots, dashes, brackets.
    private let digitRun = #/\+?\(?\d[\d .\-()]*\d/#

    public init() {}

    /// `text` without identifiers, and how many of each were removed.
    public func scrub(_ text: String) -> (text: String, counts: Counts) {
        var counts = Counts()
        var result = text
        result = result.replacing(email) { _ in
            counts.emailAddresses += 1
            return SummaryScrubber.emailMarker
        }
        result = result.replacing(digitRun) { match in
            let digits = match.output.filter(\.isNumber).count
            let text = String(match.output)
            if digits == 16 {
                counts.nikNumbers += 1
                return SummaryScrubber.nikMarker
            }
            let local = text.hasPrefix("0") || text.hasPrefix("+62") || text.hasPrefix("62") || text.hasPrefix("(0")
            if local, (9...14).contains(digits) {
                counts.phoneNumbers += 1
                return SummaryScrubber.phoneMarker
            }
            return text
        }
        return (result, counts)
    }
}
