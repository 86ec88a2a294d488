/// A day off on which no working-day deadline runs.
public struct Holiday: Sendable, Hashable {
    /// National holiday or collective leave (cuti bersama); both are days off for the office.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case liburNasional = "libur_nasional"
        case cutiBersama = "cuti_bersama"
        case liburDaerah = "libur_daerah"
    }

    public var date: CivilDate
    public var kind: Kind
    public var name: String

    public init(date: CivilDate, kind: Kind, name: String) {
        self.date = date
        self.kind = kind
        self.name = name
    }
}

/// Working days in WIB: Monday to Friday, except the listed holidays, within the period the list covers.
public struct WorkingCalendar: Sendable {
    /// Every listed day off, sorted by date.
    public let holidays: [Holiday]
    /// The days for which the holiday list is complete; working days outside it are weekdays only.
    public let coverage: ClosedRange<CivilDate>
    private let daysOff: Set<Int64>

    public init(holidays: [Holiday], coverage: ClosedRange<CivilDate>) {
        self.holidays = holidays.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
        self.coverage = coverage
        daysOff = Set(holidays.map(\.date.dayNumber))
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && !daysOff.contains(date.dayNumber)
    }

    /// The n-th working day after `date`; `date` itself never counts (n ≥ 1).
    public func workingDay(_ n: Int, after date: CivilDate) -> CivilDate {
        var day = date
        var remaining = n
        while remaining > 0 {
            day = day.adding(days: 1)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// How many working days lie after `start` up to and including `end` (0 when `end` ≤ `start`).
    /// A complaint resolved on the n-th working day after the day it arrived took n working days.
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard end > start else { return 0 }
        var count = 0
        var day = start.adding(days: 1)
        while day <= end {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return count
    }

    /// True when every day from `start` through `end` lies inside the period the holiday list covers.
    public func covers(from start: CivilDate, through end: CivilDate) -> Bool {
        coverage.contains(start) && coverage.contains(end)
    }
}
