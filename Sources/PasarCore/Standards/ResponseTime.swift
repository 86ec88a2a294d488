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
        case tooLong(String, maximum: ResponseTime)

        public var description: String { message.english }

        /// The problem in both languages.
        public var message: LocalizedText {
            switch self {
            case let .missingAmount(text): "\"\(text)\" does not start with a whole number greater than 0"
            case let .unknownUnit(unit): "unknown unit \"\(unit)\""
            case let .tooLong(text, maximum): "\"\(text)\" is longer than any response standard can be (at most \(maximum), about ten years)"
            }
        }
    }

    /// The longest limit accepted in each unit (about ten years). Anything longer is a typing
    /// mistake, and keeps every deadline inside the years the figures can hold.
    public static func maximum(_ unit: Unit) -> ResponseTime {
        switch unit {
        case .jam: ResponseTime(amount: 87_600, unit: .jam)
        case .hari: ResponseTime(amount: 3_650, unit: .hari)
        case .hariKerja: ResponseTime(amount: 2_600, unit: .hariKerja)
        }
    }

    /// The longest limit that is plausible for a complaint: the 60 days Perpres 76/2013 allows for
    /// resolving one (1,440 jam, 60 hari, 60 hari kerja). `check` warns about longer ones.
    public static func plausibleMaximum(_ unit: Unit) -> ResponseTime {
        switch unit {
        case .jam: ResponseTime(amount: 1_440, unit: .jam)
        case .hari: ResponseTime(amount: 60, unit: .hari)
        case .hariKerja: ResponseTime(amount: 60, unit: .hariKerja)
        }
    }

    /// True when the limit is longer than `plausibleMaximum` for its unit.
    public var isImplausible: Bool { amount > ResponseTime.plausibleMaximum(unit).amount }

    /// Parses `<whole number> <unit>`, unit one of `jam`, `hari`, `hari kerja` (case and spacing are free).
    public static func parse(_ text: String) -> Result<ResponseTime, ParseError> {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace)
        guard let first = words.first, first.allSatisfy(\.isASCIIDigit), first.contains(where: { $0 != "0" }) else {
            return .failure(.missingAmount(text))
        }
        let unitText = words.dropFirst().joined(separator: " ")
        guard let unit = Unit(rawValue: unitText) else { return .failure(.unknownUnit(unitText)) }
        let maximum = ResponseTime.maximum(unit)
        // Compared as digits first, so a number too large for an integer is an error, not a crash.
        let digits = first.drop { $0 == "0" }
        guard digits.count <= String(maximum.amount).count, let amount = Int(digits), amount <= maximum.amount else {
            return .failure(.tooLong(text, maximum: maximum))
        }
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
