import Testing
@testable import PasarCore

/// The default as-of moment on the shapes real exports have, worked out by hand.
@Suite struct DataTimesTests {
    static func t(_ text: String) -> Timestamp { try! Timestamp.parse(text).get() }

    /// Times at 09:00 WIB on each day of `days` (ISO dates), `times` on each.
    static func times(_ days: [String], times: Int = 1) -> DataTimes {
        var data = DataTimes()
        for day in days { for _ in 0..<times { data.add(t("\(day)T09:00:00+07:00")) } }
        return data
    }

    static let bulk = (1...28).map { "2025-05-\($0 < 10 ? "0" : "")\($0)" }

    @Test func theLatestTimeWinsWhenNothingIsOdd() throws {
        let end = try #require(Self.times(Self.bulk, times: 10).end())
        #expect(end.latest == Self.t("2025-05-28T09:00:00+07:00") && end.leftOut == nil && end.quietSpell == nil)
    }

    @Test func aThinningTailAfterAQuietSpellIsKeptAndNamed() throws {
        // 280 times in May, then 99 quiet days, then 15 times over seven months (case 2 of issue 17).
        var data = Self.times(Self.bulk, times: 10)
        let tail = ["2025-09-04", "2025-09-20", "2025-10-02", "2025-10-30", "2025-11-11", "2025-11-12", "2025-12-01", "2025-12-24",
                    "2026-01-05", "2026-01-19", "2026-02-02", "2026-02-27", "2026-03-10", "2026-03-20", "2026-03-31"]
        for day in tail { data.add(Self.t("\(day)T09:00:00+07:00")) }
        let end = try #require(data.end())
        #expect(end.latest == Self.t("2026-03-31T09:00:00+07:00"), "a real tail is not cut")
        #expect(end.leftOut == nil)
        // 15 of 295 times is more than 0.5 %, so this tail is not even named: 1 is (1 ≤ 0.005 × 281).
        #expect(end.quietSpell == nil)
        var single = Self.times(Self.bulk, times: 10)
        single.add(Self.t("2025-09-04T10:00:00+07:00"))
        let spell = try #require(single.end()?.quietSpell)
        #expect(spell == QuietSpell(after: Self.t("2025-05-28T09:00:00+07:00"), days: 99, times: 1))
        #expect(single.end()?.latest == Self.t("2025-09-04T10:00:00+07:00"))
    }

    @Test func wildYearsAndABurstOfThemAreLeftOut() throws {
        var data = Self.times(Self.bulk, times: 10)
        data.add(Self.t("2099-01-01T08:00:00+07:00"))
        data.add(Self.t("2062-05-03T08:00:00+07:00"))
        data.add(Self.t("9999-12-01T08:00:00+07:00"))  // after 2100: never an as-of moment
        let end = try #require(data.end())
        #expect(end.latest == Self.t("2025-05-28T09:00:00+07:00"))
        #expect(end.leftOut == LeftOutTimes(afterWritten: 0, farBeyond: 3, writtenAt: nil, latest: Self.t("2099-01-01T08:00:00+07:00")))
        // A batch typed with the wrong year: 100 of 380 times (26 %), far more than a share rule allows.
        var burst = Self.times(Self.bulk, times: 10)
        for day in 1...20 { for _ in 0..<5 { burst.add(Self.t("2062-05-\(day < 10 ? "0" : "")\(day)T08:00:00+07:00")) } }
        #expect(try #require(burst.end()).latest == Self.t("2025-05-28T09:00:00+07:00"))
        #expect(burst.end()?.leftOut?.farBeyond == 100)
    }

    @Test func aMistypedEarlyYearNeverCutsTheBulkAfterIt() throws {
        // 2001 for 2021: the gap is before the bulk, and the bulk is no minority.
        var data = Self.times(Self.bulk, times: 10)
        data.add(Self.t("2001-05-03T08:00:00+07:00"))
        let end = try #require(data.end())
        #expect(end.latest == Self.t("2025-05-28T09:00:00+07:00") && end.leftOut == nil)
    }

    @Test func aQuietSpellOfAYearOrLessIsNotFarBeyond() throws {
        // 366 days after the last time is kept; 367 is cut.
        var kept = Self.times(Self.bulk, times: 10)
        kept.add(Self.t("2026-05-29T09:00:00+07:00"))
        #expect(kept.end()?.latest == Self.t("2026-05-29T09:00:00+07:00"))
        var cut = Self.times(Self.bulk, times: 10)
        cut.add(Self.t("2026-05-30T09:00:00+07:00"))
        #expect(cut.end()?.latest == Self.t("2025-05-28T09:00:00+07:00"))
    }

    @Test func theDatabasesOwnWritingMomentBoundsItsTimes() throws {
        // A year typed one ahead (2026-03-10 for 2025-03-10): no gap rule can tell it from a late closure,
        // but the database was written on 30 May 2025.
        var data = Self.times(Self.bulk, times: 10)
        data.add(Self.t("2026-03-10T14:00:00+07:00"))
        data.add(Self.t("2025-05-31T23:00:00+07:00"))  // the day after writing: kept, clocks differ
        let written = Self.t("2025-05-30T16:00:00+07:00")
        let end = try #require(data.end(writtenAt: written))
        #expect(end.latest == Self.t("2025-05-31T23:00:00+07:00"))
        #expect(end.leftOut == LeftOutTimes(afterWritten: 1, farBeyond: 0, writtenAt: written, latest: Self.t("2026-03-10T14:00:00+07:00")))
        #expect(data.end()?.latest == Self.t("2026-03-10T14:00:00+07:00"), "without the moment the typo moves the as-of")
        // A moment before every time is not the database's own: it bounds nothing.
        #expect(data.end(writtenAt: Self.t("2020-01-01T00:00:00+07:00"))?.leftOut == nil)
    }

    @Test func onlyTimesBeforeTheYear2000AreMistakesHere() {
        var data = DataTimes()
        data.add(Self.t("1970-01-01T07:00:00+07:00"))
        #expect(data.end() == nil, "a 1970 date is an impossible record, not the data's end")
    }
}
