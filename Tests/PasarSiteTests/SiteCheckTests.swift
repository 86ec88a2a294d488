import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Each finding of `pasar check` fires on the mini fixture site (as of 31 Dec 2025).
@Suite struct SiteCheckTests {
    func findings(_ change: (FixtureSite) throws -> Void = { _ in }) throws -> [String] {
        let site = try FixtureSite()
        defer { site.remove() }
        try change(site)
        return try SiteCheck.run(site.options()).warnings.map(\.description)
    }

    @Test func missingComponentsAreListedUnlessMarkedNotApplicable() throws {
        let all = try findings()
        let pasarA = try #require(all.first { $0.hasPrefix("content/pasar/pasar-a.md:1: warning: missing") })
        #expect(pasarA.contains("missing 13 of the 14 service-standard components: Sistem, mekanisme dan prosedur;"))
        let marked = try findings { site in
            try site.write("""
                ---
                title: Standar Pelayanan Pasar A
                last_reviewed: 2025-06-01
                response_standard: {}
                not_applicable: {biaya: Tidak ada biaya}
                ---
                ## Persyaratan
                """, to: "content/pasar/pasar-a.md")
        }
        #expect(marked.contains { $0.contains("pasar-a.md:1: warning: missing 12 of the 14") && !$0.contains("Biaya/tarif") })
    }

    @Test func standardsWithoutOrWithAStaleReviewDate() throws {
        let stale = try findings { site in
            try site.write("---\ntitle: Pasar A\nlast_reviewed: 2024-12-30\nresponse_standard: {}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(stale.contains { $0.hasPrefix("content/pasar/pasar-a.md:1: warning: last reviewed 2024-12-30, more than a year before the as-of date 2025-12-31") })
        let exactlyAYear = try findings { site in
            try site.write("---\ntitle: Pasar A\nlast_reviewed: 2024-12-31\nresponse_standard: {}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(!exactlyAYear.contains { $0.contains("last reviewed") })
        let none = try findings { site in
            try site.write("---\ntitle: Pasar A\nresponse_standard: {}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(none.contains("content/pasar/pasar-a.md:1: warning: no last_reviewed date\n  hint: add last_reviewed: YYYY-MM-DD to the front matter after each review"))
    }

    @Test func categoriesWithoutTheirOwnStandardAndMarketDefaultsThatReplaceOne() throws {
        let all = try findings()
        #expect(all.filter { $0.contains("has no response standard of its own") }.count == 7)
        let overridden = try findings { site in
            try site.write("---\ntitle: Kabupaten\nlast_reviewed: 2025-06-01\nresponse_standard:\n  default: {respond: 24 jam, resolve: 2 hari kerja}\n  keamanan: {respond: 4 jam, resolve: 2 hari}\n---\n", to: "content/pasar/_default.md")
            try site.write("---\ntitle: Pasar A\nlast_reviewed: 2025-06-01\nresponse_standard:\n  default: {resolve: 21 hari kerja}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(overridden.contains { $0.hasPrefix("content/pasar/pasar-a.md:1: warning: the market's default resolve (21 hari kerja) replaces the regency's keamanan limit (2 hari)") })
    }

    @Test func limitsLongerThanSixtyDaysAreFlagged() throws {
        let typo = try findings { site in
            try site.write("---\ntitle: Pasar A\nlast_reviewed: 2025-06-01\nresponse_standard:\n  kebersihan: {respond: 24 jam, resolve: 90 hari kerja}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(typo.contains { $0.hasPrefix("content/pasar/pasar-a.md:") && $0.contains("kebersihan resolve: 90 hari kerja is longer than 60 hari kerja") })
        // 60 calendar days is the legal ceiling itself, so it is not flagged.
        let ceiling = try findings { site in
            try site.write("---\ntitle: Pasar A\nlast_reviewed: 2025-06-01\nresponse_standard:\n  kebersihan: {respond: 24 jam, resolve: 60 hari}\n---\n", to: "content/pasar/pasar-a.md")
        }
        #expect(!ceiling.contains { $0.contains("is longer than") })
    }

    @Test func aMarketDocumentCopiedFromAnotherIsReported() throws {
        let copied = try findings { site in
            let text = "---\ntitle: Standar Pelayanan Pasar B\nlast_reviewed: 2025-06-01\nresponse_standard: {}\n---\n## Persyaratan\n"
            try site.write(text, to: "content/pasar/pasar-a.md")
            try site.write(text, to: "content/pasar/pasar-b.md")
        }
        #expect(copied.contains { $0.hasPrefix("content/pasar/pasar-a.md:1: warning: the title \"Standar Pelayanan Pasar B\" names another market (pasar-b)") })
        #expect(copied.contains { $0.hasPrefix("content/pasar/pasar-b.md:1: warning: this document is an exact copy of content/pasar/pasar-a.md") })
        #expect(!copied.contains { $0.hasPrefix("content/pasar/pasar-b.md:1: warning: the title") })
    }

    @Test func editionsThatAreMissingOrOlderThanSixMonthsAreReported() throws {
        #expect(try findings().contains { $0.hasPrefix("content/edisi: warning: no frozen edition yet") })
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Editions.release(YearMonth(year: 2025, month: 12), options: site.options(asOf: nil), force: false)
        // As of 20 July 2026 the last complete month is June: December is six months before, still fine.
        #expect(!(try SiteCheck.run(site.options(asOf: "2026-07-20T12:00:00+07:00")).warnings.contains { $0.message.contains("newest frozen edition") }))
        // As of 1 August 2026 the last complete month is July: December is seven months before.
        let late = try SiteCheck.run(site.options(asOf: "2026-08-01T00:00:00+07:00")).warnings.map(\.description)
        #expect(late.contains { $0.hasPrefix("content/edisi/2025-12.json: warning: the newest frozen edition is 2025-12, more than six months before 2026-07") })
    }

    @Test func aSiteWithoutBaseURLIsToldWhatItMisses() throws {
        #expect(!(try findings()).contains { $0.contains("base_url is not set") })
        let without = try findings { site in
            let config = try site.read("site.yml", in: site.root.appending(path: "content"))
            try site.write(config.replacingOccurrences(of: "base_url: https://pasar.uji.example/\n", with: ""), to: "content/site.yml")
        }
        #expect(without.contains { $0.hasPrefix("content/site.yml: warning: base_url is not set, so the site has no feed.xml") })
    }

    @Test func impossibleAndDuplicateRecordsAndMarketsWithoutADocument() throws {
        let all = try findings { site in
            try site.execute("""
                INSERT INTO complaints (id, market_id, category_id, received_at, status, public_summary)
                VALUES ('B4', 'pasar-b', 'parkir', '2025-12-10T09:00:00+07:00', 'diterima', '  parkir  LIAR. ')
                """)
        }
        #expect(all.contains("table complaints, row id \"A6\": warning: resolved_at is earlier than received_at (left out of time statistics)"))
        #expect(all.contains("table complaints, row id \"A10\": warning: status is selesai but resolved_at is empty (left out of time statistics)"))
        #expect(all.contains { $0.hasPrefix("table complaints, row id \"B2\": warning: possible duplicate of B4") })
        #expect(all.contains { $0.hasPrefix("content/pasar/pasar-b.md: warning: market \"pasar-b\" has no standard document") })
    }
}
