/// A market's place in the on-time ranking. Markets with too few decided complaints are shown but not ranked.
public enum Rank: Sendable, Hashable {
    /// Position among `of` ranked markets; equal shares share a position (1, 2, 2, 4).
    case ranked(Int, of: Int)
    case tooFewDecided(Int)
}

/// Everything published about one market.
public struct MarketReport: Sendable {
    public let market: Market
    /// The effective standard for each category, in category order.
    public let standards: [(category: ComplaintCategory, standard: ResponseStandard)]
    public let statistics: ComplaintStatistics
    /// The market's figures per category id.
    public let byCategory: [String: ComplaintStatistics]
    public let rank: Rank
}

/// Everything published about one category, across markets.
public struct CategoryReport: Sendable {
    public let category: ComplaintCategory
    /// The regency-wide standard for the category.
    public let standard: ResponseStandard
    public let statistics: ComplaintStatistics
    /// The category's figures per market id.
    public let byMarket: [String: ComplaintStatistics]
}

/// One complaint record with problems, for the data-quality report.
public struct DataQualityEntry: Sendable, Hashable {
    public let complaintID: String
    public let marketID: String
    public let problems: [RecordProblem]
    /// False for rahasia complaints (and unreadable confidentiality): listed as a count, not by id.
    public let mayBeListed: Bool
    public let isInTimeStatistics: Bool
}

/// How every record in the database was used: counted, counted with problems, or after the as-of moment.
public struct DataQualityReport: Sendable {
    /// Rows in the complaints table.
    public let recordsInDatabase: Int
    /// Complaints received up to the as-of moment (or with no usable received_at): counted in totals.
    public let counted: Int
    /// Complaints received after the as-of moment: in the database, not in these figures.
    public let receivedAfterAsOf: Int
    /// Counted complaints with at least one record problem, sorted by id.
    public let entries: [DataQualityEntry]

    /// Counted complaints left out of time statistics.
    public var excludedFromTimeStatistics: Int { entries.count { !$0.isInTimeStatistics } }

