import PasarCore
import PasarSources

/// A frozen edition's page: the month's figures exactly as frozen, its files, and any revision.
struct EditionPageContext: Encodable {
    struct Revision: Encodable {
        let scope: String
        let figure: String
        let frozen: String
        let current: String
    }

    struct File: Encodable {
        let name: String
        let url: String
    }

    let edition: String
    let month_label: String
    let figures: FiguresContext
    let markets: [FigureRow]
    let categories: [FigureRow]
    let ranking_note: String
    /// The regency's changed figures, then the largest few of the markets' and categories' (all of
    /// them are in revisions.csv: at province scale a full list outgrows any page).
    let revisions: [Revision]
    let has_revisions: Bool
    let revision_summary: String
    let revision_shown: String
    let revisions_url: String
    let recomputed_as_of: String
    let files: [File]
    let checksum: String
    let database_sha256: String
    let tool_version: String
    /// The edition's first page has everything; later ones continue its market table.
    let is_first: Bool
    let pages: [MarketListPageContext.PageLink]
    let has_pages: Bool

    init(_ published: PublishedEdition, page: Int, site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let frozen = published.edition
        let home = root + language.pathPrefix
        edition = frozen.edition
        month_label = frozen.month.map(f.monthName) ?? frozen.edition
        figures = FiguresContext(cells: frozen.regencyFigures.records.first ?? [:], format: f)
        func row(_ cells: [String: String], url: String, anchor: String? = nil) -> FigureRow {
            FigureRow(name: cells["name"] ?? "", url: url, figures: FiguresContext(cells: cells, format: f),
                      rank: cells["rank"].flatMap { $0.isEmpty ? nil : $0 } ?? f.strings.text("format.none"), anchor: anchor)
        }
        let size = MarketListPageContext.pageSize
        let count = MarketListPageContext.pageCount(markets: frozen.markets.rows.count)
        is_first = page <= 1
        pages = (1...count).map { n in
            .init(label: f.integer(n), url: home + PageAddress.edition(frozen.edition, page: n).path, current: n == page)
        }
        has_pages = count > 1
        let slice = frozen.markets.records.dropFirst((page - 1) * size).prefix(size)
        markets = slice.map {
            row($0, url: home + PageAddress.market($0["market_id"] ?? "").path, anchor: EditionPageContext.anchor(market: $0["market_id"] ?? ""))
        }
        categories = frozen.categories.records.map { row($0, url: home + PageAddress.category($0["category_id"] ?? "").path) }
        ranking_note = f.strings.text("overview.ranking_note", ["threshold": f.integer(frozen.rankingThreshold)])
        let all = published.revisions
        let regency = all.filter { $0.kind == .regency }
        let largest = all.filter { $0.kind != .regency }
            .sorted { ($1.size, $0.kind.rawValue, $0.scope, $0.column) < ($0.size, $1.kind.rawValue, $1.scope, $1.column) }
            .prefix(Self.largestShown)
        revisions = (regency + largest).map {
            Revision(scope: $0.scope.isEmpty ? site.config.regency : $0.scope,
                     figure: f.strings.texts["column_names.\($0.column)"] ?? $0.column,
                     frozen: f.cell($0.frozen, column: $0.column), current: f.cell($0.current, column: $0.column))
        }
        has_revisions = !all.isEmpty
        func counted(_ kind: EditionRevision.Kind) -> (figures: Int, scopes: Int) {
            let mine = all.filter { $0.kind == kind }
            return (mine.count, Set(mine.map(\.id)).count)
        }
        let markets = counted(.market), categories = counted(.category)
        revision_summary = f.strings.text("editions.revision_summary", [
            "count": f.integer(all.count), "regency": f.integer(regency.count), "market_figures": f.integer(markets.figures),
            "markets": f.integer(markets.scopes), "category_figures": f.integer(categories.figures), "categories": f.integer(categories.scopes),
        ])
        revision_shown = all.count > revisions.count
            ? f.strings.text("editions.revision_largest", ["shown": f.integer(largest.count)]) : f.strings.text("editions.revision_every")
        recomputed_as_of = f.dateTime(site.report.asOf)
        let folder = root + PageAddress.edition(frozen.edition).path
        files = EditionFiles.names.map { File(name: $0, url: folder + $0) }
        revisions_url = folder + EditionFiles.revisions
        checksum = frozen.checksum
        database_sha256 = frozen.databaseSHA256
        tool_version = frozen.toolVersion
    }
}

/// The list of frozen editions.
extension EditionPageContext {
    /// How many market and category changes the revision note shows, largest first.
    static let largestShown = 15

    /// A market's row on an edition page, for citations: `pasar-<id>`, or the id itself when it
    /// already starts so (`pasar-cikalong`, not `pasar-pasar-cikalong`).
    static func anchor(market id: String) -> String { id.hasPrefix("pasar-") ? id : "pasar-\(id)" }
}

struct EditionsIndexContext: Encodable {
    struct Row: Encodable {
        let edition: String
        let month_label: String
        let url: String
        let as_of: String
        let revised: Bool
        let revisions: String
    }

    let editions: [Row]
    let has_editions: Bool

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        editions = site.editions.reversed().map { published in
            let frozen = published.edition
            return Row(
                edition: frozen.edition, month_label: frozen.month.map(f.monthName) ?? frozen.edition,
                url: root + language.pathPrefix + PageAddress.edition(frozen.edition).path,
                as_of: Timestamp.parse(frozen.asOf).map(f.dateTime).value ?? frozen.asOf,
                revised: !published.revisions.isEmpty, revisions: f.integer(published.revisions.count))
        }
        has_editions = !editions.isEmpty
    }
}

/// The data files each edition publishes from its frozen file.
enum EditionFiles {
    static let names = ["markets.csv", "markets.json", "categories.csv", "categories.json"]
    /// Every figure today's recomputation gives differently, beside the frozen files (not in their SHA256SUMS, which never changes).
    static let revisions = "revisions.csv"
    static let revisionColumns = ["scope", "id", "name", "figure", "frozen", "recomputed", "frozen_as_of", "recomputed_as_of"]
}

extension LocalFormat {
    /// "Desember 2025".
    func monthName(_ month: YearMonth) -> String {
        let names = strings.list("format.months")
        return (names.indices.contains(month.month - 1) ? names[month.month - 1] : String(month.month)) + " \(month.year)"
    }

    /// A data-file cell written for this language: grouped whole numbers, local decimals, "–" for empty.
    func cell(_ text: String, column: String) -> String {
        if text.isEmpty { return strings.text("format.none") }
        if FigureTables.textColumns.contains(column) { return text }
        if let whole = Int(text) { return integer(whole) }
        if let value = Fraction(decimalText: text) {
            let places = text.split(separator: ".").dropFirst().first?.count ?? 0
            let number = decimal(value, places: places)
            return column == "within_standard_share" ? strings.text("format.percent", ["value": number]) : number
        }
        return text
    }
}
