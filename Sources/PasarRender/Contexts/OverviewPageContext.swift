import PasarCore

/// The regency overview: headline figures, every market in one table, categories, monthly trend.
struct OverviewPageContext: Encodable {
    struct MarketRow: Encodable {
        let name: String
        let url: String
        let district: String
        let received: String
        let open: String
        let open_overdue: String
        let resolved: String
        let rejected: String
        let within_fraction: String
        let within_standard_share: String
        let median_resolution_hours: String
        let median_resolution_working_days: String
        let rank_text: String
        let rank: Int?
        let ranked: Bool
        /// Raw values for sorting the table in the browser (the shown texts are locale-formatted).
        let sort: SortKeys
    }

    struct SortKeys: Encodable {
        let received: Int
        let open: Int
        let overdue: Int
        let within: String
        let median: String
        let rank: Int
    }

    let figures: FiguresContext
    let monthly: MonthlyContext
    let markets: [MarketRow]
    let share_chart: SVGChart
    let categories: [FigureRow]
    let ranking_note: String
    let unknown_market: String?
    let csv_url: String
    let json_url: String
    /// The count of recurring problems and a link to their page; nil for a frozen moment.
    let recurrence: RecurrenceContext?

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let report = site.report
        figures = FiguresContext(report.regency, format: f)
        recurrence = report.recurrence.map {
            RecurrenceContext($0, problems: [], site: site, language: language, format: f, root: root, showMarket: true)
        }
        monthly = MonthlyContext(report.regency.monthly, asOf: report.asOf, format: f)
        markets = report.markets.map { m in
            let s = m.statistics
            var rank: Int?
            if case let .ranked(position, _) = m.rank { rank = position }
            return MarketRow(
                name: m.market.name, url: home + PageAddress.market(m.market.id).path, district: m.market.district,
                received: f.integer(s.received), open: f.integer(s.open), open_overdue: f.integer(s.openOverdue),
                resolved: f.integer(s.resolved), rejected: f.integer(s.rejected),
                within_fraction: f.fraction(s.withinStandard), within_standard_share: f.percent(s.withinStandard),
                median_resolution_hours: f.hours(s.resolutionTime?.median),
                median_resolution_working_days: f.workingDays(s.resolutionWorkingDays?.median),
                rank_text: m.rank.text(format: f, threshold: report.rankingThreshold), rank: rank, ranked: m.rank.isRanked,
                sort: SortKeys(
                    received: s.received, open: s.open, overdue: s.openOverdue,
                    within: s.withinStandard.percent?.decimalText(places: 3) ?? "-1",
                    median: s.resolutionTime?.median.decimalText(places: 1) ?? "999999999", rank: rank ?? 9999))
        }
        share_chart = OverviewPageContext.shareChart(report, format: f)
        categories = report.categories.map { c in
            FigureRow(name: f.categoryName(c.category), url: home + PageAddress.category(c.category.id).path,
                      statistics: c.statistics, format: f)
        }
        ranking_note = f.strings.text("overview.ranking_note", ["threshold": f.integer(report.rankingThreshold)])
        unknown_market = report.unknownMarket.received > 0 ? f.integer(report.unknownMarket.received) : nil
        csv_url = root + "data/markets.csv"
        json_url = root + "data/markets.json"
    }

    /// On-time share per market, highest first; markets with too few decided complaints hatched and last.
    static func shareChart(_ report: PortalReport, format f: LocalFormat) -> SVGChart {
        let rows = report.markets.sorted { a, b in
            let pa = a.statistics.withinStandard.percent ?? Fraction(-1), pb = b.statistics.withinStandard.percent ?? Fraction(-1)
            return (a.rank.isRanked ? 1 : 0, pa, b.market.name) > (b.rank.isRanked ? 1 : 0, pb, a.market.name)
        }
        let ranked = rows.filter(\.rank.isRanked)
        var summary = ""
        if let best = ranked.first, let worst = ranked.last {
            summary = f.strings.text("charts.share_summary", [
                "best": best.market.name, "best_share": f.shareWithDenominator(best.statistics.withinStandard),
                "worst": worst.market.name, "worst_share": f.shareWithDenominator(worst.statistics.withinStandard),
                "regency": f.shareWithDenominator(report.regency.withinStandard),
            ])
        }
        if ranked.count < rows.count {
            summary += " " + f.strings.text("charts.share_unranked", ["count": f.integer(rows.count - ranked.count)])
        }
        let legend = [ChartSeries(name: f.strings.text("charts.ranked"), fill: Charts.onTime),
                      ChartSeries(name: f.strings.text("charts.not_ranked"), fill: .hatched("#5f6b66"))]
        return Charts.horizontal(
            rows.map { m in
                let share = m.statistics.withinStandard
                return (m.market.name, share.percent.map { Int($0.scaledRounded(places: 0)) } ?? 0,
                        "\(f.percent(share)) (\(f.fraction(share)))", !m.rank.isRanked)
            },
            maximum: 100, id: "chart-share", title: f.strings.text("overview.share_heading"), summary: summary, legend: legend, format: f)
    }
}
