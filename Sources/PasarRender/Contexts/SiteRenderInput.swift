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

    public init(
        config: SiteConfig, report: PortalReport, regencyStandard: StandardDocument, marketDocuments: [String: StandardDocument],
        pages: [ContentPage], calendar: WorkingCalendar, isSample: Bool, toolVersion: String
    ) {
        self.config = config
        self.report = report
        self.regencyStandard = regencyStandard
        self.marketDocuments = marketDocuments
        self.pages = pages
        self.calendar = calendar
        self.isSample = isSample
        self.toolVersion = toolVersion
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
