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
        // Market a sets only the resolution for kebersihan; the first response comes from the regency default.
        #expect(standards.standard(market: "a", category: "kebersihan")
            == ResponseStandard(firstResponse: time(1, .hariKerja), resolution: time(3, .hariKerja)))
        #expect(standards.standard(market: "a", category: "keamanan")
            == ResponseStandard(firstResponse: time(2, .jam), resolution: time(2, .hari)))
        // Market b's own default wins over the regency's keamanan row for the resolution.
        #expect(standards.standard(market: "b", category: "keamanan")
            == ResponseStandard(firstResponse: time(2, .jam), resolution: time(10, .hariKerja)))
        #expect(standards.standard(market: nil, category: "parkir")
            == ResponseStandard(firstResponse: time(1, .hariKerja), resolution: time(14, .hariKerja)))
    }

    @Test func theRegencyDefaultMustSetBothLimits() {
        let incomplete = ResponseStandardTable(defaultEntry: .init(resolution: time(5, .hariKerja)))
        #expect(ResponseStandards(regency: incomplete, markets: [:]) == nil)
    }
}
