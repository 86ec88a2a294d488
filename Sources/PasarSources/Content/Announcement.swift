import Foundation
import PasarCore

/// A dated notice from `content/pengumuman/<slug>.md` (fee collection always with a ticket, a
/// postponed clean-up day), published at `/pengumuman/<slug>/` and in the feed.
///
/// ```yaml
/// ---
/// title: Retribusi harian selalu dengan karcis
/// date: 2026-11-02        # the day of the notice
/// expires: 2026-12-31     # optional: the last day it shows on the home page
/// markets: [pasar-cikalong]   # optional; leave out for the whole regency
/// description: One sentence for the list and the feed.   # optional
/// ---
/// ```
public struct Announcement: Sendable {
    public let slug: String
    public let path: String
    public let title: String
    public let description: String?
    public let date: CivilDate
    /// The last day the notice is on the home page; nil: until a newer one pushes it off.
    public let expires: CivilDate?
    public let marketIDs: [String]
    public let marketsLocation: SourceLocation?
    public let html: String
    public let english: Translation?

    public static let folder = "content/pengumuman"

    /// Every announcement of the site, in file-name order.
    public static func loadAll(root: URL, markdown: MarkdownRenderer) throws(PasarError) -> [Announcement] {
        try MarkdownCollection.load(folder, root: root, markdown: markdown) { (text, path, slug, english) throws(PasarError) in
            try Announcement(text: text, path: path, slug: slug, english: english, markdown: markdown)
        }
    }

    init(text: String, path: String, slug: String, english: Translation?, markdown: MarkdownRenderer) throws(PasarError) {
        let document = try FrontMatterDocument(text: text, file: path)
        let map = try MarkdownCollection.frontMatter(document, path: path, required: "title and date")
            .mapping(allowed: ["title", "description", "date", "expires", "markets"], required: ["title", "date"])
        self.slug = slug
        self.path = path
        title = try map.require("title").string()
        description = try map["description"]?.string()
        date = try map.require("date").plausibleDate()
        if let value = map["expires"] {
            let expires = try value.date()
            guard expires >= date else { throw value.error("expires (\(expires)) is before date (\(date))") }
            self.expires = expires
        } else {
            expires = nil
        }
        marketIDs = try MarkdownCollection.marketIDs(map["markets"])
        marketsLocation = map["markets"]?.location
        html = markdown.html(document.body)
        self.english = english
    }

    /// Whether the notice is for `market`: named in `markets`, or for every market.
    public func concerns(market id: String) -> Bool { marketIDs.isEmpty || marketIDs.contains(id) }

    /// Whether the notice is past its expiry date on `day`.
    public func hasExpired(on day: CivilDate) -> Bool { expires.map { $0 < day } ?? false }
}
