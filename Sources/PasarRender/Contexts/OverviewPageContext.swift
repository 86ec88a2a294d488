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
        let within_share: String
        let median_resolution_hours: String
        let median_resolution_working_days: String
        let rank_text: String
        let rank: Int?
        let ranked: Bool
        let bar_width: Int
    }

    struct CategoryRow: Encodable {
        let name: String
        let url: String
        let received: String
        let open: String
        let open_overdue: String
        let within_fraction: String
        let within_share: String
        let median_resolution_hours: String
    }

    let figures: FiguresContext
    let monthly: MonthlyContext
    let markets: [MarketRow]
    let categories: [CategoryRow]
    let ranking_note: String
    let unknown_market: String?
    let csv_url: String
    let json_url: String

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let report = site.report
        figures = FiguresContext(report.regency, format: f)
        monthly = MonthlyContext(report.regency.monthly, format: f)
        markets = report.markets.map { m in
            let s = m.statistics
            var rank: Int?
            if case let .ranked(position, _) = m.rank { rank = position }
            return MarketRow(
                name: m.market.name, url: home + PageAddress.market(m.market.id).path, district: m.market.district,
                received: f.integer(s.received), open: f.integer(s.open), open_overdue: f.integer(s.openOverdue),
                resolved: f.integer(s.resolved), rejected: f.integer(s.rejected),
                within_fraction: f.fraction(s.withinStandard), within_share: f.percent(s.withinStandard),
                median_resolution_hours: f.hours(s.resolutionTime?.median),
                median_resolution_working_days: f.workingDays(s.resolutionWorkingDays?.median),
                rank_text: m.rank.text(format: f, threshold: report.rankingThreshold), rank: rank, ranked: m.rank.isRanked,
                bar_width: s.withinStandard.percent.map { Int($0.scaledRounded(places: 0)) } ?? 0)
        }
        categories = report.categories.map { c in
            let s = c.statistics
            return CategoryRow(
                name: f.categoryName(c.category), url: home + PageAddress.category(c.category.id).path,
                received: f.integer(s.received), open: f.integer(s.open), open_overdue: f.integer(s.openOverdue),
                within_fraction: f.fraction(s.withinStandard), within_share: f.percent(s.withinStandard),
                median_resolution_hours: f.hours(s.resolutionTime?.median))
        }
        ranking_note = f.strings.text("overview.ranking_note", ["threshold": f.integer(report.rankingThreshold)])
        unknown_market = report.unknownMarket.received > 0 ? f.integer(report.unknownMarket.received) : nil
        csv_url = root + "data/markets.csv"
        json_url = root + "data/markets.json"
    }
}
