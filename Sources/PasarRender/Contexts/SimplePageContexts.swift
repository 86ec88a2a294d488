import PasarCore
import PasarSources

/// A plain Markdown page from `content/halaman/`.
struct ContentPageContext: Encodable {
    let title: String
    let html: String
    let untranslated: Bool
    /// The language the text is actually in (Indonesian when no translation exists).
    let content_lang: String

    init(_ page: ContentPage, language: Language) {
        let english = language == .english ? page.english : nil
        title = page.title(in: language)
        html = english?.html ?? page.html
        untranslated = language != .indonesian && english == nil
        content_lang = english == nil ? Language.indonesian.code : language.code
    }
}

/// The downloads page: every table with its CSV and JSON, and the files for harvesters.
struct DataPageContext: Encodable {
    struct Table: Encodable {
        let title: String
        let csv_url: String
        let csv_name: String
        let json_url: String
        let json_name: String
        let rows: String
    }

    struct File: Encodable {
        let name: String
        let url: String
        let description: String
    }

    let tables: [Table]
    let files: [File]

    init(site: SiteRenderInput, resources: [DataResource], language: Language, format f: LocalFormat, root: String) {
        tables = resources.map { r in
            Table(title: r.title(f.strings), csv_url: root + r.csvPath, csv_name: "\(r.name).csv",
                  json_url: root + r.jsonPath, json_name: "\(r.name).json", rows: f.integer(r.table.rows.count))
        }
        var files = [
            File(name: DataBundle.zipName, url: root + "data/" + DataBundle.zipName, description: f.strings.text("data.files.zip")),
            File(name: "datapackage.json", url: root + "data/datapackage.json", description: f.strings.text("data.files.datapackage")),
            File(name: DataBundle.checksumsName, url: root + "data/" + DataBundle.checksumsName, description: f.strings.text("data.files.checksums")),
        ]
        if site.config.baseURL != nil {
            files += [
                File(name: "catalog.jsonld", url: root + "data/catalog.jsonld", description: f.strings.text("data.files.catalog")),
                File(name: "feed.xml", url: root + "feed.xml", description: f.strings.text("data.files.feed")),
            ]
        }
        self.files = files
    }
}

/// The 404 page: served at any address, so its links are site-absolute.
struct NotFoundPageContext: Encodable {
    let message: String
}
