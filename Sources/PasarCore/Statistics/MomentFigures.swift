/// The figures of every group as of one moment, computed from the ledger in a few passes: one for
/// the counts, then one per kind of duration to gather samples group by group for the percentiles.
public struct MomentFigures: Sendable {
    public let asOf: Timestamp
    public let layout: GroupLayout
    /// Statistics by group number (see `GroupLayout`).
    public let statistics: [ComplaintStatistics]
    /// Complaints counted at this moment (received by then, or without a usable time of receipt).
    public let counted: Int
    /// The day of the earliest counted complaint.
    public let firstReceived: CivilDate?
    /// Counted complaints whose working-day figures reach outside the holiday list's period.
    public let complaintsOutsideCalendar: Int
    /// Every month from the first complaint's to the as-of month, with the regency's counts; nil unless detailed.
    public let regencySeries: [MonthlyCount]?
    /// The same series per market; empty unless detailed.
    public let marketSeries: [[MonthlyCount]]
    /// Resolution-time bins per market; empty unless detailed.
    public let resolutionBins: [[ResolutionBinCount]]
}

extension ComplaintLedger {
    /// The figures of every group as of `asOf`. `detailed` adds the full monthly series and the
    /// resolution bins that only today's pages show.
    public func figures(at asOf: Timestamp, layout: GroupLayout, detailed: Bool) -> MomentFigures {
        let window = asOf.wibDate.yearMonth.lastMonths(12)
        let lastMonth = asOf.wibDate.yearMonth
        let firstMonth = min(earliestReceived.map { $0.wibDate.yearMonth } ?? lastMonth, lastMonth)
        let monthCount = detailed ? lastMonth.index - firstMonth.index + 1 : 0
        var counts = [GroupCounts](repeating: GroupCounts(), count: layout.count)
        var windowCounts = [Int32](repeating: 0, count: layout.count * 12 * 2)
        var seriesCounts = [Int32](repeating: 0, count: (1 + layout.markets) * monthCount * 2)
        var bins = [Int32](repeating: 0, count: detailed ? layout.markets * ResolutionBinCount.ranges.count * 2 : 0)
        var counted = 0, outside = 0
        var earliest: Timestamp?

        let binCount = ResolutionBinCount.ranges.count
        for index in 0..<count {
            let facts = self[index]
            guard facts.isCounted(at: asOf) else { continue }
            let moment = facts.at(asOf)
            counted += 1
            if moment.usesDaysOutsideCalendar { outside += 1 }
            if let time = facts.received, earliest.map({ time < $0 }) ?? true { earliest = time }
            let receivedInWindow = moment.receivedMonth.map { $0.index - window[0].index }.flatMap { (0..<12).contains($0) ? $0 : nil }
            let resolvedInWindow = moment.resolvedMonth.map { $0.index - window[0].index }.flatMap { (0..<12).contains($0) ? $0 : nil }
            func add(to group: Int) {
                counts[group].add(facts, moment)
                if let k = receivedInWindow { windowCounts[(group * 12 + k) * 2] += 1 }
                if let k = resolvedInWindow { windowCounts[(group * 12 + k) * 2 + 1] += 1 }
            }
            let groups = layout.groups(market: facts.market, category: facts.category)
            add(to: groups.0)
            add(to: groups.1)
            if let group = groups.2 { add(to: group) }
            if let group = groups.3 { add(to: group) }
            guard detailed else { continue }
            func addToSeries(row: Int) {
                if let month = moment.receivedMonth { seriesCounts[(row * monthCount + month.index - firstMonth.index) * 2] += 1 }
                if let month = moment.resolvedMonth { seriesCounts[(row * monthCount + month.index - firstMonth.index) * 2 + 1] += 1 }
            }
            addToSeries(row: 0)
            if let m = facts.market {
                addToSeries(row: m + 1)
                if let days = moment.resolutionWorkingDays, let outcome = moment.outcome {
                    bins[(m * binCount + ResolutionBinCount.bin(days)) * 2 + (outcome == .withinStandard ? 0 : 1)] += 1
                }
            }
        }

        let all = summaries(at: asOf, layout: layout, counts: counts)
        let (resolution, workingDays, firstResponse) = (all[0], all[1], all[2])
        var statistics: [ComplaintStatistics] = []
        statistics.reserveCapacity(layout.count)
        for group in 0..<layout.count {
            var monthly: [MonthlyCount] = []
            for (k, month) in window.enumerated() {
                let position = (group * 12 + k) * 2
                monthly.append(MonthlyCount(month: month, received: Int(windowCounts[position]), resolved: Int(windowCounts[position + 1])))
            }
            statistics.append(ComplaintStatistics(
                counts[group], resolutionTime: resolution[group], resolutionWorkingDays: workingDays[group],
                firstResponseTime: firstResponse[group], monthly: monthly))
        }
        func series(_ row: Int) -> [MonthlyCount] {
            (0..<monthCount).map { k in
                MonthlyCount(month: firstMonth.adding(months: k), received: Int(seriesCounts[(row * monthCount + k) * 2]),
                             resolved: Int(seriesCounts[(row * monthCount + k) * 2 + 1]))
            }
        }
        return MomentFigures(
            asOf: asOf, layout: layout, statistics: statistics, counted: counted, firstReceived: earliest?.wibDate,
            complaintsOutsideCalendar: outside, regencySeries: detailed ? series(0) : nil,
            marketSeries: detailed ? (0..<layout.markets).map { series($0 + 1) } : [],
            resolutionBins: detailed ? (0..<layout.markets).map { m in
                ResolutionBinCount.ranges.enumerated().map { b, range in
                    ResolutionBinCount(days: range, within: Int(bins[(m * binCount + b) * 2]), late: Int(bins[(m * binCount + b) * 2 + 1]))
                }
            } : [])
    }

