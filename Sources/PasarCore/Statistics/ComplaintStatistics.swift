/// The figures for one group of complaints (a market, a category, a market's category, the regency)
/// as of one moment. Every figure follows the statistics rules in docs/methodology.md.
public struct ComplaintStatistics: Sendable, Hashable {
    /// Complaints received up to the as-of moment, including those with problems in their record.
    public let received: Int
    /// Open complaints by status, in process order (diterima, diverifikasi, diproses).
    public let openByStatus: [ComplaintStatus: Int]
    /// Closed as selesai.
    public let resolved: Int
    /// Closed as ditolak.
    public let rejected: Int
    /// Complaints whose status is not one of the five known values.
    public let unknownStatus: Int
    /// Resolution time in seconds, over resolved complaints with a usable record.
    public let resolutionTime: Summary?
    /// Resolution time in working days (working days after the day of receipt, through the day of resolution).
    public let resolutionWorkingDays: Summary?
    /// Time to first response in seconds, over complaints with a recorded first response.
    public let firstResponseTime: Summary?
    /// Resolved within the standard ÷ decided (all resolved, plus open ones already past their deadline).
    public let withinStandard: Share
    /// Open and already past the resolution deadline.
    public let openOverdue: Int
    /// Open and not yet due: left out of the on-time share.
    public let openNotYetDue: Int
    /// Age of the oldest open complaint, in seconds.
    public let oldestOpenAge: Int64?
    /// Complaints left out of time statistics because of a record problem.
    public let excludedFromTimeStatistics: Int
    /// Counted complaints that are never listed one by one (rahasia, or unreadable confidentiality).
    public let unlistedConfidential: Int
    /// Received and resolved in each of the months asked for.
    public let monthly: [MonthlyCount]

    public var open: Int { openByStatus.values.reduce(0, +) }
    public var closed: Int { resolved + rejected }
    /// The denominator of the on-time share.
    public var decided: Int { withinStandard.denominator }

    public init(_ evaluations: some Collection<ComplaintEvaluation>, months: [YearMonth]) {
        var openByStatus = Dictionary(uniqueKeysWithValues: ComplaintStatus.openStatuses.map { ($0, 0) })
        var resolved = 0, rejected = 0, unknown = 0
        var resolutionSeconds: [Int64] = [], workingDays: [Int64] = [], firstResponse: [Int64] = []
        var onTime = 0, late = 0, overdue = 0, pending = 0, excluded = 0, unlisted = 0
        var oldest: Int64?

        for e in evaluations {
            switch e.state {
            case let .open(status): openByStatus[status, default: 0] += 1
            case .resolved: resolved += 1
            case .rejected: rejected += 1
            case .unknownStatus: unknown += 1
            }
            if !e.isInTimeStatistics { excluded += 1 }
            if !e.complaint.mayBeListed { unlisted += 1 }
            if let s = e.resolutionSeconds { resolutionSeconds.append(s) }
            if let d = e.resolutionWorkingDays { workingDays.append(Int64(d)) }
            if let s = e.firstResponseSeconds { firstResponse.append(s) }
            if let age = e.openAgeSeconds { oldest = max(oldest ?? age, age) }
            switch e.outcome {
            case .withinStandard: onTime += 1
            case .late: late += 1
            case .overdue: overdue += 1
            case .pending: pending += 1
            case nil: break
            }
        }
        received = evaluations.count
        self.openByStatus = openByStatus
        self.resolved = resolved
        self.rejected = rejected
        unknownStatus = unknown
        resolutionTime = Summary(resolutionSeconds)
        resolutionWorkingDays = Summary(workingDays)
        firstResponseTime = Summary(firstResponse)
        withinStandard = Share(onTime, of: onTime + late + overdue)
        openOverdue = overdue
        openNotYetDue = pending
        oldestOpenAge = oldest
        excludedFromTimeStatistics = excluded
        unlistedConfidential = unlisted
        monthly = ComplaintStatistics.monthlyCounts(evaluations, months: months)
    }
}

extension ComplaintStatistics {
    /// Received and resolved per month: complaints count in the month received (when the time is valid),
    /// resolutions in the month resolved (when usable for time statistics).
    public static func monthlyCounts(_ evaluations: some Collection<ComplaintEvaluation>, months: [YearMonth]) -> [MonthlyCount] {
        var received: [YearMonth: Int] = [:], resolved: [YearMonth: Int] = [:]
        for e in evaluations {
            if let month = e.receivedMonth { received[month, default: 0] += 1 }
            if let month = e.resolvedMonth { resolved[month, default: 0] += 1 }
        }
        return months.map { MonthlyCount(month: $0, received: received[$0] ?? 0, resolved: resolved[$0] ?? 0) }
    }
}

/// Complaints received and resolved in one calendar month (WIB).
public struct MonthlyCount: Sendable, Hashable {
    public let month: YearMonth
    public let received: Int
    public let resolved: Int
}

extension YearMonth {
    /// The `count` months ending with (and including) this one, oldest first.
    public func lastMonths(_ count: Int) -> [YearMonth] {
        (0..<count).reversed().map { adding(months: -$0) }
    }
}
