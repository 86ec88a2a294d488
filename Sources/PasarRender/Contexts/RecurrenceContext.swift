import PasarCore

/// Recurring problems as pages show them: one row per recurring market × category, with how often,
/// how many repeats and which way they are going; the rule in words.
struct RecurrenceContext: Encodable {
    struct Row: Encodable {
        let market: String
        let market_url: String
        let category: String
        let category_url: String
        /// "5 dari 6 bulan"
        let months: String
        let complaints: String
        let repeats: String
        /// "naik", "turun", "tetap"
        let trend: String
        /// "43 → 35": the halves of the window.
        let trend_counts: String
        let trend_class: String
    }

    let rows: [Row]
    let has_rows: Bool
    /// True where rows are of several markets (the regency's list), false on a market's page.
    let show_market: Bool
    /// The rule with this site's numbers.
    let rule: String
    /// "Mei 2026 – Oktober 2026"
    let window: String
    /// "72 dari 78"
    let recurring_of: String
    let page_url: String
    let methodology_url: String
    let csv_url: String

    /// `problems` are the combinations to list (all recurring ones, or one market's); `limit` caps the rows shown.
    init(_ report: RecurrenceReport, problems: [RecurringProblem], site: SiteRenderInput, language: Language, format f: LocalFormat,
         root: String, showMarket: Bool, limit: Int = .max) {
        let home = root + language.pathPrefix
        let markets = site.report.markets, categories = site.report.categories
        rows = problems.prefix(limit).map { p in
            Row(market: markets[p.market].market.name, market_url: home + PageAddress.market(markets[p.market].market.id).path,
                category: f.categoryName(categories[p.category].category),
                category_url: home + PageAddress.category(categories[p.category].category.id).path,
                months: f.strings.text("recurring.months_of", ["count": f.integer(p.monthsWithComplaints), "window": f.integer(report.rule.windowMonths)]),
                complaints: f.integer(p.complaints), repeats: f.integer(p.repeats),
                trend: f.strings.text("recurring.trend_\(p.trend.rawValue)"),
                trend_counts: "\(f.integer(p.earlierHalf)) → \(f.integer(p.laterHalf))", trend_class: p.trend.rawValue)
        }
        has_rows = !rows.isEmpty
        show_market = showMarket
        rule = RecurrenceContext.rule(report, format: f)
        window = report.months.first.map { first in
            f.strings.text("format.period", ["from": f.monthName(first), "to": report.months.last.map(f.monthName) ?? ""])
        } ?? ""
        recurring_of = f.strings.text("format.share", ["numerator": f.integer(report.recurring.count), "denominator": f.integer(report.combinations.count)])
        page_url = home + PageAddress.recurringProblems.path
        methodology_url = home + PageAddress.methodology.path + "#masalah-berulang"
        csv_url = root + "data/recurring-problems.csv"
    }

    /// The rule in the page's language, with the site's numbers.
    static func rule(_ report: RecurrenceReport, format f: LocalFormat) -> String {
        f.strings.text(report.comparesPlaces ? "recurring.rule_places" : "recurring.rule", [
            "window": f.integer(report.rule.windowMonths), "min": f.integer(report.rule.minimumMonths), "days": f.integer(report.rule.repeatDays),
        ])
    }
}

/// The regency's recurring problems (`/masalah-berulang/`): per category, in how many markets the
/// problem recurs and which way; then the recurring market × category pairs, most persistent first.
struct RecurrencePageContext: Encodable {
    struct CategoryRow: Encodable {
        let category: String
        let url: String
        let markets: String
        let rising: String
        let falling: String
    }

    let recurrence: RecurrenceContext
    let categories: [CategoryRow]
    /// Shown when more pairs recur than the page lists.
    let more: String?

    static let shownRows = 100

    init?(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        guard let report = site.report.recurrence else { return nil }
        let recurring = report.recurring
        recurrence = RecurrenceContext(report, problems: recurring, site: site, language: language, format: f, root: root, showMarket: true, limit: Self.shownRows)
        let home = root + language.pathPrefix
        categories = site.report.categories.indices.map { c in
            let mine = recurring.filter { $0.category == c }
            let category = site.report.categories[c].category
            return CategoryRow(category: f.categoryName(category), url: home + PageAddress.category(category.id).path,
                               markets: f.integer(mine.count), rising: f.integer(mine.count { $0.trend == .rising }),
                               falling: f.integer(mine.count { $0.trend == .falling }))
        }
        more = recurring.count > Self.shownRows
            ? f.strings.text("recurring.more", ["shown": f.integer(Self.shownRows), "count": f.integer(recurring.count)]) : nil
    }
}
