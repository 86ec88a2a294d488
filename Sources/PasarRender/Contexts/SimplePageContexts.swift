import PasarCore
import PasarSources

/// A plain Markdown page from `content/halaman/`.
struct ContentPageContext: Encodable {
    let title: String
    let html: String
    let untranslated: Bool
    /// The language the text is actually in (Indonesian when no translation exists).
    let content_lang: String
    /// The page site.yml names for how to complain: it ends with the way to follow a complaint.
    let is_how_to_complain: Bool

    init(_ page: ContentPage, language: Language, howToComplain: String?) {
        title = page.title(in: language)
        is_how_to_complain = page.slug == howToComplain
        (html, untranslated, content_lang) = TranslatedBody.of(page.html, english: page.english, in: language)
    }
}

/// A document's body in a page's language: the English translation's on English pages when one is
/// written, else the Indonesian original, with whether it is untranslated and the language it is in.
enum TranslatedBody {
    static func of(_ original: String, english: Translation?, in language: Language) -> (html: String, untranslated: Bool, lang: String) {
        let translation = language == .english ? english : nil
        return (translation?.html ?? original, language != .indonesian && translation == nil,
                translation == nil ? Language.indonesian.code : language.code)
    }
}

/// The downloads page: every table with its CSV (and JSON twin where there is one) and their sizes,
/// and the files for harvesters.
struct DataPageContext: Encodable {
    struct Table: Encodable {
        let title: String
        let csv_url: String
        let csv_name: String
        let csv_size: String
        let json_url: String?
        let json_name: String?
        let json_size: String?
        let rows: String
    }

    struct File: Encodable {
        let name: String
        let url: String
        let size: String
        let description: String
    }

    let tables: [Table]
    let files: [File]

    init(site: SiteRenderInput, data: PublishedData, language: Language, format f: LocalFormat, root: String) {
        func size(_ path: String) -> String { f.fileSize(data.file(path)?.bytes ?? 0) }
        tables = data.resources.map { r in
            Table(title: r.title(f.strings), csv_url: root + r.csvPath, csv_name: "\(r.name).csv", csv_size: size(r.csvPath),
                  json_url: r.jsonPath.map { root + $0 }, json_name: r.jsonPath.map { _ in "\(r.name).json" },
                  json_size: r.jsonPath.map(size), rows: f.integer(r.rowCount))
        }
        var files = [
            File(name: DataBundle.zipName, url: root + "data/" + DataBundle.zipName, size: size("data/" + DataBundle.zipName),
                 description: f.strings.text("data.files.zip")),
            File(name: "datapackage.json", url: root + "data/datapackage.json", size: size("data/datapackage.json"),
                 description: f.strings.text("data.files.datapackage")),
            File(name: DataBundle.checksumsName, url: root + "data/" + DataBundle.checksumsName, size: size("data/" + DataBundle.checksumsName),
                 description: f.strings.text("data.files.checksums")),
        ]
        if site.config.baseURL != nil {
            files.append(File(name: "catalog.jsonld", url: root + "data/catalog.jsonld", size: size("data/catalog.jsonld"),
                              description: f.strings.text("data.files.catalog")))
            files.append(File(name: "feed.xml", url: root + "feed.xml", size: "", description: f.strings.text("data.files.feed")))
        }
        self.files = files
    }
}

/// The 404 page: served at any address, so its links are site-absolute.
struct NotFoundPageContext: Encodable {
    let message: String
}
