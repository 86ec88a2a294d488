import PasarCore
import PasarSources

/// A market's page: headline figures, its response standards, what people complain about, the
/// monthly trend, the regency side by side, and its service-standard document.
struct MarketPageContext: Encodable {
    struct MarketInfo: Encodable {
        let id: String
        let name: String
        let district: String
        let address: String
    }

    struct StandardRow: Encodable {
        let category: String
        let category_url: String
        let respond: String
        let resolve: String
        let differs_from_regency: Bool
        /// "sejak 1 Juli 2026" when the standard changed and the current one began on that day.
        let since: String?
    }

    struct DistributionRow: Encodable {
        let days: String
        let within: String
        let late: String
    }

    let market: MarketInfo
    let figures: FiguresContext
    let regency: FiguresContext
    let rank_text: String
    let ranked: Bool
    let standards: [StandardRow]
    let standard_history: StandardHistoryContext
    /// This market's recurring problems; nil for a frozen moment.
    let recurrence: RecurrenceContext?
    /// The regency standard's page: what a market without a document of its own follows.
    let regency_standard_url: String
    let categories: [FigureRow]
    let category_chart: SVGChart
    let distribution: [DistributionRow]
    let distribution_chart: SVGChart
    let monthly: MonthlyContext
    let recent: [RecentComplaint]
    let has_recent: Bool
    let document: DocumentContext?
    /// Nil when the database has no satisfaction survey.
    let satisfaction: SatisfactionContext?
    let csv_url: String
    let json_url: String
    let how_to_complain_url: String?
    /// The market's printable notice (Indonesian only, like the notice board).
    let notice_url: String
    /// The market's Atom feed (in Indonesian, like the site's); nil without a base_url.
    let feed_url: String?
    let feed_title: String
    /// The latest frozen edition's row for this market: figures that will not change.
    let stable_cite: StableCitation?
    /// The market's next activities (its own and the regency's); nil when the site has no programme.
    let programme: ProgrammeSummary?

    /// `regency` is the regency's figures for this language, the same on every market page.
    init(_ report: MarketReport, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String, regency: FiguresContext,
         latestEditionMarkets: [String: Int]) {
        let home = root + language.pathPrefix
        let regencyReport = site.report
        market = MarketInfo(id: report.market.id, name: report.market.name, district: report.market.district, address: report.market.address)
        self.regency = regency
        figures = FiguresContext(report.statistics, format: f).compared(report.statistics, with: regencyReport.regency, format: f)
        rank_text = report.rank.text(format: f, threshold: regencyReport.rankingThreshold)
        ranked = report.rank.isRanked
        let regencyStandards = Dictionary(uniqueKeysWithValues: regencyReport.categories.map { ($0.category.id, $0.standard) })
        standards = report.standards.map { row in
            StandardRow(
                category: f.categoryName(row.category), category_url: home + PageAddress.category(row.category.id).path,
                respond: f.responseTime(row.standard.firstResponse), resolve: f.responseTime(row.standard.resolution),
                differs_from_regency: regencyStandards[row.category.id] != row.standard,
                since: StandardHistoryContext.since(row, on: regencyReport.asOf.wibDate, format: f))
        }
        standard_history = StandardHistoryContext(report.standards, on: regencyReport.asOf.wibDate, format: f)
        regency_standard_url = home + PageAddress.regencyStandard.path
        programme = ProgrammeSummary(site: site, market: report.market.id, language: language, format: f, root: root)
        recurrence = regencyReport.recurrence.map { r in
            RecurrenceContext(r, problems: r.recurringByMarket.indices.contains(report.position) ? r.recurringByMarket[report.position] : [],
                              site: site, language: language, format: f, root: root, showMarket: false)
        }
        let sortedCategories = site.report.categories.map(\.category)
            .map { ($0, report.byCategory[$0.id]) }
            .compactMap { category, statistics in statistics.map { (category, $0) } }
            .sorted { ($1.1.received, $0.0.id) < ($0.1.received, $1.0.id) }
        categories = sortedCategories.map { category, s in
            FigureRow(name: f.categoryName(category), url: home + PageAddress.category(category.id).path,
                      statistics: s, format: f)
        }
        let total = report.statistics.received
        var categorySummary = ""
        if let top = sortedCategories.first, total > 0 {
            categorySummary = f.strings.text("charts.categories_summary", [
                "name": f.categoryName(top.0), "count": f.integer(top.1.received), "total": f.integer(total),
                "percent": f.percent(Share(top.1.received, of: total)),
            ])
        }
        category_chart = Charts.horizontal(
            sortedCategories.map { (f.categoryName($0.0), $0.1.received, f.integer($0.1.received), false) },
            maximum: sortedCategories.first?.1.received ?? 1, id: "chart-categories",
            title: f.strings.text("market.categories_caption"), summary: categorySummary, format: f)
        let bins = report.resolutionBins.map(ResolutionBin.init)
        distribution = bins.map { DistributionRow(days: $0.label, within: f.integer($0.within), late: f.integer($0.late)) }
        distribution_chart = Charts.distribution(bins, id: "chart-distribution", format: f)
        monthly = MonthlyContext(report.statistics.monthly, asOf: site.report.asOf, format: f)
        recent = RecentComplaint.rows(report.recent, site: site, format: f)
        has_recent = !recent.isEmpty
        document = site.marketDocuments[report.market.id].map { DocumentContext($0, language: language, format: f) }
        satisfaction = site.report.satisfaction.map { SatisfactionContext(market: report.market.id, report: $0, format: f) }
        csv_url = root + "data/markets.csv"
        json_url = root + "data/markets.json"
        how_to_complain_url = site.config.howToComplain.map { home + PageAddress.page($0).path }
        notice_url = root + PageAddress.notice(report.market.id).path
        feed_url = site.config.baseURL == nil ? nil : root + MarketFeed.path(report.market.id)
        feed_title = f.strings.text("feed.link_title", ["market": report.market.name])
        stable_cite = StableCitation(market: report.market, position: latestEditionMarkets[report.market.id], site: site,
                                     language: language, format: f, root: root)
    }
}

