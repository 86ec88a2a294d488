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
    public static let reservedSlugs: Set<String> = ["pasar", "kategori", "data", "en", "edisi", "assets", "kualitas-data", "metodologi", "standar", "masalah-berulang", "daftar-pasar", "kecamatan"]

    public static func loadAll(root: URL, markdown: MarkdownRenderer) throws(PasarError) -> [ContentPage] {
        var pages: [ContentPage] = []
        var problems: [Diagnostic] = []
        let files = try SourceFile.list(root.appending(path: folder), extension: "md")
        let (originals, english) = try Translation.partition(files, folder: folder, markdown: markdown)
        for file in originals {
            let relative = "\(folder)/\(file.lastPathComponent)"
            do throws(PasarError) {
                var page = try ContentPage(text: try SourceFile.read(file, shownAs: relative), path: relative, markdown: markdown)
                page.english = english[page.slug]
                pages.append(page)
            } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw PasarError(diagnostics: problems) }
        return pages
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
        guard let frontMatter = document.frontMatter else {
            throw PasarError("no front matter", at: .file(path, line: 1), hint: "start the file with a '---' block holding at least title")
        }
        let map = try frontMatter.mapping(allowed: ["title", "menu", "description"], required: ["title"])
        self.slug = slug
        self.path = path
        title = try map.require("title").string()
        description = try map["description"]?.string()
        menuPosition = try map["menu"]?.int()
        html = markdown.html(document.body)
    }
}