    /// How many counted complaints have each problem code, sorted by code.
    public var problemCounts: [(code: String, count: Int)] {
        var counts: [String: Int] = [:]
        for entry in entries { for code in Set(entry.problems.map(\.code)) { counts[code, default: 0] += 1 } }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The complete set of figures for one build, as of one moment.
public struct PortalReport: Sendable {
    public let asOf: Timestamp
    /// The day of the earliest counted complaint, the start of the period the totals cover.
    public let firstReceived: CivilDate?
    /// The twelve months of the monthly series, oldest first, ending with the as-of month.
    public let months: [YearMonth]
    public let regency: ComplaintStatistics
    public let markets: [MarketReport]
    public let categories: [CategoryReport]
    /// Complaints naming a market that is not in the markets table (counted in regency totals only).
    public let unknownMarket: ComplaintStatistics
    public let dataQuality: DataQualityReport
    /// Counted complaints whose working-day figures reach outside the holiday list's period.
    public let complaintsOutsideCalendar: Int
    public let rankingThreshold: Int
    /// Every counted complaint as of the as-of moment, sorted by id (for the complaint-level file).
    public let complaints: [ComplaintEvaluation]
    /// Every month from the first complaint's to the as-of month, for the full monthly series.
    public let allMonths: [YearMonth]
    /// The satisfaction survey's results; nil when the database has no survey.
    public let satisfaction: SatisfactionReport?

    /// Computes every figure. `markets` and `categories` keep their given order on the pages.
    public init(
        markets: [Market], categories: [ComplaintCategory], complaints: [Complaint],
        standards: ResponseStandards, calendar: WorkingCalendar, asOf: Timestamp, rankingThreshold: Int,
        satisfaction: [SatisfactionResponse]? = nil
    ) {
        let evaluator = ComplaintEvaluator(
            asOf: asOf, calendar: calendar, standards: standards,
            marketIDs: Set(markets.map(\.id)), categoryIDs: Set(categories.map(\.id)))
        let counted = complaints.filter { !evaluator.arrivesAfterAsOf($0) }
        let evaluations = counted.map(evaluator.evaluate)
        let months = asOf.wibDate.yearMonth.lastMonths(12)
        func statistics(_ group: [ComplaintEvaluation]) -> ComplaintStatistics { ComplaintStatistics(group, months: months) }

        let byMarket = Dictionary(grouping: evaluations, by: \.complaint.marketID)
        let byCategory = Dictionary(grouping: evaluations, by: \.complaint.categoryID)
        let byPair = Dictionary(grouping: evaluations) { MarketCategory(market: $0.complaint.marketID, category: $0.complaint.categoryID) }
        let pairStatistics = byPair.mapValues(statistics)
        let empty = statistics([])

        let marketStatistics = markets.map { statistics(byMarket[$0.id] ?? []) }
        let ranks = PortalReport.rank(marketStatistics.map(\.withinStandard), threshold: rankingThreshold)
        self.markets = markets.indices.map { i in
            let market = markets[i]
            return MarketReport(
                market: market,
                standards: categories.map { ($0, standards.standard(market: market.id, category: $0.id)) },
                statistics: marketStatistics[i],
                byCategory: Dictionary(uniqueKeysWithValues: categories.map {
                    ($0.id, pairStatistics[MarketCategory(market: market.id, category: $0.id)] ?? empty)
                }),
                rank: ranks[i])
        }
        self.categories = categories.map { category in
            CategoryReport(
                category: category,
                standard: standards.standard(market: nil, category: category.id),
                statistics: statistics(byCategory[category.id] ?? []),
                byMarket: Dictionary(uniqueKeysWithValues: markets.map {
                    ($0.id, pairStatistics[MarketCategory(market: $0.id, category: category.id)] ?? empty)
                }))
        }
        let knownMarkets = evaluator.marketIDs
        unknownMarket = statistics(evaluations.filter { !knownMarkets.contains($0.complaint.marketID) })
        regency = statistics(evaluations)
        self.asOf = asOf
        self.months = months
        self.rankingThreshold = rankingThreshold
        self.complaints = evaluations
        firstReceived = counted.compactMap(\.receivedAt.value).min()?.wibDate
        let lastMonth = asOf.wibDate.yearMonth
        let firstMonth = min(firstReceived?.yearMonth ?? lastMonth, lastMonth)
        allMonths = lastMonth.lastMonths(lastMonth.index - firstMonth.index + 1)
        complaintsOutsideCalendar = evaluations.count(where: \.usesDaysOutsideCalendar)
        self.satisfaction = satisfaction.map { SatisfactionReport($0, marketIDs: knownMarkets) }
        dataQuality = DataQualityReport(
            recordsInDatabase: complaints.count,
            counted: counted.count,
            receivedAfterAsOf: complaints.count - counted.count,
            entries: evaluations.filter { !$0.problems.isEmpty }
                .map {
                    DataQualityEntry(
                        complaintID: $0.complaint.id, marketID: $0.complaint.marketID, problems: $0.problems,
                        mayBeListed: $0.complaint.mayBeListed, isInTimeStatistics: $0.isInTimeStatistics)
                }
                .sorted { $0.complaintID < $1.complaintID })
    }

    /// Competition ranking ("1, 2, 2, 4") by on-time share, highest first, of the shares whose
    /// denominator reaches `threshold`.
    public static func rank(_ shares: [Share], threshold: Int) -> [Rank] {
        let eligible = shares.indices.filter { shares[$0].denominator >= threshold && shares[$0].denominator > 0 }
        return shares.indices.map { i in
            let share = shares[i]
            guard eligible.contains(i), let percent = share.percent else { return .tooFewDecided(share.denominator) }
            let better = eligible.count { j in shares[j].percent.map { $0 > percent } ?? false }
            return .ranked(better + 1, of: eligible.count)
        }
    }
}

private struct MarketCategory: Hashable {
    let market: String
    let category: String
}
