import PasarCore
import PasarSources

/// The regency-wide service standard (`_default.md`): its limits per category, their history, the
/// markets that set their own, and the document itself. Markets without a document link here.
struct RegencyStandardPageContext: Encodable {
    struct Row: Encodable {
        let category: String
        let category_url: String
        let respond: String
        let resolve: String
        let since: String?
    }

    struct MarketLink: Encodable {
        let name: String
        let url: String
    }

    let standards: [Row]
    let history: StandardHistoryContext
    let document: DocumentContext
    /// Markets with a standard document of their own (which may replace some limits).
    let own_markets: [MarketLink]
    let has_own_markets: Bool
    /// "…and 960 more" when more markets have their own document than the page names.
    let own_markets_more: String?
    let following_count: String

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let home = root + language.pathPrefix
        let day = site.report.asOf.wibDate
        let categories = site.report.categories.map(\.standardHistory)
        standards = categories.map {
            Row(category: f.categoryName($0.category), category_url: home + PageAddress.category($0.category.id).path,
                respond: f.responseTime($0.standard.firstResponse), resolve: f.responseTime($0.standard.resolution),
                since: StandardHistoryContext.since($0, on: day, format: f))
        }
        history = StandardHistoryContext(categories, on: day, format: f)
        document = DocumentContext(site.regencyStandard, language: language, format: f)
        let own = site.report.markets.filter { site.marketDocuments[$0.market.id] != nil }
        // Named up to the category pages' limit, then counted: a province where every market has
        // its own document would otherwise list a thousand links.
        own_markets = own.prefix(CategoryPageContext.exceptionsShown).map {
            MarketLink(name: $0.market.name, url: home + PageAddress.market($0.market.id).path)
        }
        has_own_markets = !own.isEmpty
        own_markets_more = own.count > own_markets.count
            ? f.strings.text("regency_standard.own_markets_more", ["count": f.integer(own.count - own_markets.count)]) : nil
        following_count = f.integer(site.report.markets.count - own.count)
    }
}
