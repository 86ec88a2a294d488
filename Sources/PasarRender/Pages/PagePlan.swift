import PasarCore
import PasarSources

/// A page of the site before it is rendered: where it goes, the templates it may use (most specific
/// first) and what its context is made from. Any one page can be rendered on its own, which is what
/// lets pages render on every core and a preview server render the page it is asked for.
public struct PlannedPage: Sendable, Hashable {
    /// What the page shows; its context is built from the site's report by this.
    public enum Content: Sendable, Hashable {
        case overview
        case market(index: Int)
        case notice(index: Int)
        case marketList(page: Int)
        case districts
        case district(index: Int)
        case category(index: Int)
        case regencyStandard
        case recurringProblems
        case contentPage(index: Int)
        case activities
        case activity(index: Int)
        case announcements
        case announcement(index: Int)
        case data
        case tracking
        case dataQuality
        case methodology
        case editions
        case edition(index: Int, page: Int)
        case notFound
    }

    public let address: PageAddress
    /// Nil for the 404 page, which is served at any address.
    public let language: Language?
    public let content: Content
    public let templates: [String]
    /// When the page's figures were last modified, if not the site's as-of moment (frozen editions).
    public let modified: Timestamp?

    /// The output file, e.g. `en/pasar/x/index.html`.
    public var path: String { language.map { address.file(in: $0) } ?? "404.html" }
}

extension SiteRenderInput {
    /// Every page of the site in every language, then the 404 page.
    public func plannedPages() -> [PlannedPage] {
        var planned: [PlannedPage] = []
        for language in Language.all {
            func add(_ address: PageAddress, _ content: PlannedPage.Content, _ templates: [String], modified: Timestamp? = nil) {
                planned.append(PlannedPage(address: address, language: language, content: content, templates: templates, modified: modified))
            }
            add(.home, .overview, ["overview"])
            for (index, market) in report.markets.enumerated() {
                add(.market(market.market.id), .market(index: index), ["market-\(market.market.id)", "market"])
            }
            // Printed for the notice board in Indonesian; the English one keeps the language switch whole.
            for (index, market) in report.markets.enumerated() { add(.notice(market.market.id), .notice(index: index), ["notice"]) }
            for page in 1...MarketListPageContext.pageCount(markets: report.markets.count) {
                add(.marketList(page: page), .marketList(page: page), ["market-list"])
            }
            add(.districts, .districts, ["districts"])
            for (index, district) in districts.enumerated() { add(.district(district.slug), .district(index: index), ["district"]) }
            for (index, category) in report.categories.enumerated() {
                add(.category(category.category.id), .category(index: index), ["category-\(category.category.id)", "category"])
            }
            add(.regencyStandard, .regencyStandard, ["standard"])
            if report.recurrence != nil { add(.recurringProblems, .recurringProblems, ["recurring"]) }
            for (index, page) in pages.enumerated() {
                add(.page(page.slug), .contentPage(index: index), ["page-\(page.slug)", "page"])
            }
            let programme = programme
            if !programme.activities.isEmpty {
                add(.activities, .activities, ["activities"])
                for (index, activity) in programme.activities.enumerated() { add(.activity(activity.slug), .activity(index: index), ["activity"]) }
            }
            if !programme.announcements.isEmpty {
                add(.announcements, .announcements, ["announcements"])
                for (index, notice) in programme.announcements.enumerated() {
                    add(.announcement(notice.slug), .announcement(index: index), ["announcement"])
                }
            }
            add(.data, .data, ["data"])
            add(.tracking, .tracking, ["tracking"])
            add(.dataQuality, .dataQuality, ["data-quality"])
            add(.methodology, .methodology, ["methodology"])
            add(.editions, .editions, ["editions"])
            for (index, published) in editions.enumerated() {
                let pages = MarketListPageContext.pageCount(markets: published.edition.markets.rows.count)
                for page in 1...pages {
                    add(.edition(published.edition.edition, page: page), .edition(index: index, page: page), ["edition"],
                        modified: try? Timestamp.parse(published.edition.asOf).get())
                }
            }
        }
        planned.append(PlannedPage(address: .home, language: nil, content: .notFound, templates: ["not-found"], modified: nil))
        return planned
    }
}
