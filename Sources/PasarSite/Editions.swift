import Foundation
import PasarCore
import PasarRender
import PasarSources

/// Freezing a month (`pasar release`) and comparing frozen months with today's data.
public enum Editions {
    /// The figures of `month` as of its last second (WIB), in the frozen file's shape, from the ledger.
    public static func freeze(_ month: YearMonth, site: LoadedSite, intake: ComplaintIntake, databaseSHA256: String) -> FrozenEdition {
        let asOf = month.lastDay.endInWIB
        let report = intake.report(at: asOf, standards: site.standards, rankingThreshold: site.config.rankingMinimumDecided)
        return FrozenEdition(
            edition: month, asOf: asOf, periodFrom: report.firstReceived, title: site.config.title, office: site.config.office.name,
            regency: site.config.regency, toolVersion: PasarVersion.current, databaseSHA256: databaseSHA256,
            rankingThreshold: report.rankingThreshold,
            markets: table(FigureTables.markets(report)), regencyFigures: table(FigureTables.regency(report, withAsOf: false)),
            categories: table(FigureTables.categories(report)), standards: EditionStandards.table(site, through: month.lastDay))
    }

    /// What `pasar release --latest` did.
    public enum LatestRelease: Sendable {
        case frozen(path: String, edition: FrozenEdition)
        /// The month was frozen before; nothing was written.
        case alreadyFrozen(path: String, month: YearMonth)
    }

    /// Freezes the last complete month of the data (`pasar release --latest`), unless it is frozen
    /// already: safe to run from a monthly scheduled job, any number of times.
    public static func releaseLatest(options: BuildOptions) throws(PasarError) -> LatestRelease {
        var dataOptions = options
        dataOptions.asOf = nil
        let prepared = try Site.prepare(dataOptions)
        let month = prepared.asOf.timestamp.lastCompleteMonth
        let path = "\(FrozenEdition.folder)/\(month).json"
        if prepared.site.editions.contains(where: { $0.edition == month.description }) { return .alreadyFrozen(path: path, month: month) }
        let (written, edition) = try release(month, prepared: prepared, force: false)
        return .frozen(path: written, edition: edition)
    }

    /// Freezes `month` for the site in `options` (`pasar release`). The data's own as-of moment
    /// (SOURCE_DATE_EPOCH or the latest timestamp), not --as-of, decides whether the month has ended.
    public static func release(_ month: YearMonth, options: BuildOptions, force: Bool) throws(PasarError) -> (path: String, edition: FrozenEdition) {
        var dataOptions = options
        dataOptions.asOf = nil
        return try release(month, prepared: try Site.prepare(dataOptions), force: force)
    }

    /// Writes `content/edisi/<month>.json`. Refuses a month the data (as of `data`) have not reached
    /// the end of, or one already frozen, unless `force`.
    public static func release(_ month: YearMonth, prepared: Site.Prepared, force: Bool) throws(PasarError) -> (path: String, edition: FrozenEdition) {
        let site = prepared.site
        let data = prepared.asOf
        let path = "\(FrozenEdition.folder)/\(month).json"
        let url = site.root.appending(path: path)
        let end = month.lastDay.endInWIB
        if data.timestamp < end, !force {
            throw PasarError("\(month) has not ended in the data: they reach \(data.timestamp) (\(data.explanation)), the month ends \(end)",
                             hint: "wait until the month is over, or pass --force to freeze it anyway")
        }
        if FileManager.default.fileExists(atPath: url.path), !force {
            throw PasarError("\(month) is already frozen", at: .file(path),
                             hint: "frozen editions do not change; pass --force only to replace a wrong edition (its revision history is in version control)")
        }
        let edition: FrozenEdition
        do {
            edition = try freeze(month, site: site, intake: prepared.intake, databaseSHA256: prepared.databaseSHA256).sealed()
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try edition.encoded().write(to: url, options: .atomic)
        } catch {
            throw PasarError("cannot write the edition: \(error.localizedDescription)", at: .file(path))
        }
        return (path, edition)
    }

    /// A frozen edition with the figures that today's data give differently for the same month.
    public static func publish(_ edition: FrozenEdition, site: LoadedSite, intake: ComplaintIntake, databaseSHA256: String) -> PublishedEdition {
        guard let month = edition.month else { return PublishedEdition(edition: edition, revisions: []) }
        let current = freeze(month, site: site, intake: intake, databaseSHA256: databaseSHA256)
        return PublishedEdition(edition: edition, revisions: revisions(of: edition, against: current))
    }

    /// Cell-by-cell differences, by market and category id; rows that appeared or vanished show as empty cells.
    static func revisions(of frozen: FrozenEdition, against current: FrozenEdition) -> [EditionRevision] {
        var revisions: [EditionRevision] = []
        func compare(_ old: FrozenEdition.Table, _ new: FrozenEdition.Table, kind: EditionRevision.Kind, key: String?) {
            let oldRows = keyed(old, key: key), newRows = keyed(new, key: key)
            for id in Set(oldRows.keys).union(newRows.keys).sorted() {
                let before = oldRows[id] ?? [:], after = newRows[id] ?? [:]
                let scope = after["name"] ?? before["name"] ?? ""
                for column in old.columns where column != "as_of" && column != "rank" && before[column] != after[column] {
                    revisions.append(EditionRevision(kind: kind, id: key == nil ? "" : id, scope: scope, column: column,
                                                     frozen: before[column] ?? "", current: after[column] ?? ""))
                }
            }
        }
        compare(frozen.regencyFigures, current.regencyFigures, kind: .regency, key: nil)
        compare(frozen.markets, current.markets, kind: .market, key: "market_id")
        compare(frozen.categories, current.categories, kind: .category, key: "category_id")
        return revisions
    }

    static func keyed(_ table: FrozenEdition.Table, key: String?) -> [String: [String: String]] {
        var rows: [String: [String: String]] = [:]
        for (index, record) in table.records.enumerated() { rows[key.flatMap { record[$0] } ?? String(index)] = record }
        return rows
    }

    static func table(_ data: DataTable) -> FrozenEdition.Table {
        FrozenEdition.Table(columns: data.columns, rows: data.cellTexts)
    }
}
