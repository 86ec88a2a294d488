import PasarCore

/// One group's figures written out for a page: every published figure under its column name
/// (`{{figures.median_resolution_hours}}`), plus the few things pages compose from them.
struct FiguresContext: Encodable {
    struct StatusCount: Encodable {
        let status: String
        let label: String
        let count: String
    }

    /// Every `PublishedFigure`, written for the page's language, by name.
    let text: [String: String]
    let open_by_status: [StatusCount]
    let has_open: Bool
    let has_open_overdue: Bool
    let has_decided: Bool
    let has_excluded: Bool
    let has_unknown_status: Bool
    let closed: String
    /// "42 dari 50": the on-time share's numerator and denominator.
    let within_fraction: String
    /// The regency's figures beside a market's headline (market pages only).
    var regency_median: String?
    var regency_within: String?
    var regency_open: String?

    init(_ statistics: ComplaintStatistics, format f: LocalFormat) {
        self.init(FigureValues(statistics), format: f)
    }

    /// The figures from a frozen edition's cells.
    init(cells: [String: String], format f: LocalFormat) {
        self.init(FigureValues(cells: cells), format: f)
    }

    init(_ values: FigureValues, format f: LocalFormat) {
        text = Dictionary(uniqueKeysWithValues: PublishedFigure.all.map { ($0.name, f.figure(values[$0.name], unit: $0.unit)) })
        open_by_status = ComplaintStatus.openStatuses.map {
            StatusCount(status: $0.rawValue, label: f.strings.text("status.\($0.rawValue)"), count: f.integer(values.count("open_\($0.rawValue)")))
        }
        has_open = values.count("open") > 0
        has_open_overdue = values.count("open_overdue") > 0
        has_decided = values.count("decided") > 0
        has_excluded = values.count("excluded_from_time_statistics") > 0
        has_unknown_status = values.count("unknown_status") > 0
        closed = f.integer(values.count("resolved") + values.count("rejected"))
        within_fraction = f.fraction(Share(values.count("resolved_within_standard"), of: values.count("decided")))
    }

    /// These figures with the regency's beside the headline ones, saying which is better: a higher
    /// on-time share, a shorter median time. A share is never shown without its denominator.
    func compared(_ mine: ComplaintStatistics, with regency: ComplaintStatistics, format f: LocalFormat) -> FiguresContext {
        var figures = self
        figures.regency_median = f.timeComparison(mine.resolutionTime?.median, regency.resolutionTime?.median)
        figures.regency_within = f.comparison(mine.withinStandard, regency.withinStandard, shown: f.shareWithDenominator(regency.withinStandard))
        figures.regency_open = f.strings.text("compare.regency_open", ["regency": f.integer(regency.open)])
        return figures
    }

    subscript(name: String) -> String { text[name] ?? "" }

    private enum Key: String, CodingKey {
        case open_by_status, has_open, has_open_overdue, has_decided, has_excluded, has_unknown_status, closed, within_fraction
        case regency_median, regency_within, regency_open
    }

    private struct FigureKey: CodingKey {
        let stringValue: String
        init(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var figures = encoder.container(keyedBy: FigureKey.self)
        for (name, value) in text { try figures.encode(value, forKey: FigureKey(stringValue: name)) }
        var own = encoder.container(keyedBy: Key.self)
        try own.encode(open_by_status, forKey: .open_by_status)
        try own.encode(has_open, forKey: .has_open)
        try own.encode(has_open_overdue, forKey: .has_open_overdue)
        try own.encode(has_decided, forKey: .has_decided)
        try own.encode(has_excluded, forKey: .has_excluded)
        try own.encode(has_unknown_status, forKey: .has_unknown_status)
        try own.encode(closed, forKey: .closed)
        try own.encode(within_fraction, forKey: .within_fraction)
        try own.encodeIfPresent(regency_median, forKey: .regency_median)
        try own.encodeIfPresent(regency_within, forKey: .regency_within)
        try own.encodeIfPresent(regency_open, forKey: .regency_open)
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
    let within_standard_share: String
    let within_fraction: String
    let median_resolution_hours: String
    let rank: String?
    /// The row's anchor, where rows are cited one by one (an edition's markets: `pasar-<id>`).
    var anchor: String?

    init(name: String, url: String, figures: FiguresContext, rank: String? = nil, anchor: String? = nil) {
        self.name = name
        self.url = url
        self.anchor = anchor
        received = figures["received"]
        open = figures["open"]
        open_overdue = figures["open_overdue"]
        within_standard_share = figures["within_standard_share"]
        within_fraction = figures.within_fraction
        median_resolution_hours = figures["median_resolution_hours"]
        self.rank = rank
    }

    /// A row of live figures, writing out only the figures a row shows.
    init(name: String, url: String, statistics s: ComplaintStatistics, format f: LocalFormat, rank: String? = nil) {
        self.name = name
        self.url = url
        received = f.integer(s.received)
        open = f.integer(s.open)
        open_overdue = f.integer(s.openOverdue)
        within_standard_share = f.percent(s.withinStandard)
        within_fraction = f.fraction(s.withinStandard)
        median_resolution_hours = f.hours(s.resolutionTime?.median)
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
        /// "sampai 20 November": the as-of month, when it has not ended.
        let partial: String?
    }

    let rows: [Row]
    let chart: SVGChart

    /// `asOf` marks its month as partial when the moment is before the month's last second.
    init(_ monthly: [MonthlyCount], asOf: Timestamp, format f: LocalFormat) {
        let day = asOf.wibDate
        let partialMonth = asOf < day.yearMonth.lastDay.endInWIB ? day.yearMonth : nil
        let partial = f.strings.text("monthly.partial", ["date": f.date(day)])
        rows = monthly.map {
            Row(month: f.month($0.month), month_iso: $0.month.description, received: f.integer($0.received), resolved: f.integer($0.resolved),
                partial: $0.month == partialMonth ? partial : nil)
        }
        chart = Charts.monthly(monthly, id: "chart-monthly", partial: partialMonth.map { ($0, partial) }, format: f)
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

extension LocalFormat {
    /// "84,9% (4.671 dari 5.501)": a share with its numerator and denominator.
    func shareWithDenominator(_ share: Share) -> String { "\(percent(share)) (\(fraction(share)))" }

    /// A figure written for this language by its unit: `1.234`, `84,0%`, `97,5 jam`, `4,5 hari kerja`, `12,3 hari`.
    func figure(_ value: FigureValue, unit: PublishedFigure.Unit) -> String {
        switch value {
        case let .count(count): return integer(count)
        case .measure(nil): return strings.text("format.none")
        case let .measure(measure?):
            let number = decimal(measure, places: unit.places)
            let key = switch unit {
            case .percent: "format.percent"
            case .hours: "format.hours"
            case .workingDays: "format.working_days"
            case .days: "format.days"
            case .count: "format.none"
            }
            return unit == .count ? number : strings.text(key, ["value": number])
        }
    }
}
