import Dispatch
import Foundation
import PasarCore
import PasarSources
import Synchronization

/// Renders the site into a `FileSink`: the data files first (the data page shows their sizes), then
/// every page on every core, then the feed, sitemap and the theme's assets.
public struct SiteRenderer: Sendable {
    public let theme: Theme
    /// Keep nil values as `TemplateValueEncoder.NilValue` in contexts (for template checks, not rendering).
    var keepsNilValues = false

    public init(theme: Theme) { self.theme = theme }

    /// What rendering wrote.
    public struct Rendered: Sendable {
        public let data: PublishedData
        public let pages: [PlannedPage]
        /// Every file written, including the data files.
        public let files: [WrittenFile]
    }

    /// Renders everything but the complaint-level files, which were streamed into `sink` already and
    /// are being compressed into `bundle`. Pages render while the ZIP is made; the data page, which
    /// shows every file's size, comes last.
    public func render(_ site: SiteRenderInput, streamed: [(resource: DataResource, file: WrittenFile)], bundle: DataBundle,
                       into sink: any FileSink) throws(PasarError) -> Rendered {
        let texts = try texts()
        let publisher = DataPublisher(site: site, texts: texts, sink: sink)
        var data = try publisher.publish(tables: OpenData.resources(site.report), streamed: streamed, bundle: bundle)
        let pages = site.plannedPages()
        var files = try renderPages(pages.filter { $0.content != .data }, site: site, data: data, into: sink, alongside: bundle)
        files += try SiteFiles.write(site, pages: pages, texts: texts, into: sink)
        for asset in theme.assets {
            do {
                files.append(try sink.write("assets/\(asset.path)", try Data(contentsOf: asset.source)))
            } catch let error as PasarError {
                throw error
            } catch {
                throw PasarError("cannot read asset: \(error.localizedDescription)", at: .file(asset.source.path))
            }
        }
        data = try publisher.finish(data, bundle: bundle)
        files += try renderPages(pages.filter { $0.content == .data }, site: site, data: data, into: sink)
        return Rendered(data: data, pages: pages, files: (files + data.files).sorted { $0.path < $1.path })
    }

