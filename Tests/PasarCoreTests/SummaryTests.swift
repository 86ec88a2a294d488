import Testing
@testable import PasarCore

/// Reference values from NumPy 2.4 (np.percentile, default linear method) and by hand.
@Suite struct SummaryTests {
    @Test func percentilesInterpolateBetweenClosestRanks() throws {
        let even = try #require(Summary([4, 1, 3, 2]))
        #expect(even.median == Fraction(5, 2))    // np.percentile([1,2,3,4], 50) = 2.5
        #expect(even.p90 == Fraction(37, 10))     // np.percentile([1,2,3,4], 90) = 3.7
        #expect(even.mean == Fraction(5, 2))
        let odd = try #require(Summary([56, 149, 168]))
        #expect(odd.median == Fraction(149))      // np.percentile(…, 50) = 149
        #expect(odd.p90 == Fraction(821, 5))      // 164.2
        #expect(odd.mean == Fraction(373, 3))     // 124.333…
    }

    @Test func oneSampleIsItsOwnPercentileAndNoSamplesGiveNoSummary() throws {
        let one = try #require(Summary([7]))
        #expect(one.median == Fraction(7) && one.p90 == Fraction(7) && one.count == 1)
        #expect(Summary([]) == nil)
    }

    @Test func roundsHalfAwayFromZeroExactly() {
        #expect(Fraction(1, 4).scaledRounded(places: 1) == 3)        // 0.25 → 0.3
        #expect(Fraction(5, 2).scaledRounded(places: 0) == 3)        // 2.5 → 3
        #expect(Fraction(100, 16).scaledRounded(places: 1) == 63)    // 6.25 → 6.3
        #expect(Fraction(-1, 4).scaledRounded(places: 1) == -3)
        #expect(Fraction(373, 3).decimalText(places: 1) == "124.3")
        #expect(Fraction(0).decimalText(places: 1) == "0.0")
        #expect(Fraction(1, 20).decimalText(places: 1) == "0.1")
        #expect(Fraction(7, 100).decimalText(places: 2) == "0.07")
    }

    @Test func formatsGroupedDecimals() {
        #expect(DecimalText.format(12_345, places: 1, decimalSeparator: ",", groupSeparator: ".") == "1.234,5")
        #expect(DecimalText.format(1_234_567, places: 0, decimalSeparator: ".", groupSeparator: ",") == "1,234,567")
        #expect(DecimalText.format(999, places: 0, decimalSeparator: ",", groupSeparator: ".") == "999")
        #expect(DecimalText.format(5, places: 2, decimalSeparator: ",", groupSeparator: ".") == "0,05")
    }

    @Test func sharesKeepTheirDenominator() {
        #expect(Share(2, of: 3).percent?.decimalText(places: 1) == "66.7")
        #expect(Share(1, of: 8).percent?.decimalText(places: 1) == "12.5")
        #expect(Share(0, of: 0).percent == nil)
    }
}

@Suite struct RankingTests {
    @Test func equalSharesShareARankAndSmallMarketsAreNotRanked() {
        let ranks = PortalReport.rank(
            [Share(9, of: 10), Share(18, of: 20), Share(5, of: 6), Share(7, of: 10), Share(0, of: 0)], threshold: 10)
        #expect(ranks == [.ranked(1, of: 3), .ranked(1, of: 3), .tooFewDecided(6), .ranked(3, of: 3), .tooFewDecided(0)])
    }
}

