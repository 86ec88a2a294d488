import Foundation
import PasarCore

/// A plain page from `content/halaman/<slug>.md`, published at `/<slug>/`: about the programme,
/// how to complain, announcements and programmes for traders.
///
/// ```yaml
/// ---
/// title: Cara Mengadu
/// menu: 2          # position in the navigation; leave out to keep the page out of the menu
/// description: Saluran pengaduan pasar dan apa yang terjadi setelahnya.
/// ---
/// ```
public struct ContentPage: Sendable {
    public let slug: String
    public let path: String
    public let title: String
    public let description: String?
    public let menuPosition: Int?
    public let html: String
    /// The English version from `<slug>.en.md`, if written.
    public internal(set) var english: Translation?

    public static let folder = "content/halaman"
    /// First path segments the generator uses itself.
    public static let reservedSlugs: Set<String> = ["pasar", "kategori", "data", "en", "edisi", "assets", "kualitas-data", "metodologi", "standar", "masalah-berulang", "daftar-pasar", "kecamatan", "kegiatan", "pengumuman"]

    public static func loadAll(root: URL, markdown: MarkdownRenderer) throws(PasarError) -> [ContentPage] {
        try MarkdownCollection.load(folder, root: root, markdown: markdown) { (text, path, _, english) throws(PasarError) in
            var page = try ContentPage(text: text, path: path, markdown: markdown)
            page.english = english
            return page
        }
    }

    init(text: String, path: String, markdown: MarkdownRenderer) throws(PasarError) {
        let slug = String(path.split(separator: "/").last?.dropLast(3) ?? "")
        guard Identifier.isSafe(slug) else {
            throw PasarError("\"\(slug)\" cannot be part of a web address", at: .file(path), hint: "rename the file: \(Identifier.rule)")
        }
        guard !ContentPage.reservedSlugs.contains(slug) else {
            throw PasarError("the page name \"\(slug)\" is used by the portal itself", at: .file(path),
                             hint: "rename the file; reserved: \(ContentPage.reservedSlugs.sorted().joined(separator: ", "))")
        }
        let document = try FrontMatterDocument(text: text, file: path)
        let map = try MarkdownCollection.frontMatter(document, path: path, required: "title").mapping(allowed: ["title", "menu", "description"], required: ["title"])
        self.slug = slug
        self.path = path
        title = try map.require("title").string()
        description = try map["description"]?.string()
        menuPosition = try map["menu"]?.int()
        html = markdown.html(document.body)
    }
}
