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

    struct MarketRow: Encodable {
        let market: String
        let url: String?
        let counted: String
        let in_time_statistics: String
        let excluded: String
    }

    /// A complaint with times after the as-of moment.
    struct LaterEntry: Encodable {
        let id: String
        let times: String
    }

    struct SurveySheet: Encodable {
        let id: String
        let reasons: String
    }

    let reconciliation: [Row]
    let markets: [MarketRow]
    let problems: [Problem]
    let groups: [Group]
    let has_entries: Bool
    /// "200 of 1,234 listed …" when there are more records with problems than the page lists.
    let more_entries: String?
    static let listedRecords = 200
    /// Nil when there is no satisfaction survey.
    let survey: [Row]?
    let has_survey: Bool
    let survey_excluded: [SurveySheet]
    let has_survey_excluded: Bool
    /// Complaints recorded after the as-of moment: counted as they stood then, not as mistakes.
    let has_later: Bool
    let later_counts: [Row]
    let later_left_out: String?
    let later: [LaterEntry]
    let later_hidden: String?
    let later_more: String?

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
        func row(_ name: String, _ url: String?, _ s: ComplaintStatistics) -> MarketRow {
            MarketRow(market: name, url: url, counted: f.integer(s.received),
                      in_time_statistics: f.integer(s.received - s.excludedFromTimeStatistics), excluded: f.integer(s.excludedFromTimeStatistics))
        }
        // Only markets with left-out records: at province scale a row for every market would outgrow the page.
        markets = site.report.markets.filter { $0.statistics.excludedFromTimeStatistics > 0 }
            .map { row($0.market.name, root + language.pathPrefix + PageAddress.market($0.market.id).path, $0.statistics) }
            + (site.report.unknownMarket.received > 0 ? [row(f.strings.text("quality.unknown_market"), nil, site.report.unknownMarket)] : [])
            + [row(f.strings.text("quality.total"), nil, site.report.regency)]
        survey = site.report.satisfaction.map { s in [
            Row(label: f.strings.text("quality.survey_sheets"), value: f.integer(s.sheets)),
            Row(label: f.strings.text("quality.survey_counted"), value: f.integer(s.sheets - s.excluded.count)),
            Row(label: f.strings.text("quality.survey_excluded"), value: f.integer(s.excluded.count)),
        ] }
        has_survey = survey != nil
        survey_excluded = (site.report.satisfaction?.excluded ?? []).map { sheet in
            SurveySheet(id: sheet.id, reasons: sheet.problems.map { p in
                f.strings.text("survey_problem.\(p.code)") + (p.detail.map { " (\($0))" } ?? "")
            }.joined(separator: "; "))
        }
        has_survey_excluded = !survey_excluded.isEmpty
        problems = quality.problemCounts.map {
            Problem(code: $0.code, label: f.strings.text("problem.\($0.code)"), count: f.integer($0.count))
        }
        let home = root + language.pathPrefix
        let names = Dictionary(uniqueKeysWithValues: site.report.markets.map { ($0.market.id, $0.market.name) })
        // The first records by id are listed; the rest are counted (all of them are in the complaint
        // files' problems column and in pasar check), so the page stays within its budget.
        let shownEntries = quality.entries.prefix(Self.listedRecords)
        more_entries = quality.entries.count > Self.listedRecords
            ? f.strings.text("quality.more_records", ["shown": f.integer(Self.listedRecords), "count": f.integer(quality.entries.count)]) : nil
        let byMarket = Dictionary(grouping: shownEntries) { names[$0.marketID] == nil ? "" : $0.marketID }
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
        let later = quality.later
        has_later = later.count > 0
        later_counts = [
            Row(label: f.strings.text("quality.later_received"), value: f.integer(later.received)),
            Row(label: f.strings.text("quality.later_progressed"), value: f.integer(later.progressedLater)),
        ]
        later_left_out = quality.leftOut.map { leftOut in
            var parts: [String] = []
            if leftOut.afterWritten > 0, let written = leftOut.writtenAt {
                parts.append(f.strings.text("quality.later_after_written", ["count": f.integer(leftOut.afterWritten), "written_at": f.dateTime(written)]))
            }
            if leftOut.farBeyond > 0 { parts.append(f.strings.text("quality.later_far_beyond", ["count": f.integer(leftOut.farBeyond)])) }
            return f.strings.text("quality.later_left_out", ["count": f.integer(leftOut.count), "parts": parts.joined(separator: "; ")])
        }
        let listable = later.listed.filter(\.mayBeListed)
        self.later = listable.map { record in
            LaterEntry(id: record.complaintID, times: record.times.map { time in
                f.strings.text("quality.later_column.\(time.column)") + " " + f.dateTime(time.time)
            }.joined(separator: "; "))
        }
        let hiddenLater = later.listed.count - listable.count
        later_hidden = hiddenLater > 0 ? f.strings.text("quality.hidden", ["count": f.integer(hiddenLater)]) : nil
        later_more = later.count > later.listed.count
            ? f.strings.text("quality.later_more", ["shown": f.integer(later.listed.count), "count": f.integer(later.count)]) : nil
    }
}
