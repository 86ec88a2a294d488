import PasarCore

/// A market's satisfaction index per survey period, beside the regency's for the same period.
struct SatisfactionContext: Encodable {
    struct Row: Encodable {
        let period: String
        let index: String
        let grade: String
        let grade_label: String
        let respondents: String
        let regency_index: String
        let regency_grade: String
    }

    let rows: [Row]
    let has_rows: Bool

    init(market: String, report: SatisfactionReport, format f: LocalFormat) {
        let regency = Dictionary(uniqueKeysWithValues: report.regency.map { ($0.period, $0.index) })
        rows = report.entries(market: market).reversed().map { entry in
            let whole = regency[entry.period]
            return Row(
                period: entry.period, index: f.decimal(entry.index.index, places: 2), grade: entry.index.grade.rawValue,
                grade_label: f.strings.text("satisfaction.grade_\(entry.index.grade.rawValue.lowercased())"),
                respondents: f.integer(entry.index.respondents),
                regency_index: whole.map { f.decimal($0.index, places: 2) } ?? f.strings.text("format.none"),
                regency_grade: whole?.grade.rawValue ?? "")
        }
        has_rows = !rows.isEmpty
    }
}

extension DataTable {
    /// The satisfaction file (`data/satisfaction.csv` and `.json`): one row per market and period, then
    /// one per period for the whole regency. Index and element means with two decimals.
    static func satisfaction(_ report: SatisfactionReport, marketNames: [String: String], regency: String) -> DataTable {
        let columns = ["scope", "market_id", "name", "period", "respondents", "index", "grade"] + (1...9).map { "u\($0)_mean" }
        func row(_ entry: SatisfactionReport.Entry) -> [Cell] {
            let market = entry.marketID
            return [.text(market == nil ? "kabupaten" : "pasar"), .text(market ?? ""), .text(market.flatMap { marketNames[$0] } ?? regency),
                    .text(entry.period), .integer(entry.index.respondents), .decimal(entry.index.index, places: 2),
                    .text(entry.index.grade.rawValue)] + entry.index.elementMeans.map { .decimal($0, places: 2) }
        }
        return DataTable(columns: columns, rows: report.markets.map(row) + report.regency.map(row))
    }
}
