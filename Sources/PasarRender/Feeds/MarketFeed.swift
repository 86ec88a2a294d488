import Foundation
import PasarCore
import PasarSources

/// Each market's own Atom feed, `/pasar/<id>/feed.xml`, for a trader or journalist who follows one
/// market: one entry per frozen monthly edition with that market's key figures, the announcements and
/// activities that concern it (its own and the regency-wide ones), and the reviews and new versions of
/// the standard it follows. Entries of closed months never change, so a feed reader shows each once.
enum MarketFeed {
    /// The path of a market's feed.
    static func path(_ marketID: String) -> String { PageAddress.market(marketID).path + "feed.xml" }

    /// Every market's feed (none without a base_url: Atom needs absolute addresses).
    static func documents(_ site: SiteRenderInput, strings: StringTable, format: LocalFormat) -> [(path: String, xml: String)] {
        guard let base = site.config.baseURL, let host = URL(string: base)?.host() else { return [] }
        // Each edition's rows indexed once by market, so the feeds cost editions + markets, not their product.
        let editions: [(edition: FrozenEdition, asOf: Timestamp, month: YearMonth, rows: [String: [String]])] = site.editions.compactMap { published in
            let edition = published.edition
            guard let asOf = try? Timestamp.parse(edition.asOf).get(), let month = edition.month,
                  let idColumn = edition.markets.columns.firstIndex(of: "market_id") else { return nil }
            let rows = Dictionary(edition.markets.rows.compactMap { row in row.indices.contains(idColumn) ? (row[idColumn], row) : nil },
                                  uniquingKeysWith: { first, _ in first })
            return (edition, asOf, month, rows)
        }
        return site.report.markets.map { report in
            let market = report.market
            let page = base + PageAddress.market(market.id).path
            var entries: [AtomFeed.Entry] = editions.compactMap { frozen in
                guard let row = frozen.rows[market.id] else { return nil }
                return editionEntry(market: market, row: row, edition: frozen.edition, asOf: frozen.asOf, month: frozen.month,
                                    base: base, host: host, strings: strings, format: format)
            }
            entries += site.programme.announcements.filter { $0.concerns(market: market.id) }
                .map { AtomFeed.announcementEntry($0, base: base, host: host) }
            entries += site.programme.activities.filter { $0.concerns(market: market.id) }.map { activity in
                let path = PageAddress.activity(activity.slug).path
                let when = format.date(activity.schedule.firstDay)
                return AtomFeed.Entry(
                    id: AtomFeed.tag(host, activity.schedule.firstDay, path),
                    title: activity.isCancelled ? strings.text("feed.activity_cancelled_title", ["title": activity.title]) : activity.title,
                    updated: activity.schedule.start, link: base + path,
                    summary: strings.text("feed.activity_summary", ["date": when, "place": activity.place]), html: activity.html)
            }
            let document = site.marketDocuments[market.id] ?? site.regencyStandard
            entries += AtomFeed.standardEntries(document, site: site, base: base, host: host, strings: strings, format: format)
            let xml = AtomFeed.xml(id: page, title: strings.text("feed.market_title", ["market": market.name, "site": site.config.title]),
                                   subtitle: strings.text("feed.market_subtitle", ["market": market.name]),
                                   selfURL: base + path(market.id), page: page, site: site, entries: entries)
            return (path(market.id), xml)
        }
    }

    /// The edition's key figures for one market, as its frozen row has them.
    static func editionEntry(market: Market, row: [String], edition: FrozenEdition, asOf: Timestamp, month: YearMonth,
                             base: String, host: String, strings: StringTable, format: LocalFormat) -> AtomFeed.Entry {
        let columns = edition.markets.columns
        func cell(_ column: String) -> String {
            guard let index = columns.firstIndex(of: column), row.indices.contains(index) else { return strings.text("format.none") }
            return format.cell(row[index], column: column)
        }
        let label = format.monthName(month)
        var values = ["market": market.name, "month": label]
        for column in ["received", "resolved", "rejected", "open", "open_overdue", "resolved_within_standard", "decided",
                       "within_standard_share", "median_resolution_working_days"] {
            values[column] = cell(column)
        }
        return AtomFeed.Entry(
            id: AtomFeed.tag(host, asOf.wibDate, "edisi/\(edition.edition)/pasar/\(market.id)"),
            title: strings.text("feed.market_edition_title", values), updated: asOf,
            link: base + PageAddress.edition(edition.edition).path, summary: strings.text("feed.market_edition_summary", values))
    }
}
