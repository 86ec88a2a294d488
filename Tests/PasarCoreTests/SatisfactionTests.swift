import Testing
@testable import PasarCore

/// IKM = mean of the nine element means × 25; with complete sheets that is 25 × (sum of all scores) ÷ (9 × n).
/// Each boundary example was worked out by hand; the grade follows the index rounded to two decimals.
@Suite struct SatisfactionTests {
    /// `count` sheets of nine scores from 1 to 4 whose scores add up to `total`.
    static func sheets(count: Int, total: Int) -> [[Int]] {
        var remaining = total - 9 * count  // every score starts at 1
        return (0..<count).map { _ in
            (0..<9).map { _ in
                let extra = min(3, remaining)
                remaining -= extra
                return 1 + extra
            }
        }
    }

    @Test(arguments: [
        // n, total, index as a fraction, published index, grade
        (24, 763, Fraction(19075, 216), "88.31", SatisfactionGrade.a),  // 88.3102 → 88.31
        (19, 604, Fraction(15100, 171), "88.30", .b),                    // 88.3041 → 88.30
        (19, 524, Fraction(13100, 171), "76.61", .b),                    // 76.6082 → 76.61
        (26, 717, Fraction(17925, 234), "76.60", .c),                    // 76.6026 → 76.60
        (5, 117, Fraction(65), "65.00", .c),                             // exactly 65
        (38, 889, Fraction(22225, 342), "64.99", .d),                    // 64.9854 → 64.99
        (3, 108, Fraction(100), "100.00", .a),                           // every answer 4
        (2, 18, Fraction(25), "25.00", .d),                              // every answer 1
    ])
    func indexAndGradeAtEachBoundary(count: Int, total: Int, index: Fraction, published: String, grade: SatisfactionGrade) throws {
        let sheets = Self.sheets(count: count, total: total)
        #expect(sheets.flatMap { $0 }.reduce(0, +) == total)
        let result = try #require(SatisfactionIndex(sheets))
        #expect(result.index == index)
        #expect(result.index.decimalText(places: 2) == published)
        #expect(result.grade == grade)
        #expect(result.respondents == count)
    }

    @Test func elementMeansAreKeptPerElement() throws {
        let result = try #require(SatisfactionIndex([[4, 4, 4, 4, 4, 4, 4, 4, 1], [4, 4, 4, 4, 4, 4, 4, 4, 2]]))
        #expect(result.elementMeans[0] == Fraction(4))
        #expect(result.elementMeans[8] == Fraction(3, 2))
        #expect(result.index == Fraction(25 * 67, 18))  // (8 × 4 + 1.5) / 9 × 25 = 93.06
    }

    @Test func sheetsWithScoresOutsideOneToFourAreLeftOutAndListed() {
        let responses = [
            SatisfactionResponse(id: "S1", marketID: "a", period: "2026-S1", scores: Array(repeating: 4, count: 9)),
            SatisfactionResponse(id: "S2", marketID: "a", period: "2026-S1", scores: [4, 4, 5, 4, 4, 4, 4, 4, 0]),
            SatisfactionResponse(id: "S3", marketID: "a", period: "2026-S1", scores: [4, 4, 4, 4, nil, 4, 4, 4, 4]),
            SatisfactionResponse(id: "S4", marketID: "x", period: "2026-S1", scores: Array(repeating: 3, count: 9)),
            SatisfactionResponse(id: "S5", marketID: "a", period: "2026-S2", scores: Array(repeating: 2, count: 9)),
        ]
        let report = SatisfactionReport(responses, marketIDs: ["a"])
        #expect(report.sheets == 5)
        #expect(report.excluded.map(\.id) == ["S2", "S3", "S4"])
        #expect(report.excluded[0].problems == [.scoreOutOfRange(element: 3, value: 5), .scoreOutOfRange(element: 9, value: 0)])
        #expect(report.excluded[1].problems == [.missingScore(element: 5)])
        #expect(report.entries(market: "a").map(\.period) == ["2026-S1", "2026-S2"])
        #expect(report.entries(market: "a").map(\.index.respondents) == [1, 1])
        #expect(report.regency.map(\.index.index) == [Fraction(100), Fraction(50)])
    }
}
