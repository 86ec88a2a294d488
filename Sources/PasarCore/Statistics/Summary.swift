/// Count, median, 90th percentile and mean of whole-number samples (seconds or working days), exact.
public struct Summary: Sendable, Hashable {
    public let count: Int
    public let median: Fraction
    public let p90: Fraction
    public let mean: Fraction

    /// Nil for no samples.
    public init?(_ samples: [Int64]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        median = Summary.percentile(sorted, percent: 50)
        p90 = Summary.percentile(sorted, percent: 90)
        mean = Fraction(sorted.reduce(0, +), Int64(sorted.count))
    }

    /// Linear interpolation between closest ranks, as spreadsheet PERCENTILE.INC and NumPy's default:
    /// rank h = (n − 1)·p, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). `sorted` must be ascending.
    public static func percentile(_ sorted: [Int64], percent: Int64) -> Fraction {
        precondition(!sorted.isEmpty && (0...100).contains(percent))
        let scaledRank = Int64(sorted.count - 1) * percent  // h × 100
        let lower = Int(scaledRank / 100)
        let remainder = scaledRank % 100                   // (h − ⌊h⌋) × 100
        guard remainder > 0 else { return Fraction(sorted[lower]) }
        return Fraction(100 * sorted[lower] + remainder * (sorted[lower + 1] - sorted[lower]), 100)
    }
}

/// A part of a whole, always shown with both numbers ("42 dari 50").
public struct Share: Sendable, Hashable {
    public let numerator: Int
    public let denominator: Int

    public init(_ numerator: Int, of denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// The percentage as an exact fraction; nil when the denominator is 0.
    public var percent: Fraction? {
        denominator > 0 ? Fraction(Int64(numerator) * 100, Int64(denominator)) : nil
    }
}
