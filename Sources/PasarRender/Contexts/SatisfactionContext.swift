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
