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
///
/// Counting is arithmetic (whole weeks in closed form, listed days off by binary search), so a
/// deadline of any length costs the same; the build evaluates every complaint with it.
public struct WorkingCalendar: Sendable {
    /// Every listed day off, sorted by date.
    public let holidays: [Holiday]
    /// The days for which the holiday list is complete; working days outside it are weekdays only.
    public let coverage: ClosedRange<CivilDate>
    /// Day numbers of the listed days off that fall on a weekday, sorted, without repeats.
    private let weekdaysOff: [Int64]

    public init(holidays: [Holiday], coverage: ClosedRange<CivilDate>) {
        self.holidays = holidays.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
        self.coverage = coverage
        weekdaysOff = Array(Set(holidays.map(\.date).filter { !$0.isWeekend }.map(\.dayNumber))).sorted()
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !date.isWeekend && !isListedDayOff(date.dayNumber)
    }

    /// The n-th working day after `date`; `date` itself never counts (n ≥ 1).
    public func workingDay(_ n: Int, after date: CivilDate) -> CivilDate {
        // The n-th weekday, pushed later by the weekdays off it passes, until that count stops growing.
        // The count only grows, so the loop ends; a day reached this way is never itself a day off.
        var skipped: Int64 = 0
        while true {
            let candidate = WorkingCalendar.weekday(Int64(n) + skipped, after: date.dayNumber)
            let off = daysOff(after: date.dayNumber, through: candidate)
            if off == skipped { return CivilDate(dayNumber: candidate) }
            skipped = off
        }
    }

    /// How many working days lie after `start` up to and including `end` (0 when `end` ≤ `start`).
    /// A complaint resolved on the n-th working day after the day it arrived took n working days.
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard end > start else { return 0 }
        let weekdays = WorkingCalendar.weekdaysBefore(end.dayNumber + 1) - WorkingCalendar.weekdaysBefore(start.dayNumber + 1)
        return Int(weekdays - daysOff(after: start.dayNumber, through: end.dayNumber))
    }

    /// The number of working days from a fixed day long ago up to and including `date`: the working
    /// days after one day up to another are the difference of their numbers (what the lookup page
    /// uses, with one number for its as-of day, instead of the whole calendar).
    public func workingDayNumber(_ date: CivilDate) -> Int64 {
        WorkingCalendar.weekdaysBefore(date.dayNumber + 1) - Int64(firstIndex(after: date.dayNumber))
    }

    /// True when every day from `start` through `end` lies inside the period the holiday list covers.
    public func covers(from start: CivilDate, through end: CivilDate) -> Bool {
        coverage.contains(start) && coverage.contains(end)
    }

    // MARK: - Arithmetic on day numbers (days since 1970-01-01, a Thursday)

    /// Weekdays (Monday–Friday) from Monday 1969-12-29 (day −3) up to, not including, `day`.
    static func weekdaysBefore(_ day: Int64) -> Int64 {
        let sinceMonday = day + 3
        let weeks = sinceMonday >= 0 ? sinceMonday / 7 : (sinceMonday - 6) / 7
        return 5 * weeks + min(sinceMonday - 7 * weeks, 5)
    }

    /// The n-th weekday after `day` (n ≥ 1), `day` itself not counted.
    static func weekday(_ n: Int64, after day: Int64) -> Int64 {
        let target = weekdaysBefore(day + 1) + n  // the target-th weekday counted from day −3
        let index = target - 1
        let weeks = index >= 0 ? index / 5 : (index - 4) / 5
        return -3 + 7 * weeks + (index - 5 * weeks)
    }

    /// Listed weekdays off after `start`, up to and including `end`.
    func daysOff(after start: Int64, through end: Int64) -> Int64 {
        guard end > start else { return 0 }
        return Int64(firstIndex(after: end) - firstIndex(after: start))
    }

    /// The position of the first listed weekday off later than `day`.
    private func firstIndex(after day: Int64) -> Int {
        var low = 0, high = weekdaysOff.count
        while low < high {
            let middle = (low + high) / 2
            if weekdaysOff[middle] <= day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private func isListedDayOff(_ day: Int64) -> Bool {
        let index = firstIndex(after: day - 1)
        return index < weekdaysOff.count && weekdaysOff[index] == day
    }
}
