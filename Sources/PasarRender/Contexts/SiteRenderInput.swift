import PasarCore
import PasarSources

/// Everything the render stage needs: settings, the computed figures and the loaded content.
public struct SiteRenderInput: Sendable {
    public let config: SiteConfig
    public let report: PortalReport
    public let regencyStandard: StandardDocument
    /// Standard documents by market id (markets without one use the regency's).
    public let marketDocuments: [String: StandardDocument]
    public let pages: [ContentPage]
    public let calendar: WorkingCalendar
    /// True when the database holds sample data: every page then says DATA CONTOH.
    public let isSample: Bool
    public let toolVersion: String
    /// Frozen monthly editions with their revisions, oldest first.
    public let editions: [PublishedEdition]
    /// SHA-256 of the database file the figures come from.
    public let databaseSHA256: String
    /// Activities and announcements, ordered around the as-of moment.
    public let programme: Programme
    /// The lookup files written for `/lacak/`; empty when none were (a check).
    public let tracking: TrackingIndex
    /// Market names by id, for pages that name markets by id (activities, announcements).
    let marketNames: [String: String]
    /// The markets in ranking order and by district.
    let groups: MarketGroups
    /// The districts, for page plans.
    public var districts: [District] { groups.districts }

    public init(
        config: SiteConfig, report: PortalReport, regencyStandard: StandardDocument, marketDocuments: [String: StandardDocument],
        pages: [ContentPage], calendar: WorkingCalendar, isSample: Bool, toolVersion: String,
        editions: [PublishedEdition] = [], databaseSHA256: String = "", activities: [Activity] = [], announcements: [Announcement] = [],
        tracking: TrackingIndex = TrackingIndex(files: [:])
    ) {
        self.tracking = tracking
        self.config = config
        self.report = report
        self.regencyStandard = regencyStandard
        self.marketDocuments = marketDocuments
        self.pages = pages
        self.calendar = calendar
        self.isSample = isSample
        self.toolVersion = toolVersion
        self.editions = editions
        self.databaseSHA256 = databaseSHA256
        groups = MarketGroups(report)
        marketNames = Dictionary(report.markets.map { ($0.market.id, $0.market.name) }, uniquingKeysWith: { first, _ in first })
        programme = Programme(activities: activities, announcements: announcements, asOf: report.asOf)
    }

    /// The address of `address` in `language`: absolute when base_url is set, else relative from `root`.
    func url(for address: PageAddress, in language: Language, from root: String) -> String {
        (config.baseURL ?? root) + language.pathPrefix + address.path
    }

    /// The absolute address of a page, or its site-relative path when no base_url is set.
    func permanentURL(for address: PageAddress, in language: Language) -> String {
        (config.baseURL ?? "/") + language.pathPrefix + address.path
    }
}

/// A figure of a frozen edition that today's recomputation of the same month gives differently.
public struct EditionRevision: Sendable, Hashable {
    /// What the figure describes.
    public enum Kind: String, Sendable, Hashable {
        case regency, market, category
    }

    public let kind: Kind
    /// The market or category id; empty for the regency.
    public let id: String
    /// The market or category name, or empty for the whole regency.
    public let scope: String
    public let column: String
    public let frozen: String
    public let current: String

    public init(kind: Kind = .regency, id: String = "", scope: String, column: String, frozen: String, current: String) {
        self.kind = kind
        self.id = id
        self.scope = scope
        self.column = column
        self.frozen = frozen
        self.current = current
    }

    /// How large the change is, to show the largest first: the relative change of a number, 1 (a
    /// whole figure) for one that appeared, vanished or is not a number.
    public var size: Double {
        guard let old = Double(frozen), let new = Double(current) else { return 1 }
        return abs(new - old) / max(abs(old), 1)
    }
}

/// A frozen edition as the site publishes it: the frozen figures and how today's data differ.
public struct PublishedEdition: Sendable {
    public let edition: FrozenEdition
    public let revisions: [EditionRevision]

    public init(edition: FrozenEdition, revisions: [EditionRevision]) {
        self.edition = edition
        self.revisions = revisions
    }
}

