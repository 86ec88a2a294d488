import Testing
@testable import PasarCore

@Suite struct WorkingCalendarTests {
    let calendar = christmasCalendar

    /// The arithmetic (weeks in closed form, days off by binary search) against counting day by day,
    /// for every start day from mid-2024 to 2027 and every length up to 45 working days.
    @Test func arithmeticAgreesWithCountingDayByDay() {
        func naiveWorkingDay(_ n: Int, after date: CivilDate) -> CivilDate {
            var day = date, remaining = n
            while remaining > 0 {
                day = day.adding(days: 1)
                if calendar.isWorkingDay(day) { remaining -= 1 }
            }
            return day
        }
        var mismatches = 0
        for offset in 0..<(365 * 3) {
            let start = day(2024, 7, 1).adding(days: offset)
            var counted = 0
            var current = start
            for n in 1...45 {
                let expected = naiveWorkingDay(n, after: start)
                if calendar.workingDay(n, after: start) != expected { mismatches += 1 }
                // Days between: every day up to the n-th working day counts n − 1 or n.
                while current < expected {
                    current = current.adding(days: 1)
                    if calendar.isWorkingDay(current) { counted += 1 }
                    if calendar.workingDays(after: start, through: current) != counted { mismatches += 1 }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(calendar.workingDays(after: day(2025, 12, 31), through: day(2025, 12, 1)) == 0)
        // A limit in the billions is answered at once, not day by day.
        #expect(calendar.workingDay(1_000_000_000, after: day(2025, 12, 24)).year > 3_000_000)
    }

    @Test func weekendsAndListedDaysOffAreNotWorkingDays() {
        #expect(calendar.isWorkingDay(day(2025, 12, 24)))   // Wednesday
        #expect(!calendar.isWorkingDay(day(2025, 12, 25)))  // libur nasional
        #expect(!calendar.isWorkingDay(day(2025, 12, 26)))  // cuti bersama
        #expect(!calendar.isWorkingDay(day(2025, 12, 27)))  // Saturday
        #expect(!calendar.isWorkingDay(day(2025, 12, 28)))  // Sunday
        #expect(calendar.isWorkingDay(day(2025, 12, 29)))   // Monday
    }

    @Test func deadlineSkipsTheDayOfReceiptHolidaysAndTheWeekend() {
        // Received Wed 24 Dec: 25, 26 off, 27–28 weekend; Mon 29 is day 1, Tue 30 day 2.
        let deadline = time(2, .hariKerja).deadline(from: wib("2025-12-24 10:00"), calendar: calendar)
        #expect(deadline == wib("2025-12-30 23:59").adding(seconds: 59))
        // Received on a Saturday: the first working day after it is Monday.
        #expect(time(1, .hariKerja).deadline(from: wib("2025-12-20 09:00"), calendar: calendar)
            == day(2025, 12, 22).endInWIB)
        // Received late on Friday 19 Dec: day 1 is Monday 22 Dec.
        #expect(time(1, .hariKerja).deadline(from: wib("2025-12-19 16:00"), calendar: calendar)
            == day(2025, 12, 22).endInWIB)
        // Mon 22: 23 (1), 24 (2), then the holidays and weekend, 29 (3).
        #expect(time(3, .hariKerja).deadline(from: wib("2025-12-22 09:00"), calendar: calendar)
            == day(2025, 12, 29).endInWIB)
        // Across New Year: Wed 31 Dec, 1 Jan off, Fri 2 Jan (1), Mon 5 Jan (2).
        #expect(time(2, .hariKerja).deadline(from: wib("2025-12-31 09:00"), calendar: calendar)
            == day(2026, 1, 5).endInWIB)
    }

    @Test func hoursAndCalendarDaysAreAddedToTheTimeOfReceipt() {
        #expect(time(4, .jam).deadline(from: wib("2025-12-24 22:00"), calendar: calendar) == wib("2025-12-25 02:00"))
        #expect(time(2, .hari).deadline(from: wib("2025-12-24 22:00"), calendar: calendar) == wib("2025-12-26 22:00"))
    }

    @Test func countsWorkingDaysAfterTheDayOfReceipt() {
        #expect(calendar.workingDays(after: day(2025, 12, 24), through: day(2025, 12, 24)) == 0)
        #expect(calendar.workingDays(after: day(2025, 12, 24), through: day(2025, 12, 28)) == 0)
        #expect(calendar.workingDays(after: day(2025, 12, 24), through: day(2025, 12, 30)) == 2)
        #expect(calendar.workingDays(after: day(2025, 12, 22), through: day(2025, 12, 29)) == 3)
        #expect(calendar.workingDays(after: day(2025, 12, 30), through: day(2025, 12, 29)) == 0)
    }

    @Test func knowsWhichDaysTheHolidayListCovers() {
        #expect(calendar.covers(from: day(2025, 12, 24), through: day(2026, 1, 5)))
        #expect(!calendar.covers(from: day(2026, 12, 30), through: day(2027, 1, 4)))
    }
}

@Suite struct ResponseTimeTests {
    @Test(arguments: [
        ("5 hari kerja", 5, ResponseTime.Unit.hariKerja),
        ("2 jam", 2, .jam),
        (" 14  Hari ", 14, .hari),
        ("1 HARI  KERJA", 1, .hariKerja),
    ])
    func parses(text: String, amount: Int, unit: ResponseTime.Unit) throws {
        #expect(try ResponseTime.parse(text).get() == ResponseTime(amount: amount, unit: unit))
    }

    @Test func rejectsUnknownUnitsAndMissingAmounts() {
        #expect(ResponseTime.parse("5 minggu") == .failure(.unknownUnit("minggu")))
        #expect(ResponseTime.parse("lima hari") == .failure(.missingAmount("lima hari")))
        #expect(ResponseTime.parse("0 jam") == .failure(.missingAmount("0 jam")))
        #expect(ResponseTime.parse("5") == .failure(.unknownUnit("")))
    }
}

import PropertyBased

/// Working-day deadlines for any time of receipt and any number of days.
@Suite struct WorkingDayPropertyTests {
    @Test func deadlinesFallOnTheNthWorkingDayAtItsLastSecond() async {
        let calendar = christmasCalendar
        // Receipt in 2025 (covered by the holiday list), at any second; 1 to 60 working days.
        await propertyCheck(count: 500, input: Gen.int(in: 0...(365 * 86_400 - 1)), Gen.int(in: 1...60)) { second, days in
            let received = day(2025, 1, 1).startInWIB.adding(seconds: Int64(second))
            let deadline = ResponseTime(amount: days, unit: .hariKerja).deadline(from: received, calendar: calendar)
            let date = deadline.wibDate
            #expect(!date.isWeekend && calendar.isWorkingDay(date))
            #expect(calendar.holidays.allSatisfy { $0.date != date })
            #expect(deadline == date.endInWIB)
            #expect(calendar.workingDays(after: received.wibDate, through: date) == days)
            #expect(calendar.workingDays(after: received.wibDate, through: date.adding(days: -1)) == days - 1)
        }
    }
}
