/// What a complaint's record says whatever the as-of moment: where it belongs, its usable times, its
/// deadline and how many working days it took. Worked out once per complaint (the costly part:
/// checking the record, finding its standard, counting working days); `at(_:)` then judges it at any
/// moment with a few comparisons.
public struct ComplaintFacts: Sendable, Hashable {
    /// Position in the site's market list; nil when the market is not in the markets table.
    public var market: Int?
    /// Position in the site's category list; nil when the category is not in the categories table.
    public var category: Int?
    /// The recorded status; nil when it is empty or not one of the five.
    public var status: ComplaintStatus?
    /// False for rahasia complaints and unreadable confidentiality: never listed one by one.
    public var mayBeListed: Bool
    /// Valid times inside `Timestamp.plausible`; nil otherwise.
    public var received: Timestamp?
    public var resolved: Timestamp?
    public var responded: Timestamp?
    /// True when no problem keeps the record out of resolution and on-time statistics.
    public var isInTimeStatistics: Bool
    /// True when the first response may be timed (in time statistics, and its time is usable).
    public var firstResponseUsable: Bool
    /// The resolution deadline; set for records in time statistics.
    public var deadline: Timestamp?
    /// Working days from receipt to resolution; set for usable selesai records.
    public var resolutionWorkingDays: Int?
    /// True when the working-day deadline needed days the holiday list does not cover.
    public var deadlineOutsideCalendar: Bool
    /// True when the working days to resolution needed days the holiday list does not cover.
    public var resolutionOutsideCalendar: Bool

    public init(
        market: Int?, category: Int?, status: ComplaintStatus?, mayBeListed: Bool, received: Timestamp?, resolved: Timestamp?,
        responded: Timestamp?, isInTimeStatistics: Bool, firstResponseUsable: Bool, deadline: Timestamp?,
        resolutionWorkingDays: Int?, deadlineOutsideCalendar: Bool, resolutionOutsideCalendar: Bool
    ) {
        self.market = market
        self.category = category
        self.status = status
        self.mayBeListed = mayBeListed
        self.received = received
        self.resolved = resolved
        self.responded = responded
        self.isInTimeStatistics = isInTimeStatistics
        self.firstResponseUsable = firstResponseUsable
        self.deadline = deadline
        self.resolutionWorkingDays = resolutionWorkingDays
        self.deadlineOutsideCalendar = deadlineOutsideCalendar
        self.resolutionOutsideCalendar = resolutionOutsideCalendar
    }

    /// True when the complaint is part of the figures as of `asOf`: received by then, or with no
    /// usable time of receipt (counted in totals, listed as a problem).
    public func isCounted(at asOf: Timestamp) -> Bool {
        received.map { $0 <= asOf } ?? true
    }

    /// The complaint as it stood at `asOf`. Call only when `isCounted(at: asOf)`.
    public func at(_ asOf: Timestamp) -> ComplaintMoment {
        let state = state(at: asOf)
        var moment = ComplaintMoment(state: state, receivedMonth: received?.wibDate.yearMonth)
        guard isInTimeStatistics, let received, let deadline else { return moment }
        moment.usesDaysOutsideCalendar = deadlineOutsideCalendar
        switch state {
        case .resolved:
            // A record in time statistics with status selesai always has a usable resolved_at.
            let resolved = resolved ?? asOf
            moment.resolutionSeconds = resolved.seconds - received.seconds
            moment.resolutionWorkingDays = resolutionWorkingDays
            moment.usesDaysOutsideCalendar = deadlineOutsideCalendar || resolutionOutsideCalendar
            moment.resolvedMonth = resolved.wibDate.yearMonth
            moment.outcome = resolved <= deadline ? .withinStandard : .late
        case .open:
            moment.openAgeSeconds = asOf.seconds - received.seconds
            moment.outcome = asOf > deadline ? .overdue : .pending
        case .rejected, .unknownStatus:
            break
        }
        if firstResponseUsable, let responded, responded <= asOf {
            moment.firstResponseSeconds = responded.seconds - received.seconds
        }
        return moment
    }

    /// The state at `asOf`: closures recorded after it had not happened yet (counted as diproses).
    func state(at asOf: Timestamp) -> ComplaintMoment.State {
        let closedLater = resolved.map { $0 > asOf } ?? false
        switch status {
        case let status? where status.isOpen: return .open(status)
        case .selesai?: return closedLater ? .open(.diproses) : .resolved
        case .ditolak?: return closedLater ? .open(.diproses) : .rejected
        default: return .unknownStatus
        }
    }
}

/// A complaint judged at one moment: its state then and, for records in time statistics, its
/// outcome against the standard and its durations.
public struct ComplaintMoment: Sendable, Hashable {
    /// The complaint's state at the as-of moment, rebuilt from its timestamps: a complaint closed
    /// after that moment was still open then (counted as diproses).
    public enum State: Sendable, Hashable {
        case open(ComplaintStatus)
        case resolved
        case rejected
        case unknownStatus

        /// The status this state is shown as; nil when the recorded status is unknown.
        public var status: ComplaintStatus? {
            switch self {
            case let .open(status): status
            case .resolved: .selesai
            case .rejected: .ditolak
            case .unknownStatus: nil
            }
        }
    }

    /// Resolution against the standard.
    public enum Outcome: String, Sendable, Hashable {
        /// Resolved by the deadline.
        case withinStandard = "within_standard"
        /// Resolved after the deadline.
        case late
        /// Still open and past the deadline.
        case overdue
        /// Still open and not yet due: left out of the on-time share.
        case pending
    }

    public var state: State
    public var outcome: Outcome?
    public var resolutionSeconds: Int64?
    public var resolutionWorkingDays: Int?
    public var firstResponseSeconds: Int64?
    /// Age at the as-of moment of a complaint still open then.
    public var openAgeSeconds: Int64?
    public var receivedMonth: YearMonth?
    public var resolvedMonth: YearMonth?
    /// True when a working-day figure needed days the holiday list does not cover.
    public var usesDaysOutsideCalendar = false

    init(state: State, receivedMonth: YearMonth?) {
        self.state = state
        self.receivedMonth = receivedMonth
    }
}
