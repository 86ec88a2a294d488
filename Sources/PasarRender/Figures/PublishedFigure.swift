import PasarCore

/// A figure published for every group of complaints (a market, a category, a market's category,
/// the regency). This list is the one place a figure is declared: it names the CSV and JSON column,
/// gives the data dictionary and the data package their type, and gives pages the value they show
/// (`{{figures.<name>}}`). A new figure is one entry here, its statistic, and its template text.
public struct PublishedFigure: Sendable {
    /// What the figure measures: its type in the files, its decimals, and how pages write it.
    public enum Unit: String, Sendable {
        case count, percent, hours, workingDays = "working_days", days

        /// Frictionless Table Schema type.
        public var tableType: String { self == .count ? "integer" : "number" }
        /// Decimals in the files and on the pages.
        public var places: Int { self == .count ? 0 : 1 }
    }

    public let name: String
    public let unit: Unit
    /// The exact value; counts are whole numbers, measures may be absent (nothing to measure).
    let read: @Sendable (ComplaintStatistics) -> FigureValue

    init(_ name: String, _ unit: Unit, _ read: @escaping @Sendable (ComplaintStatistics) -> FigureValue) {
        self.name = name
        self.unit = unit
        self.read = read
    }

    /// The cell this figure has in a data file.
    public func cell(_ statistics: ComplaintStatistics) -> DataTable.Cell { read(statistics).cell(places: unit.places) }

    /// The value written in a frozen edition's cell, read back with this figure's type.
    func value(cell text: String) -> FigureValue {
        unit == .count ? .count(Int(text) ?? 0) : .measure(Fraction(decimalText: text))
    }

    /// Every published figure, in file order.
    public static let all: [PublishedFigure] = [
        .init("received", .count) { .count($0.received) },
        .init("open", .count) { .count($0.open) },
        .init("open_diterima", .count) { .count($0.openByStatus[.diterima] ?? 0) },
        .init("open_diverifikasi", .count) { .count($0.openByStatus[.diverifikasi] ?? 0) },
        .init("open_diproses", .count) { .count($0.openByStatus[.diproses] ?? 0) },
        .init("resolved", .count) { .count($0.resolved) },
        .init("rejected", .count) { .count($0.rejected) },
        .init("unknown_status", .count) { .count($0.unknownStatus) },
        .init("resolved_within_standard", .count) { .count($0.withinStandard.numerator) },
        .init("decided", .count) { .count($0.decided) },
        .init("within_standard_share", .percent) { .measure($0.withinStandard.percent) },
        .init("open_overdue", .count) { .count($0.openOverdue) },
        .init("open_not_yet_due", .count) { .count($0.openNotYetDue) },
        .init("resolution_time_count", .count) { .count($0.resolutionTime?.count ?? 0) },
        .init("median_resolution_hours", .hours) { .measure($0.resolutionTime?.median.divided(by: 3600)) },
        .init("p90_resolution_hours", .hours) { .measure($0.resolutionTime?.p90.divided(by: 3600)) },
        .init("mean_resolution_hours", .hours) { .measure($0.resolutionTime?.mean.divided(by: 3600)) },
        .init("median_resolution_working_days", .workingDays) { .measure($0.resolutionWorkingDays?.median) },
        .init("p90_resolution_working_days", .workingDays) { .measure($0.resolutionWorkingDays?.p90) },
        .init("median_first_response_hours", .hours) { .measure($0.firstResponseTime?.median.divided(by: 3600)) },
        .init("oldest_open_age_days", .days) { .measure($0.oldestOpenAge.map { Fraction($0, 86_400) }) },
        .init("excluded_from_time_statistics", .count) { .count($0.excludedFromTimeStatistics) },
        .init("unlisted_confidential", .count) { .count($0.unlistedConfidential) },
    ]

    /// The figures' column names, in file order.
    public static let names = all.map(\.name)
    static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    /// The figure cells of a group, in `all` order.
    public static func cells(_ statistics: ComplaintStatistics) -> [DataTable.Cell] { all.map { $0.cell(statistics) } }
}

/// One figure's exact value.
public enum FigureValue: Sendable, Hashable {
    case count(Int)
    case measure(Fraction?)

    func cell(places: Int) -> DataTable.Cell {
        switch self {
        case let .count(value): .integer(value)
        case let .measure(value): .decimal(value, places: places)
        }
    }

    var count: Int {
        if case let .count(value) = self { return value }
        return 0
    }
}

/// Every figure of one group by name, from live statistics or from a frozen edition's cells.
struct FigureValues {
    let values: [String: FigureValue]

    init(_ statistics: ComplaintStatistics) {
        values = Dictionary(uniqueKeysWithValues: PublishedFigure.all.map { ($0.name, $0.read(statistics)) })
    }

    /// From a frozen edition's cells; a figure the edition did not have counts as empty.
    init(cells: [String: String]) {
        values = Dictionary(uniqueKeysWithValues: PublishedFigure.all.map { figure in
            (figure.name, cells[figure.name].map(figure.value(cell:)) ?? (figure.unit == .count ? .count(0) : .measure(nil)))
        })
    }

    subscript(name: String) -> FigureValue { values[name] ?? .measure(nil) }
    func count(_ name: String) -> Int { self[name].count }
}
