import PasarCore

/// One published table: its file, its meaning, its keys, and (for tables built in memory) its cells.
public struct DataResource: Sendable {
    public struct ForeignKey: Sendable {
        public let fields: [String]
        public let resource: String
        public let referenceFields: [String]
    }

    /// Table Schema resource name, also the file's base name and its title's key.
    public let name: String
    public let columns: [String]
    /// The cells, for tables small enough to build in memory; nil for a file streamed row by row.
    public let table: DataTable?
    public let rowCount: Int
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]

    public init(name: String, table: DataTable, primaryKey: [String] = [], foreignKeys: [ForeignKey] = []) {
        self.name = name
        columns = table.columns
        self.table = table
        rowCount = table.rows.count
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    /// A streamed file: no JSON twin, since it would be four times the CSV's size for no new information.
    public init(name: String, columns: [String], rowCount: Int, primaryKey: [String] = []) {
        self.name = name
        self.columns = columns
        table = nil
        self.rowCount = rowCount
        self.primaryKey = primaryKey
        foreignKeys = []
    }

    public var csvPath: String { "data/\(name).csv" }
    /// The JSON twin's path; nil for streamed files, which have none.
    public var jsonPath: String? { table == nil ? nil : "data/\(name).json" }

    /// The title in the strings: its own, or for a year of complaints the complaints' title with the year.
    public func title(_ strings: StringTable) -> String {
        if let year = name.split(separator: "-").last, name.hasPrefix("complaints-"), Int(year) != nil {
            return strings.text("data_resources.complaints_year", ["year": String(year)])
        }
        return strings.text("data_resources.\(name)")
    }
}

/// The aggregate tables every site publishes, from the report (the complaint-level files are
/// streamed separately, see `ComplaintFiles`).
public enum OpenData {
    /// Resource names whose titles the theme's strings must have.
    public static let resourceNames = [
        "markets", "regency", "categories", "market-categories", "monthly", "regency-monthly", "recurring-problems", "complaints_year",
        ComplaintFiles.undated, "satisfaction", "regency-satisfaction",
    ]

    static let marketKey = DataResource.ForeignKey(fields: ["market_id"], resource: "markets", referenceFields: ["market_id"])

    /// Every aggregate table (the survey ones only when there is a survey).
    public static func resources(_ report: PortalReport) -> [DataResource] {
        var resources = [
            DataResource(name: "markets", table: FigureTables.markets(report), primaryKey: ["market_id"]),
            DataResource(name: "regency", table: FigureTables.regency(report)),
            DataResource(name: "categories", table: FigureTables.categories(report), primaryKey: ["category_id"]),
            DataResource(name: "market-categories", table: FigureTables.marketCategories(report), primaryKey: ["market_id", "category_id"],
                         foreignKeys: [marketKey, .init(fields: ["category_id"], resource: "categories", referenceFields: ["category_id"])]),
            DataResource(name: "monthly", table: monthlyTable(report), primaryKey: ["market_id", "month"], foreignKeys: [marketKey]),
            DataResource(name: "regency-monthly", table: regencyMonthlyTable(report), primaryKey: ["month"]),
        ]
        if let recurrence = report.recurrence {
            resources.append(DataResource(
                name: "recurring-problems", table: recurringTable(recurrence, report: report), primaryKey: ["market_id", "category_id"],
                foreignKeys: [marketKey, .init(fields: ["category_id"], resource: "categories", referenceFields: ["category_id"])]))
        }
        if let survey = report.satisfaction {
            let names = Dictionary(uniqueKeysWithValues: report.markets.map { ($0.market.id, $0.market.name) })
            resources.append(DataResource(
                name: "satisfaction", table: satisfactionTable(survey.markets, names: names, market: true),
                primaryKey: ["market_id", "period"], foreignKeys: [marketKey]))
            resources.append(DataResource(
                name: "regency-satisfaction", table: satisfactionTable(survey.regency, names: names, market: false), primaryKey: ["period"]))
        }
        return resources
    }

    static func monthlyTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["market_id", "month", "received_in_month", "resolved_in_month"], rows: report.markets.flatMap { m in
            m.monthlySeries.map { [.text(m.market.id), .text($0.month.description), .integer($0.received), .integer($0.resolved)] }
        })
    }

    /// Every market × category with complaints in the window, recurring or not, recurring first.
    static func recurringTable(_ recurrence: RecurrenceReport, report: PortalReport) -> DataTable {
        let window = [DataTable.Cell.text(recurrence.months.first?.description ?? ""), .text(recurrence.months.last?.description ?? "")]
        return DataTable(columns: [
            "market_id", "market_name", "category_id", "category_name", "window_from", "window_to", "months_with_complaints",
            "complaints_in_window", "repeat_complaints", "earlier_half", "later_half", "trend", "recurring", "recurring_by", "as_of",
        ], rows: recurrence.combinations.map { p in
            let market = report.markets[p.market].market, category = report.categories[p.category].category
            let by = [p.byMonths ? "months" : nil, p.byRepeats ? "repeats" : nil].compactMap { $0 }.joined(separator: "+")
            return [.text(market.id), .text(market.name), .text(category.id), .text(category.name)] + window + [
                .integer(p.monthsWithComplaints), .integer(p.complaints), .integer(p.repeats), .integer(p.earlierHalf),
                .integer(p.laterHalf), .text(p.trend.rawValue), .text(p.isRecurring ? "true" : "false"), .text(by),
                .text(report.asOf.description),
            ]
        })
    }

    static func regencyMonthlyTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["month", "received_in_month", "resolved_in_month"],
                  rows: report.regencySeries.map { [.text($0.month.description), .integer($0.received), .integer($0.resolved)] })
    }

    static func satisfactionTable(_ entries: [SatisfactionReport.Entry], names: [String: String], market: Bool) -> DataTable {
        let lead = market ? ["market_id", "name"] : []
        return DataTable(columns: lead + ["period", "respondents", "index", "grade"] + (1...9).map { "u\($0)_mean" }, rows: entries.map { entry in
            let id = entry.marketID ?? ""
            return (market ? [.text(id), .text(names[id] ?? id)] : [])
                + [.text(entry.period), .integer(entry.index.respondents), .decimal(entry.index.index, places: 2), .text(entry.index.grade.rawValue)]
                + entry.index.elementMeans.map { .decimal($0, places: 2) }
        })
    }
}
