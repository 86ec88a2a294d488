import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Each market's Atom feed (`/pasar/<id>/feed.xml`), read by Python's feedparser, a feed library no
/// one here wrote. The mini site with the programme of ProgrammeTests and the December 2025 edition.
@Suite struct MarketFeedTests {
    /// Every feed as feedparser reads it: bozo flag, feed id, self link, and per entry id|title|link|summary.
    static func parse(_ files: [URL]) throws -> [String: [String: Any]] {
        let script = """
            import sys, json, feedparser
            out = {}
            for path in sys.argv[1:]:
                d = feedparser.parse(path)
                out[path] = {
                    'bozo': bool(d.bozo), 'error': str(d.get('bozo_exception', '')), 'version': d.version,
                    'id': d.feed.get('id'), 'title': d.feed.get('title'),
                    'self': [l['href'] for l in d.feed.get('links', []) if l.get('rel') == 'self'],
                    'entries': [{'id': e.id, 'title': e.title, 'link': e.link, 'summary': e.summary, 'updated': e.updated} for e in d.entries],
                }
            print(json.dumps(out))
            """
        let result = try ExternalTool.run("python", ["-c", script] + files.map(\.path))
        #expect(result.status == 0, "\(result.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Any]])
    }

    @Test func everyMarketHasAFeedWithItsEditionsAnnouncementsAndActivities() throws {
        let site = try ProgrammeTests.siteWithProgramme()
        defer { site.remove() }
        _ = try Editions.release(try #require(YearMonth(iso: "2025-12")), options: site.options(asOf: nil), force: false)
        _ = try Site.build(site.options())
        let files = ["pasar-a", "pasar-b"].map { site.output.appending(path: "pasar/\($0)/feed.xml") }
        let feeds = try Self.parse(files)
        for (file, id) in zip(files, ["pasar-a", "pasar-b"]) {
            let feed = try #require(feeds[file.path])
            #expect(feed["bozo"] as? Bool == false, "\(id): \(feed["error"] ?? "")")
            #expect(feed["version"] as? String == "atom10")
            #expect(feed["id"] as? String == "https://pasar.uji.example/pasar/\(id)/")
            #expect(feed["self"] as? [String] == ["https://pasar.uji.example/pasar/\(id)/feed.xml"])
            // The page links its feed for feed readers.
            let page = try String(contentsOf: site.output.appending(path: "pasar/\(id)/index.html"), encoding: .utf8)
            #expect(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Ikuti Pasar \(id.suffix(1).uppercased()) (Atom)\" href=\"../../pasar/\(id)/feed.xml\">"))
        }
        let a = try #require(feeds[files[0].path]?["entries"] as? [[String: String]])
        let titles = Set(a.compactMap { $0["title"] })
        // Its own and the regency-wide activities and announcements; none for pasar-b only.
        #expect(titles.isSuperset(of: ["Pasar A: angka Desember 2025", "Sedang berlangsung", "Dibatalkan: Batal", "Pagi selesai",
                                       "Sehari penuh", "Pengumuman lama", "Berlaku hari ini", "Tanpa batas"]))
        #expect(titles.isDisjoint(with: ["Kemarin", "Tahun baru", "Khusus Pasar B"]))
        // December's figures for Pasar A as of 31 Dec 23:59:59, worked out by hand as for
        // mini-site-markets.csv (nothing changes between 12.00 and midnight: A3's deadline is 23:59:59).
        let edition = try #require(a.first { $0["title"] == "Pasar A: angka Desember 2025" })
        #expect(edition["summary"] == "Pasar A, Desember 2025: 10 pengaduan diterima, 5 selesai, 1 ditolak, 4 masih terbuka (1 lewat batas waktu). Selesai sesuai standar: 2 dari 4 yang sudah dapat dinilai (50,0%). Median penyelesaian 2,0 hari kerja.")
        #expect(edition["id"] == "tag:pasar.uji.example,2025-12-31:edisi/2025-12/pasar/pasar-a")
        #expect(edition["link"] == "https://pasar.uji.example/edisi/2025-12/")
        let b = try #require(feeds[files[1].path]?["entries"] as? [[String: String]])
        #expect(Set(b.compactMap { $0["title"] }).isSuperset(of: ["Pasar B: angka Desember 2025", "Kemarin", "Tahun baru", "Khusus Pasar B"]))
        // The printed notice carries a QR code for the market page and one for the lookup page
        // (site_checks.py decodes them with zbarimg from the print).
        let notice = try String(contentsOf: site.output.appending(path: "pasar/pasar-a/papan/index.html"), encoding: .utf8)
        #expect(notice.components(separatedBy: "<svg class=\"qr\"").count - 1 == 2)
        #expect(notice.contains("<a href=\"https://pasar.uji.example/lacak/\">pasar.uji.example/lacak/</a>"))
        // Ids are unique within a feed.
        #expect(Set(a.compactMap { $0["id"] }).count == a.count)
    }

    @Test func withoutABaseURLThereIsNoFeedAndNoLink() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let config = try String(contentsOf: site.root.appending(path: "content/site.yml"), encoding: .utf8)
        try site.write(config.replacingOccurrences(of: "base_url: https://pasar.uji.example/\n", with: ""), to: "content/site.yml")
        _ = try Site.build(site.options())
        #expect(!FileManager.default.fileExists(atPath: site.output.appending(path: "pasar/pasar-a/feed.xml").path))
        let page = try String(contentsOf: site.output.appending(path: "pasar/pasar-a/index.html"), encoding: .utf8)
        #expect(!page.contains("application/atom+xml"))
        // Without an absolute address there is nothing to put in a QR code: the notice prints the address instead.
        let notice = try String(contentsOf: site.output.appending(path: "pasar/pasar-a/papan/index.html"), encoding: .utf8)
        #expect(!notice.contains("class=\"qr\"") && notice.contains("class=\"notice-address\""))
    }
}
