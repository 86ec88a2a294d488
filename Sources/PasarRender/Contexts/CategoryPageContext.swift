import PasarCore

/// A category across markets: its standard (and markets that set their own), figures per market, trend.
struct CategoryPageContext: Encodable {
    struct Exception: Encodable {
        let market: String
        let url: String
        let respond: String
        let resolve: String
    }

    let category: String
    let category_id: String
    let respond: String
    let resolve: String
    /// "sejak 1 Juli 2026" when the regency's limit for the category changed.
    let since: String?
    let standard_history: StandardHistoryContext
    let regency_standard_url: String
    let exceptions: [Exception]
    let has_exceptions: Bool
    let figures: FiguresContext
    let monthly: MonthlyContext
    let markets: [FigureRow]

    init(_ report: CategoryReport, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        category = f.categoryName(report.category)
        category_id = report.category.id
        respond = f.responseTime(report.standard.firstResponse)
        resolve = f.responseTime(report.standard.resolution)
        since = StandardHistoryContext.since(report.standardHistory, on: site.report.asOf.wibDate, format: f)
        standard_history = StandardHistoryContext([report.standardHistory], on: site.report.asOf.wibDate, format: f)
        regency_standard_url = home + PageAddress.regencyStandard.path
        exceptions = site.report.markets.compactMap { m in
            guard let own = m.standards.first(where: { $0.category.id == report.category.id })?.standard, own != report.standard else { return nil }
            return Exception(market: m.market.name, url: home + PageAddress.market(m.market.id).path,
                             respond: f.responseTime(own.firstResponse), resolve: f.responseTime(own.resolution))
        }
        has_exceptions = !exceptions.isEmpty
        figures = FiguresContext(report.statistics, format: f)
        monthly = MonthlyContext(report.statistics.monthly, asOf: site.report.asOf, format: f)
        markets = site.report.markets.map { m in
            let s = report.byMarket[m.market.id] ?? ComplaintStatistics.empty(months: site.report.months)
            return FigureRow(name: m.market.name, url: home + PageAddress.market(m.market.id).path, statistics: s, format: f)
        }
    }
}
