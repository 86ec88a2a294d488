import Foundation
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

@Suite struct SatisfactionSiteTests {
    @Test func theSurveyAppearsOnTheMarketPageAndInTheDownloads() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute(ComplaintDatabaseSchema.satisfactionStatements)
        // 24 sheets whose 216 scores add up to 763: index 25 × 763 / 216 = 88.3102 → 88.31, grade A.
        var remaining = 763 - 216
        var inserts: [String] = []
        for sheet in 1...24 {
            let scores = (0..<9).map { _ -> Int in
                let extra = min(3, remaining)
                remaining -= extra
                return 1 + extra
            }
            inserts.append("('S\(sheet)', 'pasar-a', '2025-S2', \(scores.map(String.init).joined(separator: ", ")))")
        }
        inserts.append("('S99', 'pasar-a', '2025-S2', 4, 4, 4, 4, 4, 4, 4, 4, 7)")
        try site.execute("INSERT INTO satisfaction_responses (id, market_id, period, u1, u2, u3, u4, u5, u6, u7, u8, u9) VALUES \(inserts.joined(separator: ", "))")
        _ = try Site.build(site.options())

        let page = try site.read("pasar/pasar-a/index.html")
        #expect(page.contains("<tr><th scope=\"row\">2025-S2</th><td class=\"num\">88,31</td><td>A <span class=\"sub\">Sangat Baik</span></td><td class=\"num\">24</td>"))
        #expect(try site.read("pasar/pasar-b/index.html").contains("Belum ada survei kepuasan untuk pasar ini."))
        #expect(try site.read("data/satisfaction.csv").contains("\npasar-a,Pasar A,2025-S2,24,88.31,A,"))
        #expect(try site.read("data/regency-satisfaction.csv").contains("\n2025-S2,24,88.31,A,"))
        let quality = try site.read("kualitas-data/index.html")
        #expect(quality.contains("<code>S99</code>: Nilai di luar 1–4 (u9=7)"))
        #expect(try site.read("data/index.html").contains("satisfaction.csv"))
    }

    @Test func withoutASurveyTableThereIsNoSurveySectionAndNoError() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        #expect(!FileManager.default.fileExists(atPath: site.output.appending(path: "data/satisfaction.csv").path))
        #expect(!(try site.read("pasar/pasar-a/index.html").contains("satisfaction-heading")))
        #expect(!(try site.read("data/index.html").contains("satisfaction.csv")))
    }
}
