import PasarCore

/// The regency overview: the regency's key figures first, the way to one's market (by district,
/// the full list, a search), the best and worst markets, categories, recurring problems, trend.
/// Its size does not grow with the number of markets beyond one line per district.
struct OverviewPageContext: Encodable {
    struct DistrictLink: Encodable {
        let name: String
        let url: String
        let markets: String
    }

    let figures: FiguresContext
    let monthly: MonthlyContext
    /// Every market when there are few, else the best and the worst few ranked ones.
    let markets: [MarketRow]
    let shows_all: Bool
    let worst: [MarketRow]
    let has_worst: Bool
    let share_chart: SVGChart
    let districts: [DistrictLink]
    let list_url: String
    let districts_url: String
    /// The small JSON index the search box reads (the page works without it).
    let index_url: String
    let categories: [FigureRow]
    let ranking_note: String
    let unknown_market: String?
    let csv_url: String
    let json_url: String
    /// The count of recurring problems and a link to their page; nil for a frozen moment.
    let recurrence: RecurrenceContext?
    /// Current announcements and the next activities; nil when the site has no programme.
    let programme: ProgrammeSummary?

    /// Up to this many markets the overview lists them all; beyond, the best and worst `fewest`.
    static let allUpTo = 15
    static let fewest = 5

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let report = site.report
        figures = FiguresContext(report.regency, format: f)
        programme = ProgrammeSummary(site: site, language: language, format: f, root: root)
        recurrence = report.recurrence.map {
            RecurrenceContext($0, problems: [], site: site, language: language, format: f, root: root, showMarket: true)
        }
        monthly = MonthlyContext(report.regency.monthly, asOf: report.asOf, format: f)
        let order = site.groups.byRank
        let ranked = order.filter { report.markets[$0].rank.isRanked }
        shows_all = order.count <= Self.allUpTo
        let best = shows_all ? order : Array(ranked.prefix(Self.fewest))
        let worst = shows_all ? [] : Array(ranked.suffix(min(Self.fewest, max(0, ranked.count - Self.fewest))).reversed())
        markets = best.map { MarketRow(report.markets[$0], home: home, format: f) }
        self.worst = worst.map { MarketRow(report.markets[$0], home: home, format: f) }
        has_worst = !worst.isEmpty
        share_chart = OverviewPageContext.shareChart(report, shown: best + worst.reversed(), format: f)
        districts = site.groups.districts.map {
            DistrictLink(name: f.districtName($0), url: home + PageAddress.district($0.slug).path,
                         markets: f.integer($0.markets.count))
        }
        list_url = home + PageAddress.marketList(page: 1).path
        districts_url = home + PageAddress.districts.path
        index_url = root + SearchIndex.path
        categories = report.categories.map { c in
            FigureRow(name: f.categoryName(c.category), url: home + PageAddress.category(c.category.id).path,
                      statistics: c.statistics, format: f)
        }
        ranking_note = f.strings.text("overview.ranking_note", ["threshold": f.integer(report.rankingThreshold)])
        unknown_market = report.unknownMarket.received > 0 ? f.integer(report.unknownMarket.received) : nil
        csv_url = root + "data/markets.csv"
        json_url = root + "data/markets.json"
    }

    /// On-time share of the markets shown, highest first; markets with too few decided complaints hatched and last.
    static func shareChart(_ report: PortalReport, shown: [Int], format f: LocalFormat) -> SVGChart {
        let rows = shown.map { report.markets[$0] }
        let ranked = report.markets.filter(\.rank.isRanked).sorted { a, b in
            (a.statistics.withinStandard.percent ?? Fraction(-1), b.market.name) > (b.statistics.withinStandard.percent ?? Fraction(-1), a.market.name)
        }
        var summary = ""
        if let best = ranked.first, let worst = ranked.last {
            summary = f.strings.text("charts.share_summary", [
                "best": best.market.name, "best_share": f.shareWithDenominator(best.statistics.withinStandard),
                "worst": worst.market.name, "worst_share": f.shareWithDenominator(worst.statistics.withinStandard),
                "regency": f.shareWithDenominator(report.regency.withinStandard),
            ])
        }
        let unranked = report.markets.count - ranked.count
        if unranked > 0 {
            summary += " " + f.strings.text("charts.share_unranked", ["count": f.integer(unranked)])
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
