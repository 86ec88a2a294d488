@testable import PasarCore

/// Christmas 2025 and New Year 2026 as in the 2025/2026 joint decrees: Thu 25 Dec libur nasional,
/// Fri 26 Dec cuti bersama, Thu 1 Jan libur nasional.
let christmasCalendar = WorkingCalendar(
    holidays: [
        Holiday(date: day(2025, 12, 25), kind: .liburNasional, name: "Kelahiran Yesus Kristus"),
        Holiday(date: day(2025, 12, 26), kind: .cutiBersama, name: "Cuti bersama Natal"),
        Holiday(date: day(2026, 1, 1), kind: .liburNasional, name: "Tahun Baru 2026 Masehi"),
    ],
    coverage: day(2025, 1, 1)...day(2026, 12, 31))

func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
    guard let date = CivilDate(year: year, month: month, day: day) else { fatalError("bad test date") }
    return date
}

/// A WIB wall-clock time, e.g. `wib("2025-12-24 10:00")`.
func wib(_ text: String) -> Timestamp {
    guard case let .success(t) = Timestamp.parse(text + ":00+07:00") else { fatalError("bad test time \(text)") }
    return t
}

func hours(_ h: Double) -> Int64 { Int64(h * 3600) }

func time(_ amount: Int, _ unit: ResponseTime.Unit) -> ResponseTime { ResponseTime(amount: amount, unit: unit) }
