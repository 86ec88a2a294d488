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

/// The downloads page: every data file with what it holds.
struct DataPageContext: Encodable {
    struct File: Encodable {
        let name: String
        let url: String
        let format: String
        let description: String
    }

    let files: [File]

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        files = DataFiles.published(site.report).map {
            File(name: $0.name, url: root + $0.path, format: $0.format, description: f.strings.text("data.files.\($0.key)"))
        }
    }
}

/// The 404 page: served at any address, so its links are site-absolute.
struct NotFoundPageContext: Encodable {
    let message: String
}
