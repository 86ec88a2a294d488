import Foundation
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// Frozen monthly editions on the mini site, whose data reach 5 Jan 2026 (so December 2025 has ended).
@Suite struct EditionTests {
    func release(_ month: String, in site: FixtureSite, force: Bool = false) throws -> FrozenEdition {
        try Editions.release(try #require(YearMonth(iso: month)), options: site.options(asOf: nil), force: force).edition
    }

    @Test func aMonthTheDataHaveNotFinishedOrOneAlreadyFrozenIsRefusedUnlessForced() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let unfinished = try #require(throws: PasarError.self) { try release("2026-01", in: site) }
        #expect(unfinished.text.contains("2026-01 has not ended in the data: they reach 2026-01-05T10:00:00+07:00"))
        _ = try release("2025-12", in: site)
        let again = try #require(throws: PasarError.self) { try release("2025-12", in: site) }
        #expect(again.text.hasPrefix("content/edisi/2025-12.json: error: 2025-12 is already frozen"))
        #expect(try release("2025-12", in: site, force: true).edition == "2025-12")
        #expect(try release("2026-01", in: site, force: true).asOf == "2026-01-31T23:59:59+07:00")
    }

    @Test func releaseLatestFreezesTheLastCompleteMonthOnceAndThenDoesNothing() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        // The data reach 5 Jan 2026: December 2025 is the last complete month.
        guard case let .frozen(path, edition) = try Editions.releaseLatest(options: site.options(asOf: "2026-03-01T00:00:00+07:00")) else {
            Issue.record("the first run froze nothing")
            return
        }
        #expect(path == "content/edisi/2025-12.json" && edition.edition == "2025-12")
        let bytes = try Data(contentsOf: site.root.appending(path: path))
        guard case let .alreadyFrozen(again, month) = try Editions.releaseLatest(options: site.options()) else {
            Issue.record("the second run froze again")
            return
        }
        #expect(again == path && month.description == "2025-12")
        #expect(try Data(contentsOf: site.root.appending(path: path)) == bytes)
    }

    @Test func marketPagesOfferTheLatestEditionForStableCitations() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options(asOf: nil))
        #expect(!(try site.read("pasar/pasar-a/index.html").contains("stable-cite-heading")))
        _ = try release("2025-12", in: site)
        _ = try Site.build(site.options(asOf: nil))
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(page.contains("https://pasar.uji.example/edisi/2025-12/#pasar-a"))
        #expect(page.contains("Pasar A, Edisi Desember 2025."))
        #expect(try site.read("edisi/2025-12/index.html").contains("<tr id=\"pasar-a\">"))
        #expect(try site.read("en/pasar/pasar-a/index.html").contains("https://pasar.uji.example/en/edisi/2025-12/#pasar-a"))
    }

    @Test func anEditionStaysTheSameAfterTheDatabaseChangesAndShowsARevisionNote() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let frozen = try release("2025-12", in: site)
        // As of the end of December: A9 (2 Jan) is not counted yet; A11 was still open; A1–A8, A10 as before.
        #expect(frozen.markets.records.first { $0["market_id"] == "pasar-a" }?["received"] == "10")
        #expect(frozen.markets.records.first { $0["market_id"] == "pasar-a" }?["open_diproses"] == "2")
        _ = try Site.build(site.options(asOf: nil))
        let file = try Data(contentsOf: site.root.appending(path: "content/edisi/2025-12.json"))
        let before = try FixtureSite.snapshot(site.output.appending(path: "edisi/2025-12", directoryHint: .isDirectory))
        #expect(!(try site.read("edisi/2025-12/index.html").contains("revision-heading")))

        // A complaint from 20 December recorded late.
        try site.execute("""
            INSERT INTO complaints (id, market_id, category_id, received_at, status)
            VALUES ('A12', 'pasar-a', 'kebersihan', '2025-12-20T10:00:00+07:00', 'diterima')
            """)
        _ = try Site.build(site.options(asOf: nil))
        #expect(try Data(contentsOf: site.root.appending(path: "content/edisi/2025-12.json")) == file)
        let after = try FixtureSite.snapshot(site.output.appending(path: "edisi/2025-12", directoryHint: .isDirectory))
        for name in ["markets.csv", "markets.json", "categories.csv", "categories.json", "SHA256SUMS"] {
            #expect(after[name] == before[name], "\(name) changed")
        }
        // Every difference is in revisions.csv beside the frozen files, with the as-of of each.
        #expect(before["revisions.csv"] == Data("scope,id,name,figure,frozen,recomputed,frozen_as_of,recomputed_as_of\n".utf8))
        let revisions = try RecomputationTests.read(site.output.appending(path: "edisi/2025-12/revisions.csv"))
        let asOfs = ",2025-12-31T23:59:59+07:00,2026-01-05T10:00:00+07:00"
        let lines = try site.read("edisi/2025-12/revisions.csv").split(separator: "\n").map(String.init)
        #expect(lines.contains("regency,,,received,13,14" + asOfs))
        #expect(lines.contains("market,pasar-a,Pasar A,received,10,11" + asOfs))
        #expect(lines.contains("category,kebersihan,Kebersihan,received,10,11" + asOfs))
        #expect(!revisions.contains { $0["scope"] == "market" && $0["id"] == "pasar-b" }, "nothing changed at Pasar B")
        let page = try site.read("edisi/2025-12/index.html")
        #expect(page.contains("Catatan revisi"))
        let regency = revisions.count { $0["scope"] == "regency" }, market = revisions.count { $0["scope"] == "market" }
        let category = revisions.count { $0["scope"] == "category" }
        #expect(page.contains("\(revisions.count) angka berbeda: \(regency) angka kabupaten, \(market) angka di 1 pasar, \(category) angka di 1 kategori. Tabel memuat setiap angka yang berbeda."))
        #expect(page.contains("<tr><th scope=\"row\">Pasar A</th><td>Pengaduan diterima</td><td class=\"num\">10</td><td class=\"num\">11</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">Kabupaten Uji</th><td>Pengaduan diterima</td><td class=\"num\">13</td><td class=\"num\">14</td></tr>"))
        #expect(try site.read("edisi/index.html").contains("Direvisi,"))
        // 10 at Pasar A plus 3 at Pasar B were received by the end of December; A12 makes 14.
        // The current figures did change.
        #expect(try site.read("data/markets.csv").contains("pasar-a,Pasar A,Kota Uji,12,"))
    }

    @Test func anEditionEditedByHandStopsBuildAndCheck() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try release("2025-12", in: site)
        let url = site.root.appending(path: "content/edisi/2025-12.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"50.0\"", with: "\"75.0\"").utf8).write(to: url)
        let error = try #require(throws: PasarError.self) { try Site.build(site.options(asOf: nil)) }
        #expect(error.text.hasPrefix("content/edisi/2025-12.json: error: the edition's checksum does not match its contents: it was changed by hand"))
        #expect(throws: PasarError.self) { try SiteContent.load(site.options(asOf: nil)) }
    }

    @Test func theEditionsPageListsEveryEditionNewestFirstWithItsOwnFiles() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try release("2025-11", in: site)
        _ = try release("2025-12", in: site)
        _ = try Site.build(site.options(asOf: nil))
        let index = try site.read("edisi/index.html")
        let december = try #require(index.range(of: "Desember 2025")), november = try #require(index.range(of: "November 2025"))
        #expect(december.lowerBound < november.lowerBound)
        #expect(try site.read("en/edisi/2025-12/index.html").contains("Edition December 2025"))
        let csv = try site.read("edisi/2025-11/markets.csv")
        #expect(csv.hasPrefix("market_id,name,district,received,"))
        #expect(csv.contains(",2025-11-30T23:59:59+07:00\n"))
        // Each figure block cites the edition's frozen moment and permanent address.
        #expect(try site.read("edisi/2025-12/index.html").contains(
            "<summary>Kutip: Angka per pasar</summary><p>Edisi Desember 2025. Pasar Terbuka Kabupaten Uji, Dinas Koperasi, Usaha Mikro, "
                + "Perdagangan dan Perindustrian Kabupaten Uji. Data per 31 Desember 2025 pukul 23.59 WIB. https://pasar.uji.example/edisi/2025-12/#semua-pasar"))
    }
}
