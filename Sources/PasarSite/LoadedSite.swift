import Foundation
import PasarCore
import PasarSources
import PasarRender

/// Everything a build reads, loaded and checked against each other: settings, calendar, theme,
/// standards, pages and the database snapshot.
public struct LoadedSite: Sendable {
    public let root: URL
    public let config: SiteConfig
    public let calendar: WorkingCalendar
    public let theme: Theme
    public let regencyStandard: StandardDocument
    public let marketDocuments: [String: StandardDocument]
    public let pages: [ContentPage]
    public let database: ComplaintDatabase
    public let databasePath: String
    public let standards: ResponseStandards
    /// Frozen monthly editions from content/edisi/, checksums verified.
    public let editions: [FrozenEdition]
    /// Findings that do not stop a build.
    public let warnings: [Diagnostic]

    /// Loads the site under `options.root`; every error names its file and line or table and row.
    public static func load(_ options: BuildOptions) throws(PasarError) -> LoadedSite {
        let root = options.root
        let config = try SiteConfig.load(root: root)
        let calendar = try HolidayCalendarLoader.load(root: root, path: config.holidays)
        let theme = try Theme.load(root: root, name: config.theme)
        let markdown = MarkdownRenderer()
        let documents = try StandardDocument.loadAll(root: root, markdown: markdown)
        let pages = try ContentPage.loadAll(root: root, markdown: markdown)
        let editions = try FrozenEdition.loadAll(root: root)
        let databaseURL = options.database ?? root.appending(path: config.database)
        let databasePath = options.database?.path ?? config.database
        let database = try ComplaintStore.read(databaseURL, shownAs: databasePath)

        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let marketIDs = Set(database.markets.map(\.id))
        let categoryIDs = Set(database.categories.map(\.id))
        for document in [documents.regency] + documents.markets {
            if let id = document.marketID, !marketIDs.contains(id) {
                problems.append(Diagnostic(.error, "market \"\(id)\" is not in the database's markets table", at: .file(document.path),
                                           hint: Spelling.closest(to: id, in: marketIDs.sorted()).map { "did you mean \($0).md?" }
                                               ?? "rename the file to <market-id>.md, using an id from the markets table"))
            }
            for (category, location) in document.categoryLocations.sorted(by: { $0.key < $1.key }) where !categoryIDs.contains(category) {
                problems.append(Diagnostic(.error, "unknown category \"\(category)\" in response_standard", at: location,
                                           hint: Spelling.closest(to: category, in: categoryIDs.sorted()).map { "did you mean \"\($0)\"?" }
                                               ?? "use default or one of \(categoryIDs.sorted().joined(separator: ", "))"))
            }
        }
        if let slug = config.howToComplain, !pages.contains(where: { $0.slug == slug }) {
            problems.append(Diagnostic(.error, "how_to_complain names the page \"\(slug)\", but \(ContentPage.folder)/\(slug).md does not exist",
                                       at: .file("content/\(SiteConfig.fileName)")))
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }

        let documented = Set(documents.markets.compactMap(\.marketID))
        for market in database.markets where !documented.contains(market.id) {
            warnings.append(Diagnostic(.warning, "market \"\(market.id)\" has no standard document; the regency-wide standard applies",
                                       at: .file("\(StandardDocument.folder)/\(market.id).md")))
        }
        guard let standards = ResponseStandards(
            regency: documents.regency.table,
            markets: Dictionary(uniqueKeysWithValues: documents.markets.compactMap { doc in doc.marketID.map { ($0, doc.table) } }))
        else {
            throw PasarError("the regency-wide standard needs a default with both respond and resolve", at: .file(documents.regency.path))
        }
        return LoadedSite(
            root: root, config: config, calendar: calendar, theme: theme, regencyStandard: documents.regency,
            marketDocuments: Dictionary(uniqueKeysWithValues: documents.markets.compactMap { doc in doc.marketID.map { ($0, doc) } }),
            pages: pages, database: database, databasePath: databasePath, standards: standards, editions: editions, warnings: warnings)
    }

    /// Every figure as of `asOf`.
    public func report(asOf: Timestamp) -> PortalReport {
        PortalReport(
            markets: database.markets, categories: database.categories, complaints: database.complaints,
            standards: standards, calendar: calendar, asOf: asOf, rankingThreshold: config.rankingMinimumDecided,
            satisfaction: database.satisfaction)
    }
}
