/// How the groups that figures are published for are numbered: the whole regency, complaints naming
/// an unknown market, each market, each category, and each market's category. Every complaint
/// belongs to at most four of them, so grouping is a constant amount of work per complaint.
public struct GroupLayout: Sendable, Hashable {
    public let markets: Int
    public let categories: Int

    public init(markets: Int, categories: Int) {
        self.markets = markets
        self.categories = categories
    }

    public static let regency = 0
    public static let unknownMarket = 1

    public var count: Int { 2 + markets + categories + markets * categories }
    public func market(_ m: Int) -> Int { 2 + m }
    public func category(_ c: Int) -> Int { 2 + markets + c }
    /// A market's categories are numbered one after another, so a market's samples are contiguous.
    public func pair(_ m: Int, _ c: Int) -> Int { 2 + markets + categories + m * categories + c }

    /// The groups a complaint at market `m` (nil: unknown) in category `c` (nil: unknown) belongs to.
    func groups(market m: Int?, category c: Int?) -> (Int, Int, Int?, Int?) {
        let marketGroup = m.map(market) ?? GroupLayout.unknownMarket
        guard let c else { return (GroupLayout.regency, marketGroup, nil, nil) }
        return (GroupLayout.regency, marketGroup, category(c), m.map { pair($0, c) })
    }
}

/// Resolved complaints of a market that took a range of working days, by outcome.
public struct ResolutionBinCount: Sendable, Hashable {
    public let days: ClosedRange<Int>
    public let within: Int
    public let late: Int

    /// Bins of 0, 1, 2, 3, 4, 5, 6–10, 11–20 and over 20 working days.
    public static let ranges: [ClosedRange<Int>] = [0...0, 1...1, 2...2, 3...3, 4...4, 5...5, 6...10, 11...20, 21...Int.max]

    static func bin(_ days: Int) -> Int {
        ranges.firstIndex { $0.contains(days) } ?? ranges.count - 1
    }
}
