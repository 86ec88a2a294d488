import Foundation
import PasarCore
import PasarSources
import PasarRender

/// Everything a build reads from the site folder: settings, calendar, theme, standards, pages and
/// frozen editions. Small, read whole, before the database is opened.
public struct SiteContent: Sendable {
    public let root: URL
    public let config: SiteConfig
    public let calendar: WorkingCalendar
    public let theme: Theme
    public let regencyStandard: StandardDocument
    public let marketDocuments: [StandardDocument]
    public let pages: [ContentPage]
    /// The traders' programme from content/kegiatan/ and content/pengumuman/.
    public let activities: [Activity]
    public let announcements: [Announcement]
    /// Frozen monthly editions from content/edisi/, checksums verified.
    public let editions: [FrozenEdition]
    /// The complaint database and how messages name it.
    public let source: SQLiteComplaintSource

    /// Loads the site under `options.root`; every error names its file and line.
    public static func load(_ options: BuildOptions) throws(PasarError) -> SiteContent {
        let root = options.root
        let config = try SiteConfig.load(root: root)
        let calendar = try HolidayCalendarLoader.load(root: root, path: config.holidays)
        let theme = try Theme.load(root: root, name: config.theme)
        let markdown = MarkdownRenderer()
        let documents = try StandardDocument.loadAll(root: root, markdown: markdown)
        let pages = try ContentPage.loadAll(root: root, markdown: markdown)
        let activities = try Activity.loadAll(root: root, markdown: markdown)
        let announcements = try Announcement.loadAll(root: root, markdown: markdown)
        let editions = try FrozenEdition.loadAll(root: root)
        let source = SQLiteComplaintSource(url: options.database ?? root.appending(path: config.database),
                                           shownAs: options.database?.path ?? config.database, busyTimeout: options.databaseWait)
        return SiteContent(root: root, config: config, calendar: calendar, theme: theme, regencyStandard: documents.regency,
                           marketDocuments: documents.markets, pages: pages, activities: activities, announcements: announcements,
                           editions: editions, source: source)
    }
}

/// The site's content checked against the database's reference tables: every standard document
/// names a known market, every category key a known category; the standards resolved per market.
public struct LoadedSite: Sendable {
    public let content: SiteContent
    public let reference: ReferenceData
    public let standards: ResponseStandards
    /// Standard documents by market id (markets without one use the regency's).
    public let marketDocuments: [String: StandardDocument]
    /// Findings that do not stop a build.
    public let warnings: [Diagnostic]

    public var root: URL { content.root }
    public var config: SiteConfig { content.config }
    public var calendar: WorkingCalendar { content.calendar }
    public var theme: Theme { content.theme }
    public var regencyStandard: StandardDocument { content.regencyStandard }
    public var pages: [ContentPage] { content.pages }
    public var editions: [FrozenEdition] { content.editions }

    public init(_ content: SiteContent, reference: ReferenceData) throws(PasarError) {
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        let marketIDs = Set(reference.markets.map(\.id))
        let categoryIDs = Set(reference.categories.map(\.id))
        for document in [content.regencyStandard] + content.marketDocuments {
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
        let named = content.activities.map { ($0.marketIDs, $0.marketsLocation) } + content.announcements.map { ($0.marketIDs, $0.marketsLocation) }
        for (ids, location) in named {
            for id in ids where !marketIDs.contains(id) {
                problems.append(Diagnostic(.error, "market \"\(id)\" is not in the database's markets table", at: location,
                                           hint: Spelling.closest(to: id, in: marketIDs.sorted()).map { "did you mean \"\($0)\"?" }
                                               ?? "use an id from the markets table, or leave markets out for the whole regency"))
            }
        }
        if let slug = content.config.howToComplain, !content.pages.contains(where: { $0.slug == slug }) {
            problems.append(Diagnostic(.error, "how_to_complain names the page \"\(slug)\", but \(ContentPage.folder)/\(slug).md does not exist",
                                       at: .file("content/\(SiteConfig.fileName)")))
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }

        let documented = Set(content.marketDocuments.compactMap(\.marketID))
        for market in reference.markets where !documented.contains(market.id) {
            warnings.append(Diagnostic(.warning, "market \"\(market.id)\" has no standard document; the regency-wide standard applies",
                                       at: .file("\(StandardDocument.folder)/\(market.id).md")))
        }
        let documents = Dictionary(uniqueKeysWithValues: content.marketDocuments.compactMap { doc in doc.marketID.map { ($0, doc) } })
        guard let standards = ResponseStandards(regency: content.regencyStandard.history, markets: documents.mapValues(\.history)) else {
            throw PasarError("the regency-wide standard needs a default with both respond and resolve", at: .file(content.regencyStandard.path))
        }
        self.content = content
        self.reference = reference
        self.standards = standards
        marketDocuments = documents
        self.warnings = warnings
    }
}
