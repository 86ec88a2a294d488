/// What the lookup page (`/lacak/`) publishes about one complaint: the facts of its record that do
/// not depend on the as-of moment, so a closed complaint's entry never changes. The page judges
/// them at its own as-of moment, as `view(at:)` does here.
public struct TrackedComplaint: Sendable, Hashable {
    public let id: String
    public let marketID: String
    public let categoryID: String
    public let channel: String
    /// The scrubbed public summary (as complaints-YYYY.csv publishes it).
    public let summary: String
    public let isAnonymous: Bool
    /// The recorded status; nil when it is not one of the five.
    public let status: ComplaintStatus?
    public let received: Timestamp
    public let responded: Timestamp?
    public let resolved: Timestamp?
    /// The standard in force on the day of receipt, and its two deadlines.
    public let standard: ResponseStandard
    public let responseDeadline: Timestamp
    public let resolutionDeadline: Timestamp
    /// `WorkingCalendar.workingDayNumber` of the day of receipt: working days between two days are
    /// the difference of their numbers.
    public let receivedWorkingDay: Int64
    /// Working days from receipt to resolution, for a resolved complaint.
    public let resolutionWorkingDays: Int?

    /// Nil when the record cannot be judged against a standard (listed on the data-quality page).
    public init?(_ e: ComplaintEvaluation, summary: String, standard: ResponseStandard?, calendar: WorkingCalendar) {
        let c = e.complaint
        guard c.mayBeListed, e.isInTimeStatistics, let standard, let received = e.facts.received else { return nil }
        id = c.id
        marketID = c.marketID
        categoryID = c.categoryID
        channel = c.channel
        self.summary = summary
        isAnonymous = c.confidentiality.value == .anonim
        status = e.facts.status
        self.received = received
        responded = e.facts.firstResponseUsable ? e.facts.responded : nil
        resolved = e.facts.resolved
        self.standard = standard
        responseDeadline = standard.firstResponse.deadline(from: received, calendar: calendar)
        resolutionDeadline = standard.resolution.deadline(from: received, calendar: calendar)
        receivedWorkingDay = calendar.workingDayNumber(received.wibDate)
        resolutionWorkingDays = e.facts.resolutionWorkingDays
    }

    /// The complaint as it stood at `asOf`: later times had not happened yet.
    public func view(at asOf: Timestamp, calendar: WorkingCalendar) -> TrackedView {
        let closedBy = resolved.flatMap { $0 <= asOf ? $0 : nil }
        let state: TrackedView.State
        switch status {
        case .selesai? where closedBy != nil: state = .resolved
        case .ditolak? where closedBy != nil: state = .rejected
        default: state = .open
        }
        let answered = responded.flatMap { $0 <= asOf ? $0 : nil }
        var view = TrackedView(state: state, responded: answered, closed: state == .open ? nil : closedBy)
        view.respondedInTime = answered.map { $0 <= responseDeadline }
        if state == .resolved, let closedBy { view.resolvedInTime = closedBy <= resolutionDeadline }
        if state == .open {
            view.openWorkingDays = max(0, calendar.workingDayNumber(asOf.wibDate) - receivedWorkingDay)
            view.isOverdue = asOf > resolutionDeadline
            view.responseOverdue = answered == nil && asOf > responseDeadline
        }
        return view
    }
}

/// A tracked complaint judged at one moment.
public struct TrackedView: Sendable, Hashable {
    public enum State: String, Sendable, Hashable {
        case open, resolved, rejected
    }

    public let state: State
    /// The first response, when it had come by then.
    public let responded: Timestamp?
    /// When it was resolved or rejected; nil while open.
    public let closed: Timestamp?
    /// Whether the first response came by its deadline; nil before it came.
    public var respondedInTime: Bool?
    /// Whether it was resolved by its deadline; nil unless resolved.
    public var resolvedInTime: Bool?
    /// For an open complaint: working days since the day of receipt, and whether it is past its deadlines.
    public var openWorkingDays: Int64?
    public var isOverdue = false
    public var responseOverdue = false
}