    /// Renders `pages` on every core, each written as soon as it is rendered. While `bundle` is still
    /// compressing, one core is left to it: the last worker joins when the ZIP has nothing queued,
    /// so neither finishes long after the other.
    func renderPages(_ pages: [PlannedPage], site: SiteRenderInput, data: PublishedData, into sink: any FileSink,
                     alongside bundle: DataBundle? = nil) throws(PasarError) -> [WrittenFile] {
        let shared = try SharedFigures(site, theme: theme)
        let results = Mutex<[Int: Result<WrittenFile, PasarError>]>([:])
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workers = max(1, min(cores, pages.count))
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            if worker > 0, worker == cores - 1 { bundle?.waitForQueuedFiles() }
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < pages.count else { break }
                let result = Result { () throws(PasarError) -> WrittenFile in
                    try sink.write(pages[index].path, Data(try render(pages[index], site: site, data: data, shared: shared).utf8))
                }
                results.withLock { $0[index] = result }
            }
        }
        return try results.withLock { all throws(PasarError) in try pages.indices.map { index throws(PasarError) in try all[index]!.get() } }
    }

    /// The HTML of one page. `shared` holds what every page of a language shows alike (made once).
    public func render(_ page: PlannedPage, site: SiteRenderInput, data: PublishedData, shared: SharedFigures? = nil) throws(PasarError) -> String {
        let prepared = try prepare(page, site: site, data: data, shared: shared)
        return try theme.render(prepared.template, context: prepared.context, language: page.language ?? .indonesian)
    }

    /// A page ready to render: the template chosen for it and its full context.
    public struct PreparedPage: @unchecked Sendable {
        public let template: String
        public let context: [String: Any]
    }

    /// Both languages' strings, for files that carry both.
    func texts() throws(PasarError) -> DataTexts {
        guard let indonesian = theme.strings[.indonesian], let english = theme.strings[.english] else {
            throw PasarError("theme \"\(theme.name)\" has no strings for id or en")
        }
        return DataTexts(indonesian: indonesian, english: english)
    }

    /// The template and context of one page.
    public func prepare(_ page: PlannedPage, site: SiteRenderInput, data: PublishedData, shared given: SharedFigures? = nil) throws(PasarError) -> PreparedPage {
        let shared: SharedFigures
        if let given { shared = given } else { shared = try SharedFigures(site, theme: theme) }
        let language = page.language ?? .indonesian
        guard let other = Language.all.first(where: { $0 != language }),
              let strings = theme.strings[language], let otherStrings = theme.strings[other] else {
            throw PasarError("theme \"\(theme.name)\" has no strings for \(language.code)")
        }
        let format = LocalFormat(language: language, strings: strings)
        let layouts = LayoutBuilder(site: site, language: language, format: format, otherLanguage: other,
                                    otherFormat: LocalFormat(language: other, strings: otherStrings))
        let t = { (key: String) in strings.text(key) }
        let report = site.report

        func layout(_ title: String, description: String? = nil, market: Market? = nil, catalog: Bool = false,
                    asOf: Timestamp? = nil, period: String? = nil) throws(PasarError) -> LayoutContext {
            // schema.org Dataset metadata on the overview and market pages.
            let jsonLD = catalog ? CatalogMetadata.schemaOrg(site, market: market, pageURL: site.permanentURL(for: page.address, in: language),
                                                             texts: try texts()).scriptSafeJSON() : nil
            return layouts.layout(for: page.address, title: title, description: description, asOf: asOf, period: period, jsonLD: jsonLD)
        }
        func prepared(_ layout: LayoutContext, _ body: (String) -> some Encodable) throws(PasarError) -> PreparedPage {
            try prepare(page.templates, layout: layout, body: body(layout.root), strings: strings.templateValue)
        }

        switch page.content {
        case .overview:
            return try prepared(try layout(site.config.title, description: t("overview.description"), catalog: true)) { root in
                OverviewPageContext(site: site, language: language, format: format, root: root)
            }
        case let .market(index):
            let market = report.markets[index]
            return try prepared(try layout(market.market.name, market: market.market, catalog: true)) { root in
                MarketPageContext(market, site: site, language: language, format: format, root: root,
                                  regency: shared.regency[language] ?? FiguresContext(report.regency, format: format),
                                  latestEditionMarkets: shared.latestEditionMarkets)
            }
        case let .notice(index):
            let market = report.markets[index]
            return try prepared(try layout(strings.text("notice.title", ["market": market.market.name]))) { root in
                NoticePageContext(market, site: site, language: language, format: format, root: root)
            }
        case let .marketList(page):
            return try prepared(try layout(t("market_list.title"))) { root in
                MarketListPageContext(page: page, site: site, language: language, format: format, root: root)
            }
        case .districts:
            return try prepared(try layout(t("district.index_title"))) { root in
                DistrictsIndexContext(site: site, language: language, format: format, root: root)
            }
        case let .district(index):
            let district = site.districts[index]
            let name = format.districtName(district)
            return try prepared(try layout(strings.text("district.title", ["district": name]))) { root in
                DistrictPageContext(district, site: site, language: language, format: format, root: root)
            }
        case let .category(index):
            let category = report.categories[index]
            return try prepared(try layout(format.categoryName(category.category))) { root in
                CategoryPageContext(category, site: site, language: language, format: format, root: root)
            }
        case .regencyStandard:
            let document = site.regencyStandard
            let english = language == .english ? document.english : nil
            return try prepared(try layout(english?.title ?? document.title)) { root in
                RegencyStandardPageContext(site: site, language: language, format: format, root: root)
            }
        case .recurringProblems:
            return try prepared(try layout(t("recurring.title"), description: t("recurring.description"))) { root in
                RecurrencePageContext(site: site, language: language, format: format, root: root)
            }
        case let .contentPage(index):
            let content = site.pages[index]
            let description = language == .english ? (content.english?.description ?? content.description) : content.description
            return try prepared(try layout(content.title(in: language), description: description)) { _ in
                ContentPageContext(content, language: language, howToComplain: site.config.howToComplain)
            }
        case .activities:
            return try prepared(try layout(t("activity.index_title"), description: t("activity.index_lead"))) { root in
                ActivitiesPageContext(site: site, language: language, format: format, root: root)
            }
        case let .activity(index):
            let activity = site.programme.activities[index]
            let description = (language == .english ? activity.english?.description : nil) ?? activity.description
            return try prepared(try layout(activity.title(english: language == .english), description: description)) { root in
                ActivityPageContext(index, site: site, language: language, format: format, root: root)
            }
        case .announcements:
            return try prepared(try layout(t("announcement.index_title"), description: t("announcement.index_lead"))) { root in
                AnnouncementsPageContext(site: site, language: language, format: format, root: root)
            }
        case let .announcement(index):
            let notice = site.programme.announcements[index]
            let english = language == .english ? notice.english : nil
            return try prepared(try layout(english?.title ?? notice.title, description: english?.description ?? notice.description)) { root in
                AnnouncementPageContext(index, site: site, language: language, format: format, root: root)
            }
        case .data:
            return try prepared(try layout(t("data.title"))) { root in
                DataPageContext(site: site, data: data, language: language, format: format, root: root)
            }
        case .tracking:
            return try prepared(try layout(t("tracking.title"), description: t("tracking.lead"))) { root in
                TrackingPageContext(site: site, language: language, format: format, root: root)
            }
        case .dataQuality:
            return try prepared(try layout(t("quality.title"))) { root in
                DataQualityPageContext(site: site, language: language, format: format, root: root)
            }
        case .methodology:
            return try prepared(try layout(t("methodology.title"))) { root in
                MethodologyPageContext(site: site, language: language, format: format, root: root)
            }
        case .editions:
            return try prepared(try layout(t("editions.title"))) { root in
                EditionsIndexContext(site: site, language: language, format: format, root: root)
            }
        case let .edition(index, page):
            let published = site.editions[index]
            let frozen = published.edition
            let asOf = try? Timestamp.parse(frozen.asOf).get()
            let period = asOf.map { end in
                frozen.periodFrom.flatMap { CivilDate(iso: $0) }.map {
                    strings.text("format.period", ["from": format.date($0), "to": format.date(end.wibDate)])
                } ?? format.date(end.wibDate)
            }
            let label = frozen.month.map(format.monthName) ?? frozen.edition
            return try prepared(try layout(strings.text("editions.edition_title", ["month": label]), asOf: asOf, period: period)) { root in
                EditionPageContext(published, page: page, site: site, language: language, format: format, root: root)
            }
        case .notFound:
            // `404.html` is served at any address, so it links from the site's absolute root.
            let base = site.config.baseURL.flatMap { URL(string: $0)?.path() } ?? "/"
            let layout = layouts.layout(for: .home, title: t("not_found.title"), absoluteRoot: base.hasSuffix("/") ? base : base + "/")
            return try prepare(page.templates, layout: layout, body: NotFoundPageContext(message: t("not_found.message")), strings: strings.templateValue)
        }
    }

    /// The first existing template of `names` with the layout, the page's own values and the strings.
    func prepare(_ names: [String], layout: LayoutContext, body: some Encodable, strings: [String: Any]) throws(PasarError) -> PreparedPage {
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
        return PreparedPage(template: name, context: context)
    }
}

/// What many pages of a language show alike, written out once per build rather than per page.
public struct SharedFigures: Sendable {
    /// The regency's figures, per language (beside every market's).
    let regency: [Language: FiguresContext]
    /// The markets of the latest frozen edition and their positions in it (for the stable citation on market pages).
    let latestEditionMarkets: [String: Int]

    init(_ site: SiteRenderInput, theme: Theme) throws(PasarError) {
        latestEditionMarkets = site.editions.last.map { edition in
            let column = edition.edition.markets.columns.firstIndex(of: "market_id") ?? 0
            let ids = edition.edition.markets.rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
            return Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        } ?? [:]
        var regency: [Language: FiguresContext] = [:]
        for language in Language.all {
            guard let strings = theme.strings[language] else { throw PasarError("theme \"\(theme.name)\" has no strings for \(language.code)") }
            regency[language] = FiguresContext(site.report.regency, format: LocalFormat(language: language, strings: strings))
        }
        self.regency = regency
    }
}