@Suite struct ResponseStandardsTests {
    @Test func marketEntriesWinThenMarketDefaultThenRegency() throws {
        let regency = ResponseStandardTable(
            defaultEntry: .init(firstResponse: time(1, .hariKerja), resolution: time(14, .hariKerja)),
            categories: ["keamanan": .init(firstResponse: time(2, .jam), resolution: time(2, .hari))])
        let markets = [
            "a": ResponseStandardTable(categories: ["kebersihan": .init(resolution: time(3, .hariKerja))]),
            "b": ResponseStandardTable(defaultEntry: .init(resolution: time(10, .hariKerja))),
        ]
        let standards = try #require(ResponseStandards(regency: regency, markets: markets))
        let day = try #require(CivilDate(iso: "2025-06-01"))
        // Market a sets only the resolution for kebersihan; the first response comes from the regency default.
        #expect(standards.standard(market: "a", category: "kebersihan", on: day)
            == ResponseStandard(firstResponse: time(1, .hariKerja), resolution: time(3, .hariKerja)))
        #expect(standards.standard(market: "a", category: "keamanan", on: day)
            == ResponseStandard(firstResponse: time(2, .jam), resolution: time(2, .hari)))
        // Market b's own default wins over the regency's keamanan row for the resolution.
        #expect(standards.standard(market: "b", category: "keamanan", on: day)
            == ResponseStandard(firstResponse: time(2, .jam), resolution: time(10, .hariKerja)))
        #expect(standards.standard(market: nil, category: "parkir", on: day)
            == ResponseStandard(firstResponse: time(1, .hariKerja), resolution: time(14, .hariKerja)))
    }

    /// Regency: 14 hari kerja from the beginning, 10 from 2026-07-01. Market a: its own kebersihan
    /// limit only from 2026-03-01 (before that it had no document, so the regency's applied).
    @Test func eachDayUsesTheVersionsInForceThatDay() throws {
        let regency = try #require(StandardHistory([
            .init(effective: date("2026-07-01"), table: ResponseStandardTable(defaultEntry: .init(firstResponse: time(1, .hariKerja), resolution: time(10, .hariKerja)))),
            .init(effective: nil, table: ResponseStandardTable(defaultEntry: .init(firstResponse: time(1, .hariKerja), resolution: time(14, .hariKerja)))),
        ]))
        let marketA = try #require(StandardHistory([
            .init(effective: date("2026-03-01"), table: ResponseStandardTable(categories: ["kebersihan": .init(resolution: time(3, .hariKerja))])),
        ]))
        let standards = try #require(ResponseStandards(regency: regency, markets: ["a": marketA]))
        func resolve(_ market: String?, _ category: String, _ day: String) -> ResponseTime {
            standards.standard(market: market, category: category, on: date(day)).resolution
        }
        #expect(resolve("a", "kebersihan", "2026-02-28") == time(14, .hariKerja))
        #expect(resolve("a", "kebersihan", "2026-03-01") == time(3, .hariKerja))
        #expect(resolve("a", "parkir", "2026-06-30") == time(14, .hariKerja))
        #expect(resolve("a", "parkir", "2026-07-01") == time(10, .hariKerja))
        #expect(resolve(nil, "kebersihan", "2026-07-01") == time(10, .hariKerja))

        // The timeline merges both documents' changes and drops days on which nothing changes.
        let kebersihan = standards.timeline(market: "a", category: "kebersihan").periods
        #expect(kebersihan.map(\.from) == [nil, date("2026-03-01")])
        #expect(kebersihan.map(\.standard.resolution) == [time(14, .hariKerja), time(3, .hariKerja)])
        let parkir = standards.timeline(market: "a", category: "parkir")
        #expect(parkir.periods.map(\.from) == [nil, date("2026-07-01")])
        #expect(parkir.periods(through: date("2026-06-30")).count == 1)
        #expect(!standards.timeline(market: "b", category: "parkir").periods.isEmpty)
    }

    @Test func aHistoryRefusesTwoVersionsOnOneDayOrTwoWithoutADay() {
        let table = ResponseStandardTable()
        #expect(StandardHistory([.init(effective: nil, table: table), .init(effective: nil, table: table)]) == nil)
        #expect(StandardHistory([.init(effective: date("2026-01-01"), table: table), .init(effective: date("2026-01-01"), table: table)]) == nil)
        #expect(StandardHistory([]) == nil)
        #expect(StandardHistory([.init(effective: date("2026-01-01"), table: table), .init(effective: nil, table: table)])?.start == nil)
    }

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    @Test func theRegencyDefaultMustSetBothLimits() {
        let incomplete = ResponseStandardTable(defaultEntry: .init(resolution: time(5, .hariKerja)))
        #expect(ResponseStandards(regency: incomplete, markets: [:]) == nil)
    }
}
