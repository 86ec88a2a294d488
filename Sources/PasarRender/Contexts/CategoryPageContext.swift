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
    /// Markets with their own limit for this category: the first `exceptionsShown` in the markets'
    /// order, and how many more (a province may have hundreds; each market's page shows its own).
    let exceptions: [Exception]
    let has_exceptions: Bool
    let exceptions_more: String?
    struct DistrictRow: Encodable {
        let name: String
        let url: String
        let received: String
        let open: String
        let open_overdue: String
        let within_standard_share: String
        let within_fraction: String
    }

    let figures: FiguresContext
    let monthly: MonthlyContext
    /// Every market when there are few; else the best and worst few for this category, and the districts.
    let markets: [FigureRow]
    let shows_all: Bool
    let worst: [FigureRow]
    let districts: [DistrictRow]
    let csv_url: String

    static let exceptionsShown = 40

    init(_ report: CategoryReport, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        category = f.categoryName(report.category)
        category_id = report.category.id
        respond = f.responseTime(report.standard.firstResponse)
        resolve = f.responseTime(report.standard.resolution)
        since = StandardHistoryContext.since(report.standardHistory, on: site.report.asOf.wibDate, format: f)
        standard_history = StandardHistoryContext([report.standardHistory], on: site.report.asOf.wibDate, format: f)
        regency_standard_url = home + PageAddress.regencyStandard.path
        let own = site.report.markets.compactMap { m -> (MarketReport, ResponseStandard)? in
            guard let own = m.standards.first(where: { $0.category.id == report.category.id })?.standard, own != report.standard else { return nil }
            return (m, own)
        }
        exceptions = own.prefix(Self.exceptionsShown).map { m, standard in
            Exception(market: m.market.name, url: home + PageAddress.market(m.market.id).path,
                      respond: f.responseTime(standard.firstResponse), resolve: f.responseTime(standard.resolution))
        }
        has_exceptions = !exceptions.isEmpty
        exceptions_more = own.count > exceptions.count
            ? f.strings.text("category.exceptions_more", ["count": f.integer(own.count - exceptions.count)]) : nil
        figures = FiguresContext(report.statistics, format: f).compared(report.statistics, with: site.report.regency, format: f)
        monthly = MonthlyContext(report.statistics.monthly, asOf: site.report.asOf, format: f)
        let empty = ComplaintStatistics.empty(months: site.report.months)
        let all = site.report.markets
        func row(_ m: MarketReport) -> FigureRow {
            FigureRow(name: m.market.name, url: home + PageAddress.market(m.market.id).path, statistics: report.byMarket[m.market.id] ?? empty, format: f)
        }
        shows_all = all.count <= OverviewPageContext.allUpTo
        if shows_all {
            markets = all.map(row)
            worst = []
        } else {
            // Ranked within the category as on the overview: by on-time share, among markets with enough decided complaints.
            let ranked = all.filter { (report.byMarket[$0.market.id]?.decided ?? 0) >= max(1, site.report.rankingThreshold) }
                .sorted { a, b in
                    let x = report.byMarket[a.market.id]?.withinStandard.percent ?? Fraction(0), y = report.byMarket[b.market.id]?.withinStandard.percent ?? Fraction(0)
                    return (x, b.market.name) > (y, a.market.name)
                }
            markets = ranked.prefix(OverviewPageContext.fewest).map(row)
            worst = ranked.count > OverviewPageContext.fewest ? ranked.suffix(min(OverviewPageContext.fewest, ranked.count - OverviewPageContext.fewest)).reversed().map(row) : []
        }
        districts = shows_all ? [] : site.groups.districts.map { d in
            var totals = AdditiveFigures()
            for m in d.markets { totals.add(report.byMarket[all[m].market.id] ?? empty) }
            return DistrictRow(name: f.districtName(d), url: home + PageAddress.district(d.slug).path,
                               received: f.integer(totals.received), open: f.integer(totals.open), open_overdue: f.integer(totals.overdue),
                               within_standard_share: f.percent(totals.share), within_fraction: f.fraction(totals.share))
        }
        csv_url = root + "data/market-categories.csv"
    }
}
