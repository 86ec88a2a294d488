import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Builds the mini fixture site (hand-worked figures in Fixtures/mini-site-markets.csv).
@Suite struct EndToEndTests {
    @Test func marketFiguresEqualTheHandComputedGoldenFile() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let report = try Site.build(site.options())
        #expect(report.markets == 2)
        #expect(report.complaintsInDatabase == 14)
        #expect(report.complaintsCounted == 13)
        #expect(report.complaintsExcluded == 2)
        #expect(report.complaintsAfterAsOf == 1)
        let golden = try String(contentsOf: FixtureSite.fixtures.appending(path: "mini-site-markets.csv"), encoding: .utf8)
        #expect(try site.read("data/markets.csv") == golden)
    }

    @Test func pagesShowTheFiguresWithTheirDenominatorAndTheAsOfMomentInBothLanguages() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let id = try site.read("pasar/pasar-a/index.html")
        #expect(id.contains("<html lang=\"id\">"))
        #expect(id.contains("50,0%"))
        #expect(id.contains("2 dari 4"))
        #expect(id.contains("149,0 jam"))
        #expect(id.contains("164,2 jam"))
        #expect(id.contains("1 melewati batas waktu"))
        #expect(id.contains("Data per <time datetime=\"2025-12-31T12:00:00+07:00\">31 Desember 2025 pukul 12.00 WIB</time>"))
        #expect(id.contains("Peringkat 2 dari 2 pasar"))
        let en = try site.read("en/pasar/pasar-a/index.html")
        #expect(en.contains("<html lang=\"en\">"))
        #expect(en.contains("50.0%") && en.contains("2 of 4") && en.contains("149.0 h"))
        #expect(en.contains("31 December 2025, 12:00 WIB"))
        // The standard is written in Indonesian only: shown as written, marked, with its language.
        #expect(en.contains("This text is available in Indonesian only."))
        #expect(en.contains("<div class=\"prose\" lang=\"id\">"))
        #expect(id.contains("hreflang=\"en\" href=\"https://pasar.uji.example/en/pasar/pasar-a/\""))
        #expect(try site.read("index.html").contains("Pasar A"))
        #expect(try site.read("kategori/kebersihan/index.html").contains("2 dari 4"))
    }

    @Test func markdownIsRenderedWithGitHubExtensionsAndRawHTMLFiltered() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("javascript:"))
        #expect(page.contains("<del>lama</del>"))
        #expect(page.contains("<a href=\"https://contoh.example\">https://contoh.example</a>"))
        #expect(try site.read("pasar/pasar-b/index.html").contains("<table>"))  // the regency document's table
    }

    @Test func theSameInputsGiveByteIdenticalFiles() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let first = site.root.appending(path: "out-1", directoryHint: .isDirectory)
        let second = site.root.appending(path: "out-2", directoryHint: .isDirectory)
        _ = try Site.build(site.options(output: first))
        _ = try Site.build(site.options(output: second))
        let a = try FixtureSite.snapshot(first), b = try FixtureSite.snapshot(second)
        #expect(a.count > 20)
        #expect(a == b)
    }

    @Test func aFailedBuildLeavesThePreviousSiteAsItWas() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let before = try FixtureSite.snapshot(site.output)
        try site.write("---\ntitle: [tidak ditutup\n---\n", to: "content/pasar/pasar-a.md")
        #expect(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(try FixtureSite.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("pasar-new") || $0.contains("pasar-old") }
        #expect(leftovers.isEmpty)
    }

    @Test func aFolderPasarDidNotMakeIsNeverReplaced() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("penting", to: "public/catatan.txt")
        let error = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(error.text.contains("not made by pasar"))
        #expect(try site.read("catatan.txt") == "penting")
    }

    @Test func theDataQualityPageListsProblemRecordsAndReconciles() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute("UPDATE complaints SET received_at = NULL WHERE id = 'B3'")  // a rahasia record with a problem
        _ = try Site.build(site.options())
        let page = try site.read("kualitas-data/index.html")
        #expect(page.contains("<code>A6</code>: Waktu selesai lebih awal dari waktu diterima"))
        #expect(page.contains("<code>A10</code>: Status selesai tetapi waktu selesai kosong"))
        #expect(!page.contains("B3"))
        #expect(page.contains("1 pengaduan rahasia tidak ditampilkan nomornya."))
        for (label, value) in [("Pengaduan di basis data", "14"), ("Diterima setelah waktu data (belum dihitung)", "1"),
                               ("Dihitung dalam jumlah", "13"), ("…tetapi tidak dipakai dalam angka waktu", "3")] {
            #expect(page.contains("<tr><th scope=\"row\">\(label)</th><td>\(value)</td></tr>"))
        }
    }

    @Test func reporterDetailsNeverReachAnyPublishedFile() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        for (path, data) in try FixtureSite.snapshot(site.output) {
            let text = String(decoding: data, as: UTF8.self)
            for secret in ["CANARY", "canary", "08129999", "3201010101010003", "Rahasia."] {
                #expect(!text.contains(secret), "\(secret) leaked into \(path)")
            }
        }
    }

    @Test func asOfComesFromTheOptionThenSourceDateEpochThenTheDatabase() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        var options = site.options(asOf: nil)
        #expect(try Site.build(options).asOf == .latestInDatabase(try Timestamp.parse("2026-01-05T10:00:00+07:00").get()))
        options.sourceDateEpoch = "1767157200"  // 2025-12-31T12:00:00+07:00
        #expect(try Site.build(options).asOf == .sourceDateEpoch(try Timestamp.parse(FixtureSite.miniAsOf).get()))
        options.asOf = "2025-12-31"
        #expect(try Site.build(options).asOf == .option(try Timestamp.parse("2025-12-31T23:59:59+07:00").get()))
    }

    @Test func theDatabaseFileIsNotChangedByABuild() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let before = try Data(contentsOf: site.database)
        let folder = try FileManager.default.contentsOfDirectory(atPath: site.database.deletingLastPathComponent().path)
        _ = try Site.build(site.options())
        #expect(try Data(contentsOf: site.database) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.database.deletingLastPathComponent().path) == folder)
    }
}
