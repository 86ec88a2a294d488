/// The figures for one group of complaints (a market, a category, a market's category, the regency)
/// as of one moment. Every figure follows the statistics rules published on the methodology page.
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

    init(_ c: GroupCounts, resolutionTime: Summary?, resolutionWorkingDays: Summary?, firstResponseTime: Summary?, monthly: [MonthlyCount]) {
        received = c.received
        openByStatus = [.diterima: c.diterima, .diverifikasi: c.diverifikasi, .diproses: c.diproses]
        resolved = c.resolved
        rejected = c.rejected
        unknownStatus = c.unknownStatus
        self.resolutionTime = resolutionTime
        self.resolutionWorkingDays = resolutionWorkingDays
        self.firstResponseTime = firstResponseTime
        withinStandard = Share(c.onTime, of: c.onTime + c.late + c.overdue)
        openOverdue = c.overdue
        openNotYetDue = c.pending
        oldestOpenAge = c.oldestOpenAge
        excludedFromTimeStatistics = c.excluded
        unlistedConfidential = c.unlisted
        self.monthly = monthly
    }

    /// The figures of a group with no complaints.
    public static func empty(months: [YearMonth]) -> ComplaintStatistics {
        ComplaintStatistics(GroupCounts(), resolutionTime: nil, resolutionWorkingDays: nil, firstResponseTime: nil,
                            monthly: months.map { MonthlyCount(month: $0, received: 0, resolved: 0) })
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
