/// Takes complaints one at a time as they are read: judges each once, keeps its compact facts in the
/// ledger, and keeps only the little text that pages show (records with problems, each market's
/// latest complaints). Nothing here grows with the text of all complaints.
public struct ComplaintIntake: Sendable {
    public let evaluator: ComplaintEvaluator
    public let markets: [Market]
    public let categories: [ComplaintCategory]
    public private(set) var ledger = ComplaintLedger()
    /// Rows read, whether or not they count at the as-of moment.
    public private(set) var records = 0
    private var problemRecords: [DataQualityEntry] = []
    /// Per market, its latest listable complaints, newest first.
    private var recent: [[ListedComplaint]]
    /// Place numbers by place key (see `Complaint.placeKey`), for recurring problems at one place.
    private var places: [String: UInt32] = [:]
    /// Complaints with a time after the as-of moment, and after the start of a quiet spell when the data have one.
    private var later: LaterRecords
    private var afterQuietSpell: LaterRecords?
    private let leftOut: LeftOutTimes?
    private let quietSpell: QuietSpell?

    /// How many of a market's latest complaints its page lists.
    public static let recentCount = 5

    /// `leftOut` and `quietSpell` are what the default as-of moment found in the data (see `DataTimes`):
    /// the complaints concerned are named in the data-quality report.
    public init(markets: [Market], categories: [ComplaintCategory], standards: ResponseStandards, calendar: WorkingCalendar,
                asOf: Timestamp, leftOut: LeftOutTimes? = nil, quietSpell: QuietSpell? = nil) {
        self.markets = markets
        self.categories = categories
        evaluator = ComplaintEvaluator(asOf: asOf, calendar: calendar, standards: standards,
                                       marketIDs: markets.map(\.id), categoryIDs: categories.map(\.id))
        recent = Array(repeating: [], count: markets.count)
        later = LaterRecords(after: asOf)
        afterQuietSpell = quietSpell.map { LaterRecords(after: $0.after) }
        self.leftOut = leftOut
        self.quietSpell = quietSpell
    }

    public var layout: GroupLayout { GroupLayout(markets: markets.count, categories: categories.count) }

    /// Makes room in the ledger for `count` complaints.
    public mutating func reserveCapacity(_ count: Int) { ledger.reserveCapacity(count) }

    /// Records one complaint; its evaluation when it counts at the as-of moment, else nil.
    public mutating func add(_ complaint: Complaint) -> ComplaintEvaluation? {
        records += 1
        later.add(complaint)
        afterQuietSpell?.add(complaint)
        let (facts, problems) = evaluator.facts(of: complaint)
        ledger.append(facts)
        if !complaint.location.isEmpty {
            let key = complaint.placeKey
            if !key.isEmpty {
                let next = UInt32(places.count)
                ledger.setPlaceOfLast(places[key, default: next])
                if places[key] == nil { places[key] = next }
            }
        }
        guard facts.isCounted(at: evaluator.asOf) else { return nil }
        let evaluation = ComplaintEvaluation(complaint: complaint, problems: problems, facts: facts, moment: facts.at(evaluator.asOf))
        if !problems.isEmpty {
            problemRecords.append(DataQualityEntry(
                complaintID: complaint.id, marketID: complaint.marketID, problems: problems,
                mayBeListed: complaint.mayBeListed, isInTimeStatistics: facts.isInTimeStatistics))
        }
        if let market = facts.market, facts.mayBeListed, let received = facts.received, isRecentEnough(received, complaint.id, market: market) {
            keepIfRecent(ListedComplaint(id: complaint.id, received: received, categoryID: complaint.categoryID,
                                         status: evaluation.state.status, summary: complaint.publicSummary), market: market)
        }
        return evaluation
    }

    /// True when a complaint received at `received` would enter the market's latest few (checked
    /// before anything is copied: most complaints are older than the latest few).
    private func isRecentEnough(_ received: Timestamp, _ id: String, market: Int) -> Bool {
        guard recent[market].count == Self.recentCount, let last = recent[market].last else { return true }
        return (received, id) > (last.received, last.id)
    }

    /// Changed in place: most complaints arrive newest-last and enter the list, so copying it each time would add up.
    private mutating func keepIfRecent(_ listed: ListedComplaint, market: Int) {
        if recent[market].count == Self.recentCount, let last = recent[market].last, !listed.isNewer(than: last) { return }
        let position = recent[market].firstIndex { listed.isNewer(than: $0) } ?? recent[market].count
        recent[market].insert(listed, at: position)
        if recent[market].count > Self.recentCount { recent[market].removeLast() }
    }

    /// Every figure as of the intake's moment, with the monthly series, bins, latest complaints and data quality.
    public func report(standards: ResponseStandards, rankingThreshold: Int, satisfaction: [SatisfactionResponse]? = nil,
                       recurrence rule: RecurrenceRule = RecurrenceRule(), comparesPlaces: Bool = false) -> PortalReport {
        let figures = ledger.figures(at: evaluator.asOf, layout: layout, detailed: true)
        let quality = DataQualityReport(
            recordsInDatabase: records, counted: figures.counted, receivedAfterAsOf: records - figures.counted,
            entries: problemRecords.sorted { $0.complaintID < $1.complaintID }, later: later, leftOut: leftOut,
            quietSpell: quietSpell.flatMap { spell in afterQuietSpell.map { (spell, $0) } })
        return PortalReport(
            figures, markets: markets, categories: categories, standards: standards, rankingThreshold: rankingThreshold,
            recent: recent, dataQuality: quality,
            satisfaction: satisfaction.map { SatisfactionReport($0, marketIDs: Set(markets.map(\.id))) },
            recurrence: ledger.recurrence(at: evaluator.asOf, layout: layout, rule: rule, comparesPlaces: comparesPlaces))
    }

    /// The figures as of an earlier (or later) moment, from the ledger: what a frozen edition publishes.
    public func report(at moment: Timestamp, standards: ResponseStandards, rankingThreshold: Int) -> PortalReport {
        let figures = ledger.figures(at: moment, layout: layout, detailed: false)
        return PortalReport(figures, markets: markets, categories: categories, standards: standards, rankingThreshold: rankingThreshold,
                            recent: [], dataQuality: nil, satisfaction: nil)
    }
}

/// One of a market's latest complaints, as its page lists it (the summary is scrubbed when shown).
public struct ListedComplaint: Sendable, Hashable {
    public let id: String
    public let received: Timestamp
    public let categoryID: String
    /// The status at the as-of moment; nil when the recorded status is unknown.
    public let status: ComplaintStatus?
    public let summary: String

    func isNewer(than other: ListedComplaint) -> Bool { (received, id) > (other.received, other.id) }
}
