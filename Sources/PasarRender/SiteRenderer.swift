import Foundation
import PasarCore
import PasarSources

/// A file of the finished site: its path below the output folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    public let path: String
    public let contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}

/// Renders every page in every language, the data files and the theme's assets, in memory.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    /// Keep nil values as `TemplateValueEncoder.NilValue` in contexts (for template checks, not rendering).
    var keepsNilValues = false

    public init(theme: Theme) { self.theme = theme }

    /// The site rendered in memory: every file, sorted by path, and what was scrubbed from summaries.
    public struct RenderedSite: Sendable {
        public let files: [OutputFile]
        public let scrubbed: SummaryScrubber.Counts
    }

    /// Renders every page, data file and asset.
    public func render(_ site: SiteRenderInput) throws(PasarError) -> RenderedSite {
        let openData = OpenData.resources(site)
        let prepared = try pages(site, resources: openData.resources)
        var files: [OutputFile] = []
        for page in prepared {
            files.append(OutputFile(path: page.path, contents: Data(try theme.render(page.template, context: page.context).utf8)))
        }
        files += try DataPublisher(site: site, resources: openData.resources, texts: try texts()).files(pages: prepared)
        for asset in theme.assets {
            do {
                files.append(OutputFile(path: "assets/\(asset.path)", contents: try Data(contentsOf: asset.source)))
            } catch {
                throw PasarError("cannot read asset: \(error.localizedDescription)", at: .file(asset.source.path))
            }
        }
        return RenderedSite(files: files.sorted { $0.path < $1.path }, scrubbed: openData.scrubbed)
    }

    /// A page ready to render: its output path, the template chosen for it, and its full context.
    public struct PreparedPage: @unchecked Sendable {
        public let path: String
        public let template: String
        public let context: [String: Any]
        /// When the page's figures were last modified, if not the site's as-of moment (frozen editions).
        public var modified: Timestamp?
    }

    /// Both languages' strings, for files that carry both.
    func texts() throws(PasarError) -> DataTexts {
        guard let indonesian = theme.strings[.indonesian], let english = theme.strings[.english] else {
            throw PasarError("theme \"\(theme.name)\" has no strings for id or en")
        }
        return DataTexts(indonesian: indonesian, english: english)
    }

    /// Every HTML page of the site with its context, in every language.
    public func pages(_ site: SiteRenderInput, resources: [DataResource]? = nil) throws(PasarError) -> [PreparedPage] {
        let resources = resources ?? OpenData.resources(site).resources
        let texts = try texts()
        var pages: [PreparedPage] = []
        for language in Language.all {
            pages += try preparePages(site, in: language, resources: resources, texts: texts)
        }
        pages.append(try notFoundPage(site))
        return pages
    }

    func preparePages(_ site: SiteRenderInput, in language: Language, resources: [DataResource], texts: DataTexts) throws(PasarError) -> [PreparedPage] {
        guard let other = Language.all.first(where: { $0 != language }),
              let strings = theme.strings[language], let otherStrings = theme.strings[other] else {
            throw PasarError("theme \"\(theme.name)\" has no strings for \(language.code)")
        }
        let format = LocalFormat(language: language, strings: strings)
        let layouts = LayoutBuilder(site: site, language: language, format: format, otherLanguage: other,
                                    otherFormat: LocalFormat(language: other, strings: otherStrings))
        let t = { (key: String) in strings.text(key) }
        let templateStrings = strings.templateValue
        var pages: [PreparedPage] = []

        func page(_ address: PageAddress, title: String, templates: [String], description: String? = nil,
                  asOf: Timestamp? = nil, period: String? = nil, market: Market? = nil, catalog: Bool = false,
                  _ body: (String) -> some Encodable) throws(PasarError) {
            // schema.org Dataset metadata on the overview and market pages.
            let jsonLD = catalog ? try? CatalogMetadata.schemaOrg(site, market: market, pageURL: site.permanentURL(for: address, in: language), texts: texts)
                .scriptSafeJSON() : nil
            let layout = layouts.layout(for: address, title: title, description: description, asOf: asOf, period: period, jsonLD: jsonLD)
            pages.append(try prepare(templates, path: address.file(in: language), layout: layout, body: body(layout.root), strings: templateStrings))
        }

        try page(.home, title: site.config.title, templates: ["overview"], description: t("overview.description"), catalog: true) { root in
            OverviewPageContext(site: site, language: language, format: format, root: root)
        }
        for market in site.report.markets {
            try page(.market(market.market.id), title: market.market.name, templates: ["market-\(market.market.id)", "market"],
                     market: market.market, catalog: true) { root in
                MarketPageContext(market, site: site, language: language, format: format, root: root)
            }
        }
        for category in site.report.categories {
            try page(.category(category.category.id), title: format.categoryName(category.category),
                     templates: ["category-\(category.category.id)", "category"]) { root in
                CategoryPageContext(category, site: site, language: language, format: format, root: root)
            }
        }
        for content in site.pages {
            let description = language == .english ? (content.english?.description ?? content.description) : content.description
            try page(.page(content.slug), title: content.title(in: language), templates: ["page-\(content.slug)", "page"],
                     description: description) { _ in
                ContentPageContext(content, language: language)
            }
        }
        try page(.data, title: t("data.title"), templates: ["data"]) { root in
            DataPageContext(site: site, resources: resources, language: language, format: format, root: root)
        }
        try page(.dataQuality, title: t("quality.title"), templates: ["data-quality"]) { root in
            DataQualityPageContext(site: site, language: language, format: format, root: root)
        }
        try page(.methodology, title: t("methodology.title"), templates: ["methodology"]) { _ in
            MethodologyPageContext(site: site, format: format)
        }
        try page(.editions, title: t("editions.title"), templates: ["editions"]) { root in
            EditionsIndexContext(site: site, language: language, format: format, root: root)
        }
        for published in site.editions {
            let frozen = published.edition
            let asOf = try? Timestamp.parse(frozen.asOf).get()
            let period = asOf.map { end in
                frozen.periodFrom.flatMap { CivilDate(iso: $0) }.map {
                    strings.text("format.period", ["from": format.date($0), "to": format.date(end.wibDate)])
                } ?? format.date(end.wibDate)
            }
            let label = frozen.month.map(format.monthName) ?? frozen.edition
            try page(.edition(frozen.edition), title: strings.text("editions.edition_title", ["month": label]),
                     templates: ["edition"], asOf: asOf, period: period) { root in
                EditionPageContext(published, site: site, language: language, format: format, root: root)
            }
            pages[pages.count - 1].modified = asOf
        }
        return pages
    }

    /// `404.html` is served at any address, so it links from the site's absolute root.
    func notFoundPage(_ site: SiteRenderInput) throws(PasarError) -> PreparedPage {
        guard let strings = theme.strings[.indonesian], let english = theme.strings[.english] else {
            throw PasarError("theme \"\(theme.name)\" has no strings")
        }
        let format = LocalFormat(language: .indonesian, strings: strings)
        let layouts = LayoutBuilder(site: site, language: .indonesian, format: format, otherLanguage: .english,
                                    otherFormat: LocalFormat(language: .english, strings: english))
        let base = site.config.baseURL.flatMap { URL(string: $0)?.path() } ?? "/"
        let layout = layouts.layout(for: .home, title: strings.text("not_found.title"), absoluteRoot: base.hasSuffix("/") ? base : base + "/")
        return try prepare(["not-found"], path: "404.html", layout: layout,
                           body: NotFoundPageContext(message: strings.text("not_found.message")), strings: strings.templateValue)
    }

    /// The first existing template of `names` with the layout, the page's own values and the strings.
    func prepare(_ names: [String], path: String, layout: LayoutContext, body: some Encodable, strings: [String: Any]) throws(PasarError) -> PreparedPage {
        guard let name = theme.templateName(preferring: names) else {
            throw PasarError("theme \"\(theme.name)\" has none of the templates \(names.joined(separator: ", "))")
        }
        var context: [String: Any]
        do {
            context = try TemplateValueEncoder.encode(layout, keepingNil: keepsNilValues) as? [String: Any] ?? [:]
            let own = try TemplateValueEncoder.encode(body, keepingNil: keepsNilValues) as? [String: Any] ?? [:]
            // A page value with a layout's name would silently replace it (e.g. the page's language).
            let clashes = Set(own.keys).intersection(context.keys).union(own.keys.contains("t") ? ["t"] : [])
            guard clashes.isEmpty else {
                throw PasarError("page values \(clashes.sorted().joined(separator: ", ")) clash with layout values in template \(name)")
            }
            context.merge(own) { $1 }
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot prepare the page for template \(name): \(error)")
        }
        context["t"] = strings
        return PreparedPage(path: path, template: name, context: context)
    }
}
