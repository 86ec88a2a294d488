import PasarCore

/// One published table: its file, its meaning, its keys and its cells.
public struct DataResource: Sendable {
    public struct ForeignKey: Sendable {
        public let fields: [String]
        public let resource: String
        public let referenceFields: [String]
    }

    /// Table Schema resource name, also the file's base name and its title's key (`data_resources.<name>`).
    public let name: String
    public let table: DataTable
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]

    public var csvPath: String { "data/\(name).csv" }

    public func title(_ strings: StringTable) -> String { strings.text("data_resources.\(name)") }
    public var jsonPath: String { "data/\(name).json" }
}

/// The downloads: every table the site publishes, from the report.
public enum OpenData {
    /// Every table a site may publish (the survey ones only when there is a survey).
    public static let resourceNames = [
        "markets", "regency", "categories", "market-categories", "monthly", "regency-monthly", "complaints",
        "satisfaction", "regency-satisfaction",
    ]

    /// Every table, and what the scrubber removed from complaint summaries.
    public static func resources(_ site: SiteRenderInput) -> (resources: [DataResource], scrubbed: SummaryScrubber.Counts) {
        let report = site.report
        let (complaints, scrubbed) = complaintTable(report)
        var resources = [
            DataResource(name: "markets", table: MarketTable.table(report), primaryKey: ["market_id"], foreignKeys: []),
            DataResource(name: "regency", table: regencyTable(report), primaryKey: [], foreignKeys: []),
            DataResource(name: "categories", table: MarketTable.categoryTable(report), primaryKey: ["category_id"], foreignKeys: []),
            DataResource(name: "market-categories", table: marketCategoryTable(report), primaryKey: ["market_id", "category_id"],
                         foreignKeys: [.init(fields: ["market_id"], resource: "markets", referenceFields: ["market_id"]),
                                       .init(fields: ["category_id"], resource: "categories", referenceFields: ["category_id"])]),
            DataResource(name: "monthly", table: monthlyTable(report), primaryKey: ["market_id", "month"],
                         foreignKeys: [.init(fields: ["market_id"], resource: "markets", referenceFields: ["market_id"])]),
            DataResource(name: "regency-monthly", table: regencyMonthlyTable(report), primaryKey: ["month"], foreignKeys: []),
            DataResource(name: "complaints", table: complaints, primaryKey: ["complaint_id"], foreignKeys: []),
        ]
        if let survey = report.satisfaction {
            let names = Dictionary(uniqueKeysWithValues: report.markets.map { ($0.market.id, $0.market.name) })
            resources.append(DataResource(
                name: "satisfaction", table: satisfactionTable(survey.markets, names: names, market: true), primaryKey: ["market_id", "period"],
                foreignKeys: [.init(fields: ["market_id"], resource: "markets", referenceFields: ["market_id"])]))
            resources.append(DataResource(
                name: "regency-satisfaction", table: satisfactionTable(survey.regency, names: names, market: false), primaryKey: ["period"], foreignKeys: []))
        }
        return (resources, scrubbed)
    }

    static func regencyTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: MarketTable.figureColumns + ["as_of"],
                  rows: [MarketTable.figures(report.regency) + [.text(report.asOf.description)]])
    }

    static func marketCategoryTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["market_id", "market_name", "category_id", "category_name"] + MarketTable.figureColumns + ["as_of"],
                  rows: report.markets.flatMap { m in
                      report.categories.map { c in
                          [.text(m.market.id), .text(m.market.name), .text(c.category.id), .text(c.category.name)]
                              + MarketTable.figures(m.byCategory[c.category.id] ?? ComplaintStatistics([], months: []))
                              + [.text(report.asOf.description)]
                      }
                  })
    }

    static func monthlyTable(_ report: PortalReport) -> DataTable {
        let byMarket = Dictionary(grouping: report.complaints, by: \.complaint.marketID)
        return DataTable(columns: ["market_id", "month", "received_in_month", "resolved_in_month"], rows: report.markets.flatMap { m in
            ComplaintStatistics.monthlyCounts(byMarket[m.market.id] ?? [], months: report.allMonths).map {
                [.text(m.market.id), .text($0.month.description), .integer($0.received), .integer($0.resolved)]
            }
        })
    }

    static func regencyMonthlyTable(_ report: PortalReport) -> DataTable {
        DataTable(columns: ["month", "received_in_month", "resolved_in_month"],
                  rows: ComplaintStatistics.monthlyCounts(report.complaints, months: report.allMonths).map {
                      [.text($0.month.description), .integer($0.received), .integer($0.resolved)]
                  })
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

    /// The complaint-level file: public columns only, the state at the as-of moment, and everything needed
    /// to recompute the figures. Rahasia complaints (and unreadable confidentiality) are left out.
    static func complaintTable(_ report: PortalReport) -> (DataTable, SummaryScrubber.Counts) {
        let scrubber = SummaryScrubber()
        var counts = SummaryScrubber.Counts()
        let columns = [
            "complaint_id", "market_id", "category_id", "channel", "received_at", "first_response_at", "resolved_at", "status",
            "confidentiality", "public_summary", "resolution_deadline", "outcome", "resolution_hours", "resolution_working_days",
            "first_response_hours", "problems",
        ]
        let rows: [[DataTable.Cell]] = report.complaints.filter(\.complaint.mayBeListed).map { e in
            let c = e.complaint
            func time(_ recorded: Recorded<Timestamp>) -> DataTable.Cell {
                guard let t = recorded.value, t <= report.asOf else { return .empty }
                return .text(t.description)
            }
            let outcome: String = switch e.outcome {
            case .withinStandard: "within_standard"
            case .late: "late"
            case .overdue: "overdue"
            case .pending: "pending"
            case nil: ""
            }
            let scrubbed = scrubber.scrub(c.publicSummary)
            counts = counts + scrubbed.counts
            let confidentiality = c.confidentiality.value?.rawValue ?? ""
            return [
                .text(c.id), .text(c.marketID), .text(c.categoryID), .text(c.channel),
                c.receivedAt.value.map { .text($0.description) } ?? .empty, time(c.firstResponseAt), time(c.resolvedAt),
                .text(e.state.status?.rawValue ?? ""), .text(confidentiality), .text(spreadsheetSafe(scrubbed.text)),
                e.resolutionDeadline.map { .text($0.description) } ?? .empty, .text(outcome),
                .decimal(e.resolutionSeconds.map { Fraction($0, 3600) }, places: 2),
                e.resolutionWorkingDays.map { .integer($0) } ?? .empty,
                .decimal(e.firstResponseSeconds.map { Fraction($0, 3600) }, places: 2),
                .text(e.problems.map(\.code).joined(separator: ";")),
            ]
        }
        return (DataTable(columns: columns, rows: rows), counts)
    }

    /// Free text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe.
    static func spreadsheetSafe(_ text: String) -> String {
        guard let first = text.first, "=+-@\t\r".contains(first) else { return text }
        return "'" + text
    }
}
