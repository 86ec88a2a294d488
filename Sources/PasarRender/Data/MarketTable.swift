import PasarCore

/// The per-market figures file (`data/markets.csv` and `data/markets.json`), documented in docs/data.md.
/// Hours and working days have one decimal, shares are percentages with one decimal, as on the pages.
public enum MarketTable {
    /// The figure columns, in file order, for any group of complaints.
    public static let figureColumns = [
        "received", "open", "open_diterima", "open_diverifikasi", "open_diproses", "resolved", "rejected", "unknown_status",
        "resolved_within_standard", "decided", "within_standard_share", "open_overdue", "open_not_yet_due",
        "resolution_time_count", "median_resolution_hours", "p90_resolution_hours", "mean_resolution_hours",
        "median_resolution_working_days", "p90_resolution_working_days", "median_first_response_hours",
        "oldest_open_age_days", "excluded_from_time_statistics", "unlisted_confidential",
    ]

    public static let columns = ["market_id", "name", "district"] + figureColumns + ["rank", "as_of"]

    public static func table(_ report: PortalReport) -> DataTable {
        DataTable(columns: columns, rows: report.markets.map { m in
            var rank = DataTable.Cell.empty
            if case let .ranked(position, _) = m.rank { rank = .integer(position) }
            return [.text(m.market.id), .text(m.market.name), .text(m.market.district)]
                + figures(m.statistics) + [rank, .text(report.asOf.description)]
        })
    }

    /// The figure cells (in `figureColumns` order) for any group.
    public static func figures(_ s: ComplaintStatistics) -> [DataTable.Cell] {
        [
            .integer(s.received), .integer(s.open), .integer(s.openByStatus[.diterima] ?? 0),
            .integer(s.openByStatus[.diverifikasi] ?? 0), .integer(s.openByStatus[.diproses] ?? 0),
            .integer(s.resolved), .integer(s.rejected), .integer(s.unknownStatus),
            .integer(s.withinStandard.numerator), .integer(s.decided), .decimal(s.withinStandard.percent, places: 1),
            .integer(s.openOverdue), .integer(s.openNotYetDue), .integer(s.resolutionTime?.count ?? 0),
            .decimal(s.resolutionTime?.median.divided(by: 3600), places: 1),
            .decimal(s.resolutionTime?.p90.divided(by: 3600), places: 1),
            .decimal(s.resolutionTime?.mean.divided(by: 3600), places: 1),
            .decimal(s.resolutionWorkingDays?.median, places: 1), .decimal(s.resolutionWorkingDays?.p90, places: 1),
            .decimal(s.firstResponseTime?.median.divided(by: 3600), places: 1),
            .decimal(s.oldestOpenAge.map { Fraction($0, 86_400) }, places: 1),
            .integer(s.excludedFromTimeStatistics), .integer(s.unlistedConfidential),
        ]
    }

    /// The figure cells as column → CSV text: what pages format, so a page always shows the file's numbers.
    public static func figureCells(_ s: ComplaintStatistics) -> [String: String] {
        Dictionary(uniqueKeysWithValues: zip(figureColumns, figures(s).map(\.csvText)))
    }

    /// Columns holding text rather than numbers.
    public static let textColumns: Set<String> = ["market_id", "category_id", "name", "district", "as_of", "period", "grade"]

    /// One row per category, with the same figure columns.
    public static func categoryTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["category_id", "name"] + figureColumns + ["as_of"], rows: report.categories.map { c in
            [.text(c.category.id), .text(c.category.name)] + figures(c.statistics) + [.text(report.asOf.description)]
        })
    }

    /// One row: the whole regency's figure columns.
    public static func regencyTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: figureColumns, rows: [figures(report.regency)])
    }

    /// A JSON value for a CSV cell of `column`: text columns stay text, empty cells are null, numbers are numbers.
    public static func json(cell: String, column: String) -> JSONValue {
        if cell.isEmpty { return .null }
        if textColumns.contains(column) { return .string(cell) }
        if let integer = Int(cell) { return .integer(integer) }
        if let number = Double(cell) { return .number(number) }
        return .string(cell)
    }
}
