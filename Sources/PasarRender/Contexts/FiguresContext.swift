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
    let median_first_response_hours: String
    let oldest_open_age: String
    let has_open: Bool
    let excluded: String
    let has_excluded: Bool
    /// The regency's figures beside a market's headline (market pages only).
    var regency_median: String?
    var regency_within: String?
    var regency_open: String?

    init(_ s: ComplaintStatistics, format f: LocalFormat) {
        self.init(cells: MarketTable.figureCells(s), format: f)
    }

    /// These figures with the regency's shown beside the headline ones.
    func compared(with regency: FiguresContext) -> FiguresContext {
        var figures = self
        figures.regency_median = regency.median_resolution_hours
        figures.regency_within = regency.within_share
        figures.regency_open = regency.open
        return figures
    }

    /// The figures from their CSV cells (live or frozen), written out for `f`'s language.
    init(cells: [String: String], format f: LocalFormat) {
        func count(_ column: String) -> Int { Int(cells[column] ?? "") ?? 0 }
        func text(_ column: String) -> String { f.integer(count(column)) }
        func value(_ column: String) -> Fraction? { cells[column].flatMap(Fraction.init(decimalText:)) }
        received = text("received")
        open = text("open")
        open_by_status = ComplaintStatus.openStatuses.map {
            StatusCount(status: $0.rawValue, label: f.strings.text("status.\($0.rawValue)"), count: text("open_\($0.rawValue)"))
        }
        open_overdue = text("open_overdue")
        has_open_overdue = count("open_overdue") > 0
        open_not_yet_due = text("open_not_yet_due")
        resolved = text("resolved")
        rejected = text("rejected")
        closed = f.integer(count("resolved") + count("rejected"))
        unknown_status = count("unknown_status") > 0 ? text("unknown_status") : nil
        let share = Share(count("resolved_within_standard"), of: count("decided"))
        within_share = value("within_standard_share").map { f.strings.text("format.percent", ["value": f.decimal($0)]) } ?? f.strings.text("format.none")
        within_fraction = f.fraction(share)
        within_numerator = text("resolved_within_standard")
        decided = text("decided")
        has_decided = share.denominator > 0
        resolution_count = text("resolution_time_count")
        median_resolution_hours = f.hours(value("median_resolution_hours").map { Fraction($0.numerator * 3600, $0.denominator) })
        p90_resolution_hours = f.hours(value("p90_resolution_hours").map { Fraction($0.numerator * 3600, $0.denominator) })
        mean_resolution_hours = f.hours(value("mean_resolution_hours").map { Fraction($0.numerator * 3600, $0.denominator) })
        median_resolution_working_days = f.workingDays(value("median_resolution_working_days"))
        p90_resolution_working_days = f.workingDays(value("p90_resolution_working_days"))
        median_first_response_hours = f.hours(value("median_first_response_hours").map { Fraction($0.numerator * 3600, $0.denominator) })
        oldest_open_age = value("oldest_open_age_days").map { f.strings.text("format.days", ["value": f.decimal($0)]) } ?? f.strings.text("format.none")
        has_open = count("open") > 0
        excluded = text("excluded_from_time_statistics")
        has_excluded = count("excluded_from_time_statistics") > 0
    }
}

/// One row of a table of groups (markets of a category, categories, an edition's markets): name,
/// link and the key figures, with the on-time share's denominator.
struct FigureRow: Encodable {
    let name: String
    let url: String
    let received: String
    let open: String
    let open_overdue: String
    let within_share: String
    let within_fraction: String
    let median_resolution_hours: String
    let rank: String?

    init(name: String, url: String, figures: FiguresContext, rank: String? = nil) {
        self.name = name
        self.url = url
        received = figures.received
        open = figures.open
        open_overdue = figures.open_overdue
        within_share = figures.within_share
        within_fraction = figures.within_fraction
        median_resolution_hours = figures.median_resolution_hours
        self.rank = rank
    }
}

/// The monthly series: its chart and the table the chart draws.
struct MonthlyContext: Encodable {
    struct Row: Encodable {
        let month: String
        let month_iso: String
        let received: String
        let resolved: String
    }

    let rows: [Row]
    let chart: SVGChart

    init(_ monthly: [MonthlyCount], format f: LocalFormat) {
        rows = monthly.map {
            Row(month: f.month($0.month), month_iso: $0.month.description, received: f.integer($0.received), resolved: f.integer($0.resolved))
        }
        chart = Charts.monthly(monthly, id: "chart-monthly", format: f)
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
