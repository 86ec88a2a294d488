import Foundation
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// Standards with effective dates on the mini site (regency: resolve within 2 hari kerja; holidays
/// 25–26 Dec 2025 and 1 Jan 2026; as of 31 Dec 2025 12:00). Pasar A's kebersihan complaints, worked
/// by hand with 2 hari kerja: A7 within, A2 late, A1 within (deadline 30 Dec), A4 overdue
/// (received Fri 26 Dec, deadline Tue 30 Dec), A3, A8 and A11 not yet due.
@Suite struct StandardHistoryTests {
    static let withFiveDaysFrom24December = """
        ---
        title: Standar Pelayanan Pasar A
        last_reviewed: 2025-06-01
        response_standard:
          - effective: 2025-12-24
            kebersihan: {resolve: 5 hari kerja}
          - {}
        ---
        """

    func outcomes(_ site: FixtureSite) throws -> [String: String] {
        let rows = try RecomputationTests.read(site.output.appending(path: "data/complaints-2025.csv"))
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in row["complaint_id"].map { ($0, row["outcome"] ?? "") } })
    }

    @Test func aNewVersionJudgesOnlyComplaintsReceivedFromItsDay() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let before = try outcomes(site)
        #expect(before["A4"] == "overdue")
        let earlier = try Site.prepare(site.options()).intake.report(at: Timestamp.parse("2025-12-23T23:59:59+07:00").get(), standards: Self.standardsUnused, rankingThreshold: 1)

        try site.write(Self.withFiveDaysFrom24December, to: "content/pasar/pasar-a.md")
        _ = try Site.build(site.options())
        let after = try outcomes(site)
        // Received before 24 Dec: judged as before.
        for id in ["A2", "A5", "A6", "A7"] { #expect(after[id] == before[id], "\(id)") }
        #expect(after["A7"] == "within_standard" && after["A2"] == "late")
        // From 24 Dec, 5 hari kerja: A4 (26 Dec) is due 5 Jan 2026 (29, 30, 31 Dec, 2 and 5 Jan), so not yet due.
        #expect(after["A4"] == "pending")
        #expect(after["A1"] == "within_standard")
        let markets = try RecomputationTests.read(site.output.appending(path: "data/markets.csv"))
        let a = try #require(markets.first { $0["market_id"] == "pasar-a" })
        #expect(a["resolved_within_standard"] == "2" && a["decided"] == "3" && a["within_standard_share"] == "66.7")
        #expect(a["open_overdue"] == "0" && a["open_not_yet_due"] == "4")

        // The figures as of a moment before the new version are exactly what they were.
        let later = try Site.prepare(site.options()).intake.report(at: Timestamp.parse("2025-12-23T23:59:59+07:00").get(), standards: Self.standardsUnused, rankingThreshold: 1)
        #expect(later.regency == earlier.regency)
        #expect(later.markets.map(\.statistics) == earlier.markets.map(\.statistics))

        // The page shows the current limit with its day and the history.
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(page.contains("5 hari kerja") && page.contains("sejak 24 Desember 2025"))
        #expect(page.contains("sampai 23 Desember 2025"))
    }

    @Test func changingALimitThatAFrozenEditionCoveredIsReported() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Editions.release(YearMonth(year: 2025, month: 12), options: site.options(), force: false)
        #expect(try SiteCheck.run(site.options()).warnings.allSatisfy { !$0.message.contains("edition 2025-12") })

        // Edited in place: the December figures were judged by 2 hari kerja.
        try site.write("---\ntitle: Standar Pelayanan Pasar A\nlast_reviewed: 2025-06-01\nresponse_standard:\n  kebersihan: {resolve: 5 hari kerja}\n---\n", to: "content/pasar/pasar-a.md")
        let warning = try #require(try SiteCheck.run(site.options()).warnings.first { $0.message.contains("edition 2025-12") })
        #expect(warning.message.contains("pasar-a kebersihan: respond 24 jam, resolve 2 hari kerja → respond 24 jam, resolve 5 hari kerja"))
        #expect(warning.description.hasPrefix("content/edisi/2025-12.json: warning:"))
        // The build says so too.
        #expect(try Site.build(site.options()).warnings.contains(warning))

        // The same change from a day after the edition's month: nothing to report.
        try site.write("---\ntitle: Standar Pelayanan Pasar A\nlast_reviewed: 2025-06-01\nresponse_standard:\n  - effective: 2026-01-01\n    kebersihan: {resolve: 5 hari kerja}\n  - {}\n---\n", to: "content/pasar/pasar-a.md")
        #expect(try SiteCheck.run(site.options()).warnings.allSatisfy { !$0.message.contains("edition 2025-12") })
    }

    @Test func aMarketWithoutADocumentLinksToTheRegencyStandard() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let b = try site.read("pasar/pasar-b/index.html")
        #expect(b.contains("Pasar ini belum mempunyai dokumen standar pelayanan sendiri; yang berlaku adalah <a href=\"../../standar/\">"))
        #expect(try site.read("standar/index.html").contains("Standar Pelayanan Pengaduan Kabupaten Uji"))
        #expect(try site.read("en/standar/index.html").contains("lang=\"en\""))
    }

    @Test func versionsAreCheckedWithFileAndLine() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitle: Pasar A\nresponse_standard:\n  - effective: 2025-12-24\n    kebersihan: {resolve: 5 hari kerja}\n  - effective: 2025-12-24\n    kebersihan: {resolve: 4 hari kerja}\n---\n", to: "content/pasar/pasar-a.md")
        #expect(throws: PasarError.self) { try Site.build(site.options()) }
        do {
            _ = try Site.build(site.options())
        } catch {
            #expect(error.description.contains("content/pasar/pasar-a.md:6"), "\(error.description)")
            #expect(error.description.contains("two versions take effect on 2025-12-24"))
        }
        try site.write("---\ntitle: Pasar A\nresponse_standard:\n  - effective: 2025-13-01\n    kebersihan: {resolve: 5 hari kerja}\n---\n", to: "content/pasar/pasar-a.md")
        do {
            _ = try Site.build(site.options())
            Issue.record("an impossible date was accepted")
        } catch {
            #expect(error.description.contains("content/pasar/pasar-a.md:4"), "\(error.description)")
        }
    }

    /// `report(at:)` takes the standards only to list them; the figures come from the ledger.
    static let standardsUnused = ResponseStandards(regency: ResponseStandardTable(defaultEntry: .init(firstResponse: ResponseTime(amount: 1, unit: .jam), resolution: ResponseTime(amount: 1, unit: .jam))), markets: [:])!
}
