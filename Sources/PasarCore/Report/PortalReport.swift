/// A market's place in the on-time ranking. Markets with too few decided complaints are shown but not ranked.
public enum Rank: Sendable, Hashable {
    /// Position among `of` ranked markets; equal shares share a position (1, 2, 2, 4).
    case ranked(Int, of: Int)
    case tooFewDecided(Int)
}

/// A category's standard at a market (or the regency): the one in force on the as-of day, and its history.
public struct CategoryStandard: Sendable {
    public let category: ComplaintCategory
    public let standard: ResponseStandard
    public let timeline: StandardTimeline

    init(_ category: ComplaintCategory, timeline: StandardTimeline, on day: CivilDate) {
        self.category = category
        self.timeline = timeline
        standard = timeline.standard(on: day)
    }
}

/// Everything published about one market.
public struct MarketReport: Sendable {
    public let market: Market
    /// The market's position in the report's market list (and in its group layout).
    public let position: Int
    /// The standard for each category (in force on the as-of day, and its history), in category order.
    public let standards: [CategoryStandard]
    public let statistics: ComplaintStatistics
    /// The market's figures per category id.
    public let byCategory: [String: ComplaintStatistics]
    public let rank: Rank
    /// Received and resolved in every month of `PortalReport.allMonths`; empty for a frozen moment.
    public let monthlySeries: [MonthlyCount]
    /// Resolved complaints by working days taken; empty for a frozen moment.
    public let resolutionBins: [ResolutionBinCount]
    /// The latest listable complaints, newest first; empty for a frozen moment.
    public let recent: [ListedComplaint]
}

/// Everything published about one category, across markets.
public struct CategoryReport: Sendable {
    public let category: ComplaintCategory
    /// The regency-wide standard for the category, in force on the as-of day.
    public var standard: ResponseStandard { standardHistory.standard }
    /// The regency-wide standard for the category, with its history.
    public let standardHistory: CategoryStandard
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
    /// Complaints with a time recorded after the as-of moment: not yet received then, or still open then.
    public let later: LaterRecords
    /// Times the default as-of moment left out because they cannot be real; nil when none was (or the moment was given).
    public let leftOut: LeftOutTimes?
    /// The newest few times after a quiet spell, with the complaints that have them: kept, named for an officer.
    public let quietSpell: (spell: QuietSpell, records: LaterRecords)?

    public init(recordsInDatabase: Int, counted: Int, receivedAfterAsOf: Int, entries: [DataQualityEntry], later: LaterRecords,
                leftOut: LeftOutTimes? = nil, quietSpell: (spell: QuietSpell, records: LaterRecords)? = nil) {
        self.recordsInDatabase = recordsInDatabase
        self.counted = counted
        self.receivedAfterAsOf = receivedAfterAsOf
        self.entries = entries
        self.later = later
        self.leftOut = leftOut
        self.quietSpell = quietSpell
    }

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
    /// How every record was used; nil for a frozen moment, which publishes figures only.
    public let dataQualityIfKnown: DataQualityReport?
    /// Counted complaints whose working-day figures reach outside the holiday list's period.
    public let complaintsOutsideCalendar: Int
    public let rankingThreshold: Int
    /// Every month from the first complaint's to the as-of month, for the full monthly series.
    public let allMonths: [YearMonth]
    /// The regency's received and resolved in each of `allMonths`.
    public let regencySeries: [MonthlyCount]
    /// The satisfaction survey's results; nil when the database has no survey.
    public let satisfaction: SatisfactionReport?
    /// Recurring problems by market × category; nil for a frozen moment.
    public let recurrence: RecurrenceReport?

    /// How every record was used (empty for a frozen moment).
    public var dataQuality: DataQualityReport {
        dataQualityIfKnown ?? DataQualityReport(recordsInDatabase: 0, counted: 0, receivedAfterAsOf: 0, entries: [], later: LaterRecords(after: asOf))
    }

    /// Assembles the report from the figures of every group. `markets` and `categories` keep their
    /// order on the pages; `recent` is indexed like `markets` (empty for a frozen moment).
    init(
        _ figures: MomentFigures, markets: [Market], categories: [ComplaintCategory], standards: ResponseStandards,
        rankingThreshold: Int, recent: [[ListedComplaint]], dataQuality: DataQualityReport?, satisfaction: SatisfactionReport?,
        recurrence: RecurrenceReport? = nil
    ) {
        let layout = figures.layout
        let statistics = figures.statistics
        let marketStatistics = markets.indices.map { statistics[layout.market($0)] }
        let ranks = PortalReport.rank(marketStatistics.map(\.withinStandard), threshold: rankingThreshold)
        let day = figures.asOf.wibDate
        self.markets = markets.indices.map { m in
            let market = markets[m]
            return MarketReport(
                market: market, position: m,
                standards: categories.map { CategoryStandard($0, timeline: standards.timeline(market: market.id, category: $0.id), on: day) },
                statistics: marketStatistics[m],
                byCategory: Dictionary(uniqueKeysWithValues: categories.indices.map { (categories[$0].id, statistics[layout.pair(m, $0)]) }),
                rank: ranks[m],
                monthlySeries: figures.marketSeries.indices.contains(m) ? figures.marketSeries[m] : [],
                resolutionBins: figures.resolutionBins.indices.contains(m) ? figures.resolutionBins[m] : [],
                recent: recent.indices.contains(m) ? recent[m] : [])
        }
        self.categories = categories.indices.map { c in
            CategoryReport(
                category: categories[c],
                standardHistory: CategoryStandard(categories[c], timeline: standards.timeline(market: nil, category: categories[c].id), on: day),
                statistics: statistics[layout.category(c)],
                byMarket: Dictionary(uniqueKeysWithValues: markets.indices.map { (markets[$0].id, statistics[layout.pair($0, c)]) }))
        }
        unknownMarket = statistics[GroupLayout.unknownMarket]
        regency = statistics[GroupLayout.regency]
        asOf = figures.asOf
        months = figures.asOf.wibDate.yearMonth.lastMonths(12)
        self.rankingThreshold = rankingThreshold
        firstReceived = figures.firstReceived
        regencySeries = figures.regencySeries ?? []
        allMonths = regencySeries.map(\.month)
        complaintsOutsideCalendar = figures.complaintsOutsideCalendar
        self.satisfaction = satisfaction
        self.recurrence = recurrence
        dataQualityIfKnown = dataQuality
    }

    /// Computes every figure from a list of complaints (for tests and small tools; a build streams
    /// complaints through `ComplaintIntake` instead).
    public init(
        markets: [Market], categories: [ComplaintCategory], complaints: [Complaint],
        standards: ResponseStandards, calendar: WorkingCalendar, asOf: Timestamp, rankingThreshold: Int,
        satisfaction: [SatisfactionResponse]? = nil
    ) {
        var intake = ComplaintIntake(markets: markets, categories: categories, standards: standards, calendar: calendar, asOf: asOf)
        for complaint in complaints { _ = intake.add(complaint) }
        self = intake.report(standards: standards, rankingThreshold: rankingThreshold, satisfaction: satisfaction)
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