/// The citation of a market's figures in the latest frozen edition, whose numbers never change.
struct StableCitation: Encodable {
    let text: String
    /// Absolute when base_url is set.
    let url: String
    /// Relative, for the link on the page.
    let link: String

    /// `position`: the market's row in the latest edition (nil: none, the edition's page is cited whole).
    init?(market: Market, position: Int?, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        guard let latest = site.editions.last?.edition, let month = latest.month,
              let asOf = try? Timestamp.parse(latest.asOf).get() else { return nil }
        let anchor = position == nil ? "" : "#" + EditionPageContext.anchor(market: market.id)
        // The edition's market table runs over pages of the list's size: cite the one with the row.
        let address = PageAddress.edition(latest.edition, page: (position ?? 0) / MarketListPageContext.pageSize + 1)
        text = f.strings.text("cite.stable_template", [
            "title": market.name, "edition": f.strings.text("editions.edition_title", ["month": f.monthName(month)]),
            "site": site.config.title, "office": site.config.office.name, "as_of": f.dateTime(asOf),
        ])
        url = site.permanentURL(for: address, in: language) + anchor
        link = root + language.pathPrefix + address.path + anchor
    }
}

/// One of a market's latest complaints as the public may see it: never rahasia, summary scrubbed.
struct RecentComplaint: Encodable {
    let id: String
    let received: String
    let category: String
    let status: String
    let summary: String

    static func rows(_ listed: [ListedComplaint], site: SiteRenderInput, format f: LocalFormat) -> [RecentComplaint] {
        let scrubber = SummaryScrubber()
        let names = Dictionary(uniqueKeysWithValues: site.report.categories.map { ($0.category.id, f.categoryName($0.category)) })
        return listed.map { c in
            RecentComplaint(
                id: c.id, received: f.date(c.received.wibDate), category: names[c.categoryID] ?? c.categoryID,
                status: c.status.map { f.strings.text("status.\($0.rawValue)") } ?? f.strings.text("format.none"),
                summary: scrubber.scrub(c.summary).text)
        }
    }
}

/// A rendered Markdown document; on the English side an untranslated one is shown as written, marked.
struct DocumentContext: Encodable {
    let title: String
    let html: String
    let last_reviewed: String?
    let untranslated: Bool
    /// The language the text is actually in (Indonesian when no translation exists).
    let content_lang: String

    init(_ document: StandardDocument, language: Language, format f: LocalFormat) {
        let english = language == .english ? document.english : nil
        title = english?.title ?? document.title
        html = english?.html ?? document.html
        last_reviewed = document.lastReviewed.map(f.date)
        untranslated = language != .indonesian && english == nil
        content_lang = english == nil ? Language.indonesian.code : language.code
    }
}

extension LocalFormat {
    /// A category's name: the theme's translation where it has one, else the database's name.
    func categoryName(_ category: ComplaintCategory) -> String {
        strings.texts["category_names.\(category.id)"] ?? category.name
    }

    /// "1 Desember 2024 – 20 November 2026": the period the totals cover.
    func period(_ report: PortalReport) -> String {
        guard let first = report.firstReceived else { return date(report.asOf.wibDate) }
        return strings.text("format.period", ["from": date(first), "to": date(report.asOf.wibDate)])
    }

    /// The words a journalist copies, before the address: title, site, office, as-of moment.
    func citation(site: SiteRenderInput, title: String, asOf: Timestamp) -> String {
        strings.text("cite.template", [
            "title": title, "site": site.config.title, "office": site.config.office.name, "as_of": dateTime(asOf),
        ])
    }
}
