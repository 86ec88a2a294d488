/// The complaint-response standard for one category at one market: first response and resolution limits.
public struct ResponseStandard: Sendable, Hashable {
    public var firstResponse: ResponseTime
    public var resolution: ResponseTime

    public init(firstResponse: ResponseTime, resolution: ResponseTime) {
        self.firstResponse = firstResponse
        self.resolution = resolution
    }
}

/// What one version of a standard document declares: a default and per-category limits, either of
/// which may be left out.
public struct ResponseStandardTable: Sendable, Hashable {
    /// One row of the table; a missing limit is inherited (see `ResponseStandards`).
    public struct Entry: Sendable, Hashable {
        public var firstResponse: ResponseTime?
        public var resolution: ResponseTime?

        public init(firstResponse: ResponseTime? = nil, resolution: ResponseTime? = nil) {
            self.firstResponse = firstResponse
            self.resolution = resolution
        }
    }

    public var defaultEntry: Entry
    public var categories: [String: Entry]

    public init(defaultEntry: Entry = Entry(), categories: [String: Entry] = [:]) {
        self.defaultEntry = defaultEntry
        self.categories = categories
    }

    /// The default first, then the categories by id: the order messages and pages list them in.
    public var entries: [(key: String, entry: Entry)] {
        [("default", defaultEntry)] + categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// A standard document's tables over time: each version with the day it takes effect. A complaint
/// is judged by the version in force on the day it was received (WIB).
public struct StandardHistory: Sendable, Hashable {
    /// One version of the table.
    public struct Version: Sendable, Hashable {
        /// The first day the version applies; nil for the oldest version when it has no date (from the beginning).
        public var effective: CivilDate?
        public var table: ResponseStandardTable

        public init(effective: CivilDate?, table: ResponseStandardTable) {
            self.effective = effective
            self.table = table
        }
    }

    /// Oldest first. Only the first may lack a date; the dates rise strictly.
    public let versions: [Version]

    /// Versions in any order; nil when two share a day or more than one has no date.
    public init?(_ versions: [Version]) {
        let sorted = versions.sorted { ($0.effective?.dayNumber ?? .min) < ($1.effective?.dayNumber ?? .min) }
        guard !sorted.isEmpty else { return nil }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            guard let laterDay = later.effective, earlier.effective.map({ $0 < laterDay }) ?? true else { return nil }
        }
        self.versions = sorted
    }

    /// One version that applies from the beginning: a document without dates.
    public init(_ table: ResponseStandardTable) {
        versions = [Version(effective: nil, table: table)]
    }

    /// The version in force on `day`; nil before the oldest version's date.
    public func table(on day: CivilDate) -> ResponseStandardTable? {
        versions.last { $0.effective.map { $0 <= day } ?? true }?.table
    }

    /// The first day of the oldest version; nil when it applies from the beginning.
    public var start: CivilDate? { versions[0].effective }

    /// The days on which a version takes effect, oldest first.
    public var changeDays: [CivilDate] { versions.compactMap(\.effective) }
}

/// The standard for one market (or the regency) and category over time: the periods in which it was
/// the same, oldest first. Made from both documents' histories, so a change in either starts a period.
public struct StandardTimeline: Sendable, Hashable {
    /// One period of an unchanged standard.
    public struct Period: Sendable, Hashable {
        /// The first day; nil for the first period (from the beginning).
        public let from: CivilDate?
        public let standard: ResponseStandard
    }

    /// Never empty; neighbouring periods differ.
    public let periods: [Period]

    /// The standard in force on `day`.
    public func standard(on day: CivilDate) -> ResponseStandard {
        (periods.last { $0.from.map { $0 <= day } ?? true } ?? periods[0]).standard
    }

    /// The periods that had begun by `day` (those with a later start are announced, not yet in force).
    public func periods(through day: CivilDate) -> [Period] {
        periods.filter { $0.from.map { $0 <= day } ?? true }
    }

    /// True when the standard changed at least once.
    public var hasChanged: Bool { periods.count > 1 }
}

/// The regency-wide history and each market's own history, resolved into one standard per market,
/// category and day.
///
/// A limit is looked up in this order, in the versions in force that day; the first that is set wins:
/// the market's entry for the category, the market's default, the regency's entry for the category,
/// the regency's default. Every regency version must set both default limits, so every lookup succeeds.
public struct ResponseStandards: Sendable {
    public let regency: StandardHistory
    public let markets: [String: StandardHistory]

    /// Fails when a regency version's default leaves a limit unset.
    public init?(regency: StandardHistory, markets: [String: StandardHistory]) {
        guard regency.versions.allSatisfy({ $0.table.defaultEntry.firstResponse != nil && $0.table.defaultEntry.resolution != nil })
        else { return nil }
        self.regency = regency
        self.markets = markets
    }

    /// Documents without dates: one version each, from the beginning.
    public init?(regency: ResponseStandardTable, markets: [String: ResponseStandardTable]) {
        self.init(regency: StandardHistory(regency), markets: markets.mapValues(StandardHistory.init))
    }

    /// The standard that applies at `marketID` (nil: the regency's) for `categoryID` on `day`.
    ///
    /// Before a market document's oldest date the market has no table of its own (the regency's
    /// applies); before the regency's oldest date its oldest version applies, as there is no other.
    public func standard(market marketID: String?, category categoryID: String, on day: CivilDate) -> ResponseStandard {
        let regencyTable = regency.table(on: day) ?? regency.versions[0].table
        let marketTable = marketID.flatMap { markets[$0]?.table(on: day) }
        let chain = [marketTable?.categories[categoryID], marketTable?.defaultEntry, regencyTable.categories[categoryID], regencyTable.defaultEntry]
            .compactMap { $0 }
        // The regency default sets both limits (checked in `init`), so the fallbacks are never used.
        return ResponseStandard(
            firstResponse: chain.lazy.compactMap(\.firstResponse).first ?? ResponseTime(amount: 1, unit: .hariKerja),
            resolution: chain.lazy.compactMap(\.resolution).first ?? ResponseTime(amount: 1, unit: .hariKerja))
    }

    /// The standard for `marketID` (nil: the regency's) and `categoryID` across every change of either document.
    public func timeline(market marketID: String?, category categoryID: String) -> StandardTimeline {
        let start = regency.start
        let days = Set(regency.changeDays.dropFirst(start == nil ? 0 : 1) + (marketID.flatMap { markets[$0]?.changeDays } ?? [])).sorted()
        let probe = (days.first ?? start ?? CivilDate(dayNumber: 1)).adding(days: -1)
        // The first period starts with the regency's oldest version; a market date before it makes it "from the beginning".
        let firstDay = start.flatMap { start in days.first.map { $0 < start } ?? false ? nil : start }
        var periods = [StandardTimeline.Period(from: firstDay, standard: standard(market: marketID, category: categoryID, on: probe))]
        for day in days {
            let standard = standard(market: marketID, category: categoryID, on: day)
            if standard != periods[periods.count - 1].standard { periods.append(.init(from: day, standard: standard)) }
        }
        return StandardTimeline(periods: periods)
    }
}
