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
        own_markets = site.report.markets.filter { site.marketDocuments[$0.market.id] != nil }.map {
            MarketLink(name: $0.market.name, url: home + PageAddress.market($0.market.id).path)
        }
        has_own_markets = !own_markets.isEmpty
        following_count = f.integer(site.report.markets.count - own_markets.count)
    }
}
