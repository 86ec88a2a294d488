import PasarCore

/// How every record in the database was used, and which were left out of time statistics and why.
/// Lists complaint ids only; rahasia complaints are counted, never listed.
struct DataQualityPageContext: Encodable {
    struct Row: Encodable {
        let label: String
        let value: String
    }

    struct Problem: Encodable {
        let code: String
        let label: String
        let count: String
    }

    struct Entry: Encodable {
        let id: String
        let reasons: String
        let in_time_statistics: Bool
    }

    struct Group: Encodable {
        let market: String
        let url: String?
        let entries: [Entry]
        let hidden: String?
    }

    let reconciliation: [Row]
    let problems: [Problem]
    let groups: [Group]
    let has_entries: Bool

    init(site: SiteRenderInput, language: Language, format f: LocalFormat, root: String) {
        let quality = site.report.dataQuality
        let inTime = quality.counted - quality.excludedFromTimeStatistics
        reconciliation = [
            Row(label: f.strings.text("quality.records"), value: f.integer(quality.recordsInDatabase)),
            Row(label: f.strings.text("quality.after_as_of"), value: f.integer(quality.receivedAfterAsOf)),
            Row(label: f.strings.text("quality.counted"), value: f.integer(quality.counted)),
            Row(label: f.strings.text("quality.in_time_statistics"), value: f.integer(inTime)),
            Row(label: f.strings.text("quality.excluded"), value: f.integer(quality.excludedFromTimeStatistics)),
        ]
        problems = quality.problemCounts.map {
            Problem(code: $0.code, label: f.strings.text("problem.\($0.code)"), count: f.integer($0.count))
        }
        let home = root + language.pathPrefix
        let names = Dictionary(uniqueKeysWithValues: site.report.markets.map { ($0.market.id, $0.market.name) })
        let byMarket = Dictionary(grouping: quality.entries) { names[$0.marketID] == nil ? "" : $0.marketID }
        let order = site.report.markets.map(\.market.id) + [""]
        groups = order.compactMap { id in
            guard let entries = byMarket[id], !entries.isEmpty else { return nil }
            let listed = entries.filter(\.mayBeListed)
            let hidden = entries.count - listed.count
            return Group(
                market: names[id] ?? f.strings.text("quality.unknown_market"),
                url: names[id] == nil ? nil : home + PageAddress.market(id).path,
                entries: listed.map { e in
                    Entry(id: e.complaintID,
                          reasons: e.problems.map { p in
                              f.strings.text("problem.\(p.code)") + (p.detail.map { " (\($0))" } ?? "")
                          }.joined(separator: "; "),
                          in_time_statistics: e.isInTimeStatistics)
                },
                hidden: hidden > 0 ? f.strings.text("quality.hidden", ["count": f.integer(hidden)]) : nil)
        }
        has_entries = !quality.entries.isEmpty
    }
}
