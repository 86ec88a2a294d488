import PasarCore

/// The tables of figures per group (docs/data.md): one row per market, category, market's category
/// or the regency, with a column per `PublishedFigure`. Hours and working days have one decimal,
/// shares are percentages with one decimal, as on the pages.
public enum FigureTables {
    public static let marketColumns = ["market_id", "name", "district"] + PublishedFigure.names + ["rank", "as_of"]

    public static func markets(_ report: PortalReport) -> DataTable {
        DataTable(columns: marketColumns, rows: report.markets.map { m in
            var rank = DataTable.Cell.empty
            if case let .ranked(position, _) = m.rank { rank = .integer(position) }
            return [.text(m.market.id), .text(m.market.name), .text(m.market.district)]
                + PublishedFigure.cells(m.statistics) + [rank, .text(report.asOf.description)]
        })
    }

    /// One row per category, with the same figure columns.
    public static func categories(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["category_id", "name"] + PublishedFigure.names + ["as_of"], rows: report.categories.map { c in
            [.text(c.category.id), .text(c.category.name)] + PublishedFigure.cells(c.statistics) + [.text(report.asOf.description)]
        })
    }

    /// One row: the whole regency's figures; with the as-of column for the published file, without
    /// it in a frozen edition (whose as-of moment is stated once).
    public static func regency(_ report: PortalReport, withAsOf: Bool = true) -> DataTable {
        DataTable(columns: PublishedFigure.names + (withAsOf ? ["as_of"] : []),
                  rows: [PublishedFigure.cells(report.regency) + (withAsOf ? [.text(report.asOf.description)] : [])])
    }

    /// One row per market and category.
    static func marketCategories(_ report: PortalReport) -> DataTable {
        let empty = ComplaintStatistics.empty(months: [])
        return DataTable(columns: ["market_id", "market_name", "category_id", "category_name"] + PublishedFigure.names + ["as_of"],
                         rows: report.markets.flatMap { m in
                             report.categories.map { c in
                                 [.text(m.market.id), .text(m.market.name), .text(c.category.id), .text(c.category.name)]
                                     + PublishedFigure.cells(m.byCategory[c.category.id] ?? empty) + [.text(report.asOf.description)]
                             }
                         })
    }

    /// Columns holding text rather than numbers.
    public static let textColumns: Set<String> = [
        "market_id", "category_id", "name", "district", "as_of", "period", "grade", "market_name", "category_name",
        "window_from", "window_to", "trend", "recurring_by",
    ]

    /// A JSON value for a CSV cell of `column`: text columns stay text, empty cells are null, numbers are numbers.
    public static func json(cell: String, column: String) -> JSONValue {
        if cell.isEmpty { return .null }
        if textColumns.contains(column) { return .string(cell) }
        if let integer = Int(cell) { return .integer(integer) }
        if let number = Double(cell) { return .number(number) }
        return .string(cell)
    }
}
