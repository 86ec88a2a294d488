import PasarCore

/// One group's figures, written out for a page: counts, on-time share with its denominator, times.
struct FiguresContext: Encodable {
    struct StatusCount: Encodable {
        let status: String
        let label: String
        let count: String
    }

    let received: String
    let open: String
    let open_by_status: [StatusCount]
    let open_overdue: String
    let has_open_overdue: Bool
    let open_not_yet_due: String
    let resolved: String
    let rejected: String
    let closed: String
    let unknown_status: String?
    let within_share: String
    let within_fraction: String
    let within_numerator: String
    let decided: String
    let has_decided: Bool
    let resolution_count: String
    let median_resolution_hours: String
    let p90_resolution_hours: String
    let mean_resolution_hours: String
    let median_resolution_working_days: String
    let p90_resolution_working_days: String
    let first_response_count: String
    let median_first_response_hours: String
    let oldest_open_age: String
    let has_open: Bool
    let excluded: String
    let has_excluded: Bool

    init(_ s: ComplaintStatistics, format f: LocalFormat) {
        received = f.integer(s.received)
        open = f.integer(s.open)
        open_by_status = ComplaintStatus.openStatuses.map {
            StatusCount(status: $0.rawValue, label: f.strings.text("status.\($0.rawValue)"), count: f.integer(s.openByStatus[$0] ?? 0))
        }
        open_overdue = f.integer(s.openOverdue)
        has_open_overdue = s.openOverdue > 0
        open_not_yet_due = f.integer(s.openNotYetDue)
        resolved = f.integer(s.resolved)
        rejected = f.integer(s.rejected)
        closed = f.integer(s.closed)
        unknown_status = s.unknownStatus > 0 ? f.integer(s.unknownStatus) : nil
        within_share = f.percent(s.withinStandard)
        within_fraction = f.fraction(s.withinStandard)
        within_numerator = f.integer(s.withinStandard.numerator)
        decided = f.integer(s.decided)
        has_decided = s.decided > 0
        resolution_count = f.integer(s.resolutionTime?.count ?? 0)
        median_resolution_hours = f.hours(s.resolutionTime?.median)
        p90_resolution_hours = f.hours(s.resolutionTime?.p90)
        mean_resolution_hours = f.hours(s.resolutionTime?.mean)
        median_resolution_working_days = f.workingDays(s.resolutionWorkingDays?.median)
        p90_resolution_working_days = f.workingDays(s.resolutionWorkingDays?.p90)
        first_response_count = f.integer(s.firstResponseTime?.count ?? 0)
        median_first_response_hours = f.hours(s.firstResponseTime?.median)
        oldest_open_age = f.days(s.oldestOpenAge)
        has_open = s.open > 0
        excluded = f.integer(s.excludedFromTimeStatistics)
        has_excluded = s.excludedFromTimeStatistics > 0
    }
}

/// The monthly series as table rows, with bar widths for a no-script chart.
struct MonthlyContext: Encodable {
    struct Row: Encodable {
        let month: String
        let month_iso: String
        let received: String
        let resolved: String
        let received_width: Int
        let resolved_width: Int
    }

    let rows: [Row]

    init(_ monthly: [MonthlyCount], format f: LocalFormat) {
        let peak = max(1, monthly.map { max($0.received, $0.resolved) }.max() ?? 1)
        rows = monthly.map {
            Row(month: f.month($0.month), month_iso: $0.month.description, received: f.integer($0.received),
                resolved: f.integer($0.resolved), received_width: $0.received * 100 / peak, resolved_width: $0.resolved * 100 / peak)
        }
    }
}

extension Rank {
    /// "Peringkat 3 dari 9" or why the market is not ranked.
    func text(format f: LocalFormat, threshold: Int) -> String {
        switch self {
        case let .ranked(position, of: count):
            f.strings.text("rank.ranked", ["position": f.integer(position), "count": f.integer(count)])
        case let .tooFewDecided(decided):
            f.strings.text("rank.too_few", ["decided": f.integer(decided), "threshold": f.integer(threshold)])
        }
    }

    var isRanked: Bool { if case .ranked = self { true } else { false } }
}
