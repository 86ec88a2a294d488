/// An exact non-negative rational number. Medians, percentiles, means and shares are kept exact and
/// rounded only when shown, so that a half is always rounded the same way a reader's spreadsheet would
/// (half away from zero) instead of depending on binary floating point.
public struct Fraction: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64 = 1) {
        precondition(denominator > 0, "a fraction needs a positive denominator")
        let divisor = Fraction.gcd(Swift.abs(numerator), denominator)
        self.numerator = numerator / max(divisor, 1)
        self.denominator = denominator / max(divisor, 1)
    }

    /// Parses locale-free decimal text such as `97.5` or `-3` (as written in the data files).
    public init?(decimalText text: String) {
        let negative = text.hasPrefix("-")
        let digits = negative ? text.dropFirst() : Substring(text)
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || !parts[1].isEmpty, let whole = Int64(parts.joined()) else { return nil }
        var scale: Int64 = 1
        for _ in 0..<(parts.count == 2 ? parts[1].count : 0) { scale *= 10 }
        self.init(negative ? -whole : whole, scale)
    }

    /// This value divided by a positive whole number, e.g. seconds → hours with 3600.
    public func divided(by divisor: Int64) -> Fraction { Fraction(numerator, denominator * divisor) }

    /// The value rounded half away from zero to `places` decimals, as an integer of that many
    /// hundredths/tenths (e.g. 97.45 with 1 place → 975).
    public func scaledRounded(places: Int) -> Int64 {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = numerator * scale
        let magnitude = (2 * Swift.abs(scaled) + denominator) / (2 * denominator)
        return scaled < 0 ? -magnitude : magnitude
    }

    /// Locale-free decimal text with exactly `places` decimals, e.g. `97.5`; for CSV and JSON.
    public func decimalText(places: Int) -> String {
        DecimalText.format(scaledRounded(places: places), places: places, decimalSeparator: ".", groupSeparator: nil)
    }

    /// The nearest `Double`, for JSON numbers (rounded to `places` first so the JSON equals the CSV).
    public func rounded(places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return Double(scaledRounded(places: places)) / scale
    }

    public var description: String { "\(numerator)/\(denominator)" }

    public static func < (lhs: Fraction, rhs: Fraction) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}

/// Writes a scaled integer (e.g. 12345 with 1 place) as decimal text with chosen separators.
public enum DecimalText {
    public static func format(_ scaled: Int64, places: Int, decimalSeparator: String, groupSeparator: String?) -> String {
        let negative = scaled < 0
        var digits = String(Swift.abs(scaled))
        if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
        let integerPart = String(digits.dropLast(places))
        let fractionPart = String(digits.suffix(places))
        var grouped = integerPart
        if let groupSeparator, integerPart.count > 3 {
            var groups: [Substring] = []
            var end = integerPart.endIndex
            while end > integerPart.startIndex {
                let start = integerPart.index(end, offsetBy: -3, limitedBy: integerPart.startIndex) ?? integerPart.startIndex
                groups.insert(integerPart[start..<end], at: 0)
                end = start
            }
            grouped = groups.joined(separator: groupSeparator)
        }
        let text = places > 0 ? grouped + decimalSeparator + fractionPart : grouped
        return negative ? "-" + text : text
    }
}
