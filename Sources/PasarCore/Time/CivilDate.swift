/// A calendar date (year, month, day) with no time zone: a day in WIB when it comes from a `Timestamp`.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int64

    public init(dayNumber: Int64) { self.dayNumber = dayNumber }

    /// A valid date, or nil for e.g. 2025-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        dayNumber = CivilDate.daysFromCivil(year: Int64(year), month: Int64(month), day: Int64(day))
    }

    /// Parses `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) { CivilDate.civilFromDays(dayNumber) }
    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }
    public var yearMonth: YearMonth { let c = components; return YearMonth(year: c.year, month: c.month) }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var isoWeekday: Int { Int(((dayNumber + 3) % 7 + 7) % 7) + 1 }
    public var isWeekend: Bool { isoWeekday >= 6 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + Int64(days)) }

    /// The first second of this day in WIB.
    public var startInWIB: Timestamp { Timestamp(seconds: dayNumber * 86_400 - Timestamp.wibOffset) }
    /// The last second of this day in WIB (23:59:59).
    public var endInWIB: Timestamp { Timestamp(seconds: (dayNumber + 1) * 86_400 - Timestamp.wibOffset - 1) }

    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact proleptic Gregorian arithmetic,
    // independent of the machine's time-zone database.
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of `days` since 1970-01-01: looked up for the years 1970–2169 (every date a build
    /// meets; a province's figures convert millions of times), else computed.
    static func civilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        if days >= 0, days < Int64(civilTable.count) {
            let packed = civilTable[Int(days)]
            return (Int(packed >> 9), Int(packed >> 5 & 0xF), Int(packed & 0x1F))
        }
        return computedCivilFromDays(days)
    }

    /// Year, month and day packed as `year << 9 | month << 5 | day`, for 200 years from 1970.
    private static let civilTable: [UInt32] = (0..<Int64(73_049)).map { days in
        let (year, month, day) = computedCivilFromDays(days)
        return UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    static func computedCivilFromDays(_ days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (month <= 2 ? 1 : 0)), Int(month), Int(day))
    }
}

/// A calendar month, e.g. 2025-03.
public struct YearMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.init(year: year, month: month)
    }

    var index: Int { year * 12 + month - 1 }

    public func adding(months: Int) -> YearMonth {
        let i = index + months
        return YearMonth(year: i / 12, month: i % 12 + 1)
    }

    public var firstDay: CivilDate { CivilDate(dayNumber: CivilDate.daysFromCivil(year: Int64(year), month: Int64(month), day: 1)) }
    public var lastDay: CivilDate { adding(months: 1).firstDay.adding(days: -1) }

    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.index < rhs.index }
}

func pad(_ value: Int, _ width: Int) -> String { zeroPadded(value, width: width) }

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
