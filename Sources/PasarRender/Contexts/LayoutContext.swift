import PasarCore
import PasarSources

/// What every page shows around its content: site name, navigation, language switch, as-of moment,
/// sample-data banner, source and licence.
struct LayoutContext: Encodable {
    struct Link: Encodable {
        let label: String
        let url: String
        var current = false
    }

    struct Alternate: Encodable {
        let lang: String
        let url: String
    }

    /// A figure block that can be cited on its own: its anchor and name.
    struct Block: Encodable {
        let id: String
        let label: String
    }

    let lang: String
    /// Relative path to the site root, for assets and data files.
    let root: String
    /// Relative path to this language's home page.
    let home: String
    let page_title: String
    let description: String?
    let site_title: String
    let regency_name: String
    let office_name: String
    let office_short_name: String
    let license_name: String
    let license_url: String
    let nav: [Link]
    let language_switch: Alternate
    let language_switch_label: String
    let alternates: [Alternate]
    let canonical: String?
    let as_of: String
    let as_of_iso: String
    /// The period the totals cover, from the first complaint to the as-of day.
    let period: String
    let sample: Bool
    let data_url: String
    let editions_url: String
    let methodology_url: String
    let data_quality_url: String
    let generator: String
    /// "Title. Site, Office. Data per …": the citation without its address.
    let cite_text: String
    /// The page's permanent address (absolute when base_url is set).
    let cite_url: String
    /// The figure blocks pages cite separately, by name.
    let blocks: [String: Block]
    /// schema.org metadata for the page, as JSON safe inside a script element.
    let json_ld: String?
}

/// Builds layouts for the pages of one language.
struct LayoutBuilder {
    let site: SiteRenderInput
    let language: Language
    let format: LocalFormat
    let otherLanguage: Language
    let otherFormat: LocalFormat

    /// Figure blocks with their own citation line; the anchor is also the section's id.
    static let blocks = [
        ("headline", "angka-utama"), ("markets", "semua-pasar"), ("categories", "kategori"), ("standards", "standar"),
        ("compare", "perbandingan"), ("trend", "tren"), ("satisfaction", "kepuasan"), ("all_figures", "semua-angka"), ("distribution", "lama-penyelesaian"),
    ]

    /// The layout of a page; `asOf` and `period` replace the site's for a frozen edition's page.
    /// `absoluteRoot` is for pages served at any address (404): links start from it, nothing is
    /// marked current and there is no canonical address.
    func layout(for address: PageAddress, title: String, description: String? = nil, asOf: Timestamp? = nil, period: String? = nil,
                jsonLD: String? = nil, absoluteRoot: String? = nil) -> LayoutContext {
        let root = absoluteRoot ?? address.relativeRoot(in: language)
        let home = root + language.pathPrefix
        let strings = format.strings
        let current = { (page: PageAddress) in absoluteRoot == nil && address == page }
        var nav = [LayoutContext.Link(label: strings.text("nav.overview"), url: home, current: current(.home))]
        for page in site.pages.filter({ $0.menuPosition != nil }).sorted(by: { ($0.menuPosition ?? 0, $0.slug) < ($1.menuPosition ?? 0, $1.slug) }) {
            nav.append(.init(label: page.title(in: language), url: home + PageAddress.page(page.slug).path, current: current(.page(page.slug))))
        }
        if !site.programme.announcements.isEmpty {
            nav.append(.init(label: strings.text("nav.announcements"), url: home + PageAddress.announcements.path, current: current(.announcements)))
        }
        if !site.programme.activities.isEmpty {
            nav.append(.init(label: strings.text("nav.activities"), url: home + PageAddress.activities.path, current: current(.activities)))
        }
        nav.append(.init(label: strings.text("nav.tracking"), url: home + PageAddress.tracking.path, current: current(.tracking)))
        nav.append(.init(label: strings.text("nav.data"), url: home + PageAddress.data.path, current: current(.data)))
        nav.append(.init(label: strings.text("nav.methodology"), url: home + PageAddress.methodology.path, current: current(.methodology)))
        let alternates = Language.all.map { other in
            LayoutContext.Alternate(lang: other.code, url: site.url(for: address, in: other, from: root))
        }
        return LayoutContext(
            lang: language.code, root: root, home: home, page_title: title, description: description,
            site_title: site.config.title, regency_name: site.config.regency, office_name: site.config.office.name,
            office_short_name: site.config.office.shortName, license_name: site.config.license.name,
            license_url: site.config.license.url, nav: nav,
            language_switch: .init(lang: otherLanguage.code, url: root + otherLanguage.pathPrefix + address.path),
            language_switch_label: otherFormat.strings.text("language.name"),
            alternates: alternates,
            canonical: absoluteRoot == nil ? site.config.baseURL.map { $0 + language.pathPrefix + address.path } : nil,
            as_of: format.dateTime(asOf ?? site.report.asOf), as_of_iso: (asOf ?? site.report.asOf).description,
            period: period ?? format.period(site.report),
            sample: site.isSample, data_url: home + PageAddress.data.path, editions_url: home + PageAddress.editions.path,
            methodology_url: home + PageAddress.methodology.path, data_quality_url: home + PageAddress.dataQuality.path,
            generator: "Pasar Terbuka \(site.toolVersion)",
            cite_text: format.citation(site: site, title: title, asOf: asOf ?? site.report.asOf),
            cite_url: site.permanentURL(for: address, in: language),
            blocks: Dictionary(uniqueKeysWithValues: LayoutBuilder.blocks.map { name, id in
                (name, LayoutContext.Block(id: id, label: strings.text("cite.blocks.\(name)")))
            }),
            json_ld: jsonLD)
    }
}

extension ContentPage {
    /// The page's title in `language` (its own English translation where one exists).
    func title(in language: Language) -> String { language == .english ? (english?.title ?? title) : title }
}