    /// Each group's summary of each kind of duration (indexed by `DurationKind`). For each kind in
    /// turn, samples are placed market's category by market's category (a counting sort), then
    /// selected: categories' first (from copies), then markets' (their categories are contiguous) and
    /// the regency's, reordering in place. One kind at a time keeps the samples held at once to four
    /// bytes per complaint, for a pass over the ledger per kind.
    private func summaries(at asOf: Timestamp, layout: GroupLayout, counts: [GroupCounts]) -> [[Summary?]] {
        let pairs = layout.markets * layout.categories
        return DurationKind.allCases.map { kind in
            var offsets = [Int](repeating: 0, count: pairs + 1)
            for p in 0..<pairs {
                offsets[p + 1] = offsets[p] + counts[layout.pair(p / layout.categories, p % layout.categories)].samples(kind)
            }
            var values = [UInt32](repeating: 0, count: offsets[pairs])
            var next = offsets
            for index in 0..<count {
                let facts = self[index]
                guard facts.isInTimeStatistics, let m = facts.market, let c = facts.category, facts.isCounted(at: asOf),
                      let value = kind.value(facts.at(asOf)) else { continue }
                let p = m * layout.categories + c
                values[next[p]] = UInt32(value)
                next[p] += 1
            }
            var result = [Summary?](repeating: nil, count: layout.count)
            values.withUnsafeMutableBufferPointer { buffer in
                func summary(_ range: Range<Int>, group: Int) -> Summary? {
                    Summary(selecting: UnsafeMutableBufferPointer(rebasing: buffer[range]), sum: counts[group].sum(kind))
                }
                for m in 0..<layout.markets {
                    for c in 0..<layout.categories {
                        let p = m * layout.categories + c
                        result[layout.pair(m, c)] = summary(offsets[p]..<offsets[p + 1], group: layout.pair(m, c))
                    }
                }
                var scratch: [UInt32] = []
                for c in 0..<layout.categories {
                    scratch.removeAll(keepingCapacity: true)
                    for m in 0..<layout.markets {
                        let p = m * layout.categories + c
                        scratch += buffer[offsets[p]..<offsets[p + 1]]
                    }
                    let group = layout.category(c)
                    result[group] = scratch.withUnsafeMutableBufferPointer { Summary(selecting: $0, sum: counts[group].sum(kind)) }
                }
                for m in 0..<layout.markets {
                    let range = offsets[m * layout.categories]..<offsets[(m + 1) * layout.categories]
                    result[layout.market(m)] = summary(range, group: layout.market(m))
                }
                result[GroupLayout.regency] = summary(0..<buffer.count, group: GroupLayout.regency)
            }
            return result
        }
    }
}

/// The three durations that get a median and 90th percentile.
enum DurationKind: Int, CaseIterable {
    case resolutionSeconds, resolutionWorkingDays, firstResponseSeconds

    func value(_ moment: ComplaintMoment) -> Int64? {
        switch self {
        case .resolutionSeconds: moment.resolutionSeconds
        case .resolutionWorkingDays: moment.resolutionWorkingDays.map(Int64.init)
        case .firstResponseSeconds: moment.firstResponseSeconds
        }
    }
}

/// Running counts for one group at one moment.
struct GroupCounts {
    var received = 0, diterima = 0, diverifikasi = 0, diproses = 0, resolved = 0, rejected = 0, unknownStatus = 0
    var onTime = 0, late = 0, overdue = 0, pending = 0, excluded = 0, unlisted = 0
    var oldestOpenAge: Int64?
    /// Samples of each `DurationKind`, and their totals for the means.
    var resolutionSamples = 0, workingDaySamples = 0, firstResponseSamples = 0
    var resolutionSum: Int64 = 0, workingDaySum: Int64 = 0, firstResponseSum: Int64 = 0

    func samples(_ kind: DurationKind) -> Int {
        switch kind {
        case .resolutionSeconds: resolutionSamples
        case .resolutionWorkingDays: workingDaySamples
        case .firstResponseSeconds: firstResponseSamples
        }
    }

    func sum(_ kind: DurationKind) -> Int64 {
        switch kind {
        case .resolutionSeconds: resolutionSum
        case .resolutionWorkingDays: workingDaySum
        case .firstResponseSeconds: firstResponseSum
        }
    }

    mutating func add(_ facts: ComplaintFacts, _ moment: ComplaintMoment) {
        received += 1
        switch moment.state {
        case .open(.diterima): diterima += 1
        case .open(.diverifikasi): diverifikasi += 1
        case .open: diproses += 1
        case .resolved: resolved += 1
        case .rejected: rejected += 1
        case .unknownStatus: unknownStatus += 1
        }
        if !facts.isInTimeStatistics { excluded += 1 }
        if !facts.mayBeListed { unlisted += 1 }
        if let age = moment.openAgeSeconds { oldestOpenAge = max(oldestOpenAge ?? age, age) }
        switch moment.outcome {
        case .withinStandard: onTime += 1
        case .late: late += 1
        case .overdue: overdue += 1
        case .pending: pending += 1
        case nil: break
        }
        if let value = moment.resolutionSeconds { resolutionSamples += 1; resolutionSum += value }
        if let value = moment.resolutionWorkingDays { workingDaySamples += 1; workingDaySum += Int64(value) }
        if let value = moment.firstResponseSeconds { firstResponseSamples += 1; firstResponseSum += value }
    }
}
