import Testing
@testable import PasarCore

/// Reference epochs computed independently with Python's datetime.fromisoformat.
@Suite struct TimestampTests {
    @Test(arguments: [
        ("2025-12-24T10:00:00+07:00", Int64(1_766_545_200)),
        ("2025-12-30T23:59:59+07:00", 1_767_113_999),
        ("2025-03-04T09:30:00Z", 1_741_080_600),
        ("2025-03-04T09:30:00.750-05:30", 1_741_100_400),
        ("2024-02-29T00:00:00+07:00", 1_709_139_600),
        ("1969-12-31T23:00:00+00:00", -3600),
        ("2025-12-24 10:00:00+07:00", 1_766_545_200),
        ("2025-12-24T10:00+0700", 1_766_545_200),
    ])
    func parsesISO8601WithOffset(text: String, seconds: Int64) throws {
        #expect(try Timestamp.parse(text).get().seconds == seconds)
    }

    @Test func rejectsTextWithoutOffsetOrWithImpossibleValues() {
        #expect(Timestamp.parse("2025-12-24T10:00:00") == .failure(.missingOffset))
        #expect(Timestamp.parse("2025-12-24") == .failure(.malformed))
        #expect(Timestamp.parse("24/12/2025 10:00") == .failure(.malformed))
        #expect(Timestamp.parse("2025-02-29T10:00:00+07:00") == .failure(.outOfRange))
        #expect(Timestamp.parse("2025-12-24T24:00:00+07:00") == .failure(.outOfRange))
        #expect(Timestamp.parse("2025-12-24T10:00:00+07:00 extra") == .failure(.malformed))
    }

    @Test func printsInWIB() throws {
        let t = try Timestamp.parse("2025-03-04T09:30:00Z").get()
        #expect(t.description == "2025-03-04T16:30:00+07:00")
        #expect(t.wibDate == CivilDate(year: 2025, month: 3, day: 4))
        // 18:00 UTC is already the next day in WIB.
        #expect(try Timestamp.parse("2025-03-04T18:00:00Z").get().wibDate == CivilDate(year: 2025, month: 3, day: 5))
        #expect(try Timestamp.parse("1969-12-31T16:59:59Z").get().wibDate == CivilDate(year: 1969, month: 12, day: 31))
    }
}

@Suite struct CivilDateTests {
    @Test func knowsWeekdaysAndLeapYears() throws {
        // 1970-01-01 was a Thursday; 2025-12-25 a Thursday; 2026-01-03 a Saturday.
        #expect(CivilDate(dayNumber: 0).isoWeekday == 4)
        #expect(try #require(CivilDate(year: 2025, month: 12, day: 25)).isoWeekday == 4)
        #expect(try #require(CivilDate(year: 2026, month: 1, day: 3)).isWeekend)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2100, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate(iso: "2025-04-31") == nil)
        #expect(CivilDate(iso: "2025-4-30") == nil)
    }

    @Test func roundTripsThroughDayNumbers() {
        for dayNumber in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            let date = CivilDate(dayNumber: dayNumber)
            let c = date.components
            #expect(CivilDate(year: c.year, month: c.month, day: c.day) == date)
        }
    }

    @Test func stepsThroughMonths() {
        let december = YearMonth(year: 2025, month: 12)
        #expect(december.adding(months: 1) == YearMonth(year: 2026, month: 1))
        #expect(december.lastMonths(12).first == YearMonth(year: 2025, month: 1))
        #expect(december.lastMonths(12).count == 12)
        #expect(YearMonth(year: 2024, month: 2).lastDay == CivilDate(year: 2024, month: 2, day: 29))
    }
}

/// The table of dates gives what the arithmetic gives, at its edges and on every day between.
@Suite struct CivilTableTests {
    @Test func theTableAgreesWithTheArithmeticOnEveryDayAndBeyond() {
        for days in Int64(-800)...Int64(74_000) {
            let looked = CivilDate.civilFromDays(days), computed = CivilDate.computedCivilFromDays(days)
            #expect(looked == computed, "day \(days)")
            if looked != computed { break }
            #expect(CivilDate.daysFromCivil(year: Int64(looked.year), month: Int64(looked.month), day: Int64(looked.day)) == days)
        }
        // Known dates: 1970-01-01, 2000-02-29, 2100-02-28 then 2100-03-01 (not a leap year), 2169-12-31.
        #expect(CivilDate.civilFromDays(0) == (1970, 1, 1))
        #expect(CivilDate.civilFromDays(11_016) == (2000, 2, 29))
        #expect(CivilDate.civilFromDays(47_540) == (2100, 2, 28))
        #expect(CivilDate.civilFromDays(47_541) == (2100, 3, 1))
        #expect(CivilDate.civilFromDays(73_048) == (2169, 12, 31))
    }
}
