/// One complaint seen at the as-of moment: its state then, its deadline and whether it met it.
public struct ComplaintEvaluation: Sendable, Hashable {
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
    public enum Outcome: Sendable, Hashable {
        /// Resolved by the deadline.
        case withinStandard
        /// Resolved after the deadline.
        case late
        /// Still open and past the deadline.
        case overdue
        /// Still open and not yet due: left out of the on-time share.
        case pending
    }

    public let complaint: Complaint
    public let problems: [RecordProblem]
    public let state: State
    /// Nil when the record is left out of time statistics.
    public let standard: ResponseStandard?
    public let resolutionDeadline: Timestamp?
    public let outcome: Outcome?
    public let resolutionSeconds: Int64?
    public let resolutionWorkingDays: Int?
    public let firstResponseSeconds: Int64?
    /// Age at the as-of moment of a complaint still open then.
    public let openAgeSeconds: Int64?
    public let receivedMonth: YearMonth?
    public let resolvedMonth: YearMonth?
    /// True when a working-day figure needed days the holiday list does not cover.
    public let usesDaysOutsideCalendar: Bool

    /// True when no problem keeps this record out of resolution and on-time statistics.
    public var isInTimeStatistics: Bool { standard != nil }
}

/// Evaluates complaints against the standards as of one moment.
public struct ComplaintEvaluator: Sendable {
    public let asOf: Timestamp
    public let calendar: WorkingCalendar
    public let standards: ResponseStandards
    public let marketIDs: Set<String>
    public let categoryIDs: Set<String>

    public init(asOf: Timestamp, calendar: WorkingCalendar, standards: ResponseStandards, marketIDs: Set<String>, categoryIDs: Set<String>) {
        self.asOf = asOf
        self.calendar = calendar
        self.standards = standards
        self.marketIDs = marketIDs
        self.categoryIDs = categoryIDs
    }

    /// True when the complaint arrived after the as-of moment and so is not part of these figures.
    public func arrivesAfterAsOf(_ complaint: Complaint) -> Bool {
        if let received = complaint.receivedAt.value { return received > asOf }
        return false
    }

    /// Everything impossible or unusable in the record, sorted.
    public func problems(of c: Complaint) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if !marketIDs.contains(c.marketID) { problems.append(.unknownMarket(c.marketID)) }
        if !categoryIDs.contains(c.categoryID) { problems.append(.unknownCategory(c.categoryID)) }
        switch c.receivedAt {
        case .missing: problems.append(.missingReceivedAt)
        case let .invalid(text): problems.append(.invalidTimestamp(column: "received_at", value: text))
        case .value: break
        }
        if case let .invalid(text) = c.firstResponseAt { problems.append(.invalidTimestamp(column: "first_response_at", value: text)) }
        if case let .invalid(text) = c.resolvedAt { problems.append(.invalidTimestamp(column: "resolved_at", value: text)) }
        switch c.status {
        case let .invalid(text): problems.append(.invalidStatus(text))
        case .missing: problems.append(.invalidStatus(""))
        case .value(.selesai): if case .missing = c.resolvedAt { problems.append(.resolvedWithoutResolvedAt) }
        case let .value(status): if status.isOpen, c.resolvedAt.value != nil { problems.append(.closingTimeOnOpenComplaint) }
        }
        if let received = c.receivedAt.value {
            if let resolved = c.resolvedAt.value, resolved < received { problems.append(.resolvedBeforeReceived) }
            if let responded = c.firstResponseAt.value, responded < received { problems.append(.firstResponseBeforeReceived) }
        }
        switch c.confidentiality {
        case .value: break
        case .missing: problems.append(.invalidConfidentiality(""))
        case let .invalid(text): problems.append(.invalidConfidentiality(text))
        }
        return problems.sorted()
    }

    /// The complaint as of `asOf`. Call only for complaints that did not arrive after it.
    public func evaluate(_ c: Complaint) -> ComplaintEvaluation {
        let problems = problems(of: c)
        let state = state(of: c)
        let receivedMonth = c.receivedAt.value?.wibDate.yearMonth
        guard !problems.contains(where: \.excludesFromTimeStatistics), let received = c.receivedAt.value else {
            return ComplaintEvaluation(
                complaint: c, problems: problems, state: state, standard: nil, resolutionDeadline: nil, outcome: nil,
                resolutionSeconds: nil, resolutionWorkingDays: nil, firstResponseSeconds: nil, openAgeSeconds: nil,
                receivedMonth: receivedMonth, resolvedMonth: nil, usesDaysOutsideCalendar: false)
        }
        let standard = standards.standard(market: c.marketID, category: c.categoryID)
        let deadline = standard.resolution.deadline(from: received, calendar: calendar)
        var outsideCalendar = standard.resolution.unit == .hariKerja
            && !calendar.covers(from: received.wibDate, through: deadline.wibDate)

        var outcome: ComplaintEvaluation.Outcome?
        var resolutionSeconds: Int64?
        var workingDays: Int?
        var resolvedMonth: YearMonth?
        var openAge: Int64?
        switch state {
        case .resolved:
            // A resolved record without problems always has a valid resolved_at no later than asOf.
            let resolved = c.resolvedAt.value ?? asOf
            resolutionSeconds = resolved.seconds - received.seconds
            workingDays = calendar.workingDays(after: received.wibDate, through: resolved.wibDate)
            outsideCalendar = outsideCalendar || !calendar.covers(from: received.wibDate, through: resolved.wibDate)
            resolvedMonth = resolved.wibDate.yearMonth
            outcome = resolved <= deadline ? .withinStandard : .late
        case .open:
            openAge = asOf.seconds - received.seconds
            outcome = asOf > deadline ? .overdue : .pending
        case .rejected, .unknownStatus:
            break
        }

        var firstResponseSeconds: Int64?
        if !problems.contains(where: \.excludesFromFirstResponse), let responded = c.firstResponseAt.value, responded <= asOf {
            firstResponseSeconds = responded.seconds - received.seconds
        }
        return ComplaintEvaluation(
            complaint: c, problems: problems, state: state, standard: standard, resolutionDeadline: deadline,
            outcome: outcome, resolutionSeconds: resolutionSeconds, resolutionWorkingDays: workingDays,
            firstResponseSeconds: firstResponseSeconds, openAgeSeconds: openAge, receivedMonth: receivedMonth,
            resolvedMonth: resolvedMonth, usesDaysOutsideCalendar: outsideCalendar)
    }

    /// The state at `asOf`: closures recorded after it did not exist yet.
    func state(of c: Complaint) -> ComplaintEvaluation.State {
        let closedLater = c.resolvedAt.value.map { $0 > asOf } ?? false
        switch c.status {
        case let .value(status) where status.isOpen: return .open(status)
        case .value(.selesai): return closedLater ? .open(.diproses) : .resolved
        case .value(.ditolak): return closedLater ? .open(.diproses) : .rejected
        default: return .unknownStatus
        }
    }
}
