/// One complaint seen at the as-of moment: its record, its problems, what the record says and its
/// state then. Made one at a time while complaints stream past; never kept for all of them.
public struct ComplaintEvaluation: Sendable, Hashable {
    public let complaint: Complaint
    public let problems: [RecordProblem]
    public let facts: ComplaintFacts
    public let moment: ComplaintMoment

    public var state: ComplaintMoment.State { moment.state }
    public var outcome: ComplaintMoment.Outcome? { moment.outcome }
    public var resolutionDeadline: Timestamp? { facts.deadline }
    public var resolutionSeconds: Int64? { moment.resolutionSeconds }
    public var resolutionWorkingDays: Int? { moment.resolutionWorkingDays }
    public var firstResponseSeconds: Int64? { moment.firstResponseSeconds }
    /// True when no problem keeps this record out of resolution and on-time statistics.
    public var isInTimeStatistics: Bool { facts.isInTimeStatistics }
}

/// Evaluates complaints against the standards as of one moment.
public struct ComplaintEvaluator: Sendable {
    public let asOf: Timestamp
    public let calendar: WorkingCalendar
    public let standards: ResponseStandards
    /// Market and category ids in page order; a complaint's group is its positions in these lists.
    public let marketIDs: [String]
    public let categoryIDs: [String]
    private let marketIndex: [String: Int]
    private let categoryIndex: [String: Int]
    /// Each market's standard per category over time (`[market][category]`), resolved once instead of per complaint.
    private let standardTable: [[StandardTimeline]]

    public init(asOf: Timestamp, calendar: WorkingCalendar, standards: ResponseStandards, marketIDs: [String], categoryIDs: [String]) {
        self.asOf = asOf
        self.calendar = calendar
        self.standards = standards
        self.marketIDs = marketIDs
        self.categoryIDs = categoryIDs
        marketIndex = Dictionary(marketIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        categoryIndex = Dictionary(categoryIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        standardTable = marketIDs.map { market in categoryIDs.map { standards.timeline(market: market, category: $0) } }
    }

    /// The complaint as of `asOf`, or nil when it arrived after that moment (not part of these figures).
    public func evaluate(_ c: Complaint) -> ComplaintEvaluation? {
        let (facts, problems) = self.facts(of: c)
        guard facts.isCounted(at: asOf) else { return nil }
        return ComplaintEvaluation(complaint: c, problems: problems, facts: facts, moment: facts.at(asOf))
    }

    /// What the record says whatever the moment, and everything impossible or unusable in it.
    public func facts(of c: Complaint) -> (facts: ComplaintFacts, problems: [RecordProblem]) {
        let problems = problems(of: c)
        let market = marketIndex[c.marketID], category = categoryIndex[c.categoryID]
        let received = usable(c.receivedAt)
        let resolved = usable(c.resolvedAt)
        let responded = usable(c.firstResponseAt)
        var facts = ComplaintFacts(
            market: market, category: category, status: c.status.value, mayBeListed: c.mayBeListed,
            received: received, resolved: resolved, responded: responded, isInTimeStatistics: false, firstResponseUsable: false,
            deadline: nil, resolutionWorkingDays: nil, deadlineOutsideCalendar: false, resolutionOutsideCalendar: false)
        guard !problems.contains(where: \.excludesFromTimeStatistics), let received, let market, let category else {
            return (facts, problems)
        }
        // Judged by the standard in force on the day of receipt, so a later change leaves past figures as they were.
        let standard = standardTable[market][category].standard(on: received.wibDate)
        let deadline = standard.resolution.deadline(from: received, calendar: calendar)
        facts.isInTimeStatistics = true
        facts.firstResponseUsable = !problems.contains(where: \.excludesFromFirstResponse)
        facts.deadline = deadline
        facts.deadlineOutsideCalendar = standard.resolution.unit == .hariKerja
            && !calendar.covers(from: received.wibDate, through: deadline.wibDate)
        if facts.status == .selesai, let resolved {
            facts.resolutionWorkingDays = calendar.workingDays(after: received.wibDate, through: resolved.wibDate)
            facts.resolutionOutsideCalendar = !calendar.covers(from: received.wibDate, through: resolved.wibDate)
        }
        return (facts, problems)
    }

    /// The standard a complaint of the market and category at these positions was judged by, when
    /// received on `day`; nil for positions not in the lists.
    public func standard(market: Int?, category: Int?, on day: CivilDate) -> ResponseStandard? {
        guard let market, let category, standardTable.indices.contains(market), standardTable[market].indices.contains(category) else { return nil }
        return standardTable[market][category].standard(on: day)
    }

    /// A recorded time the figures can use: valid and not before the plausible years. A time after
    /// them is kept as "later than any as-of moment": like any time after the as-of moment, it is
    /// a step the complaint had not reached yet, not a reason to leave it out.
    func usable(_ recorded: Recorded<Timestamp>) -> Timestamp? {
        guard let time = recorded.value, time >= Timestamp.plausibleRange.lowerBound else { return nil }
        return min(time, Timestamp.afterPlausibleYears)
    }

    /// Everything impossible or unusable in the record, sorted.
    public func problems(of c: Complaint) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if marketIndex[c.marketID] == nil { problems.append(.unknownMarket(c.marketID)) }
        if categoryIndex[c.categoryID] == nil { problems.append(.unknownCategory(c.categoryID)) }
        switch c.receivedAt {
        case .missing: problems.append(.missingReceivedAt)
        case let .invalid(text): problems.append(.invalidTimestamp(column: "received_at", value: text))
        case .value: break
        }
        if case let .invalid(text) = c.firstResponseAt { problems.append(.invalidTimestamp(column: "first_response_at", value: text)) }
        if case let .invalid(text) = c.resolvedAt { problems.append(.invalidTimestamp(column: "resolved_at", value: text)) }
        // Only too early: a time after the as-of moment, however far, is a step not reached yet then.
        func checkPlausible(_ column: String, _ recorded: Recorded<Timestamp>) {
            guard let time = recorded.value, time < Timestamp.plausibleRange.lowerBound else { return }
            problems.append(.implausibleTimestamp(column: column, value: time.description))
        }
        checkPlausible("received_at", c.receivedAt)
        checkPlausible("first_response_at", c.firstResponseAt)
        checkPlausible("resolved_at", c.resolvedAt)
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
        return problems.count > 1 ? problems.sorted() : problems
    }
}
