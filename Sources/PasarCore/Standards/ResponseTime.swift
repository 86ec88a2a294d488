/// A time limit from a service standard, e.g. `2 jam`, `3 hari` or `5 hari kerja`.
public struct ResponseTime: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, Hashable, CaseIterable {
        /// Clock hours.
        case jam
        /// Calendar days of 24 hours.
        case hari
        /// Working days in WIB; the day of receipt never counts.
        case hariKerja = "hari kerja"
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }

    /// Why a text is not a response time.
    public enum ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        case missingAmount(String)
        case unknownUnit(String)

        public var description: String {
            switch self {
            case let .missingAmount(text): "\"\(text)\" does not start with a whole number greater than 0"
            case let .unknownUnit(unit): "unknown unit \"\(unit)\""
            }
        }
    }

    /// Parses `<whole number> <unit>`, unit one of `jam`, `hari`, `hari kerja` (case and spacing are free).
    public static func parse(_ text: String) -> Result<ResponseTime, ParseError> {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard let first = words.first, let amount = Int(first), amount > 0 else {
            return .failure(.missingAmount(text))
        }
        let unitText = words.dropFirst().joined(separator: " ")
        guard let unit = Unit(rawValue: unitText) else { return .failure(.unknownUnit(unitText)) }
        return .success(ResponseTime(amount: amount, unit: unit))
    }

    /// The last moment at which something received at `receivedAt` is still within this limit:
    /// `jam` and `hari` add hours; `hari kerja` ends at 23:59:59 WIB of the n-th working day after
    /// the day of receipt.
    public func deadline(from receivedAt: Timestamp, calendar: WorkingCalendar) -> Timestamp {
        switch unit {
        case .jam: receivedAt.adding(seconds: Int64(amount) * 3600)
        case .hari: receivedAt.adding(seconds: Int64(amount) * 86_400)
        case .hariKerja: calendar.workingDay(amount, after: receivedAt.wibDate).endInWIB
        }
    }

    public var description: String { "\(amount) \(unit.rawValue)" }
}
