/// Where a page lives: a folder path below the language root ("" for the home page, "pasar/x/").
public struct PageAddress: Sendable, Hashable {
    public let path: String

    public init(_ path: String) { self.path = path }

    public static let home = PageAddress("")
    public static func market(_ id: String) -> PageAddress { PageAddress("pasar/\(id)/") }
    public static func category(_ id: String) -> PageAddress { PageAddress("kategori/\(id)/") }
    public static func page(_ slug: String) -> PageAddress { PageAddress("\(slug)/") }
    /// The regency-wide service standard (`content/pasar/_default.md`).
    public static let regencyStandard = PageAddress("standar/")
    /// Market × category problems that keep coming back.
    public static let recurringProblems = PageAddress("masalah-berulang/")
    /// Every market with its figures, in ranking order, a page at a time.
    public static func marketList(page: Int) -> PageAddress { PageAddress(page <= 1 ? "daftar-pasar/" : "daftar-pasar/\(page)/") }
    /// The districts, and each district's markets.
    public static let districts = PageAddress("kecamatan/")
    public static func district(_ slug: String) -> PageAddress { PageAddress("kecamatan/\(slug)/") }
    /// A market's notice for its notice board (A4, to print).
    public static func notice(_ id: String) -> PageAddress { PageAddress("pasar/\(id)/papan/") }
    /// The traders' programme: every activity, upcoming first, and each activity's page.
    public static let activities = PageAddress("kegiatan/")
    public static func activity(_ slug: String) -> PageAddress { PageAddress("kegiatan/\(slug)/") }
    /// Announcements, newest first, and each one's page.
    public static let announcements = PageAddress("pengumuman/")
    public static func announcement(_ slug: String) -> PageAddress { PageAddress("pengumuman/\(slug)/") }
    public static let data = PageAddress("data/")
    /// The complaint lookup: a complainant follows their own complaint by its number.
    public static let tracking = PageAddress("lacak/")
    public static let dataQuality = PageAddress("kualitas-data/")
    public static let methodology = PageAddress("metodologi/")
    public static let editions = PageAddress("edisi/")
    /// An edition's page; its market table continues on pages 2, 3 … (`edisi/2026-10/2/`).
    public static func edition(_ month: String, page: Int = 1) -> PageAddress { PageAddress(page <= 1 ? "edisi/\(month)/" : "edisi/\(month)/\(page)/") }

    /// The output file for this page in `language`, e.g. `en/pasar/x/index.html`.
    public func file(in language: Language) -> String { language.pathPrefix + path + "index.html" }

    /// The relative path from this page (in `language`) to the site root: `../../` for `pasar/x/`.
    public func relativeRoot(in language: Language) -> String {
        String(repeating: "../", count: (language.pathPrefix + path).split(separator: "/").count)
    }
}
