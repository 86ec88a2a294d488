import Foundation
import GRDB
import Testing
import PasarCore
import PasarDemo
@testable import PasarRender
@testable import PasarSite

/// A province of 1,000 markets in 50 districts (pasar bench's generator, few complaints): every page
/// stays within the 100 KB budget with its CSS and script, markets are found by district and in the
/// paged full list, and each has its notice.
@Suite struct ProvinceScaleTests {
    static let built: Result<URL, any Error> = Result {
        let work = FileManager.default.temporaryDirectory.appending(path: "pasar-province-\(UUID().uuidString)", directoryHint: .isDirectory)
        let site = BenchmarkSite(work: work, database: SyntheticDatabase(markets: 1000, complaints: 8000, months: 12))
        try site.prepare(from: FixtureSite.repository)
        // An edition frozen, then a corrected batch that changes figures at most markets: its
        // revision note must still fit a page.
        _ = try Editions.releaseLatest(options: BuildOptions(root: site.folder))
        let queue = try DatabaseQueue(path: site.databaseURL.path)
        try queue.write { try $0.execute(sql: "DELETE FROM complaints WHERE rowid % 3 = 0") }
        try queue.close()
        _ = try Site.build(BuildOptions(root: site.folder))
        return site.output
    }

    static let budget = 100 * 1024

    @Test func everyPageIsWithinTheBudget() throws {
        let output = try Self.built.get()
        let assets = try ["assets/style.css", "assets/site.js"].reduce(0) { $0 + (try Data(contentsOf: output.appending(path: $1)).count) }
        let pages = try FixtureSite.snapshot(output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 3000)
        let over = pages.filter { $0.value.count + assets > Self.budget }.map { "\($0.key): \(($0.value.count + assets) / 1024) KB" }
        #expect(over.isEmpty, "\(over.sorted().prefix(10))")
        let largest = pages.max { $0.value.count < $1.value.count }
        #expect((largest?.value.count ?? 0) + assets <= Self.budget, "largest: \(largest?.key ?? "")")
    }

    /// Recomputing the frozen month after a third of the complaints went differs at most markets
    /// (745 of the 1,000; the others had none that month or lost none): the page says how many, shows the regency's changes and the largest few, and
    /// revisions.csv beside it has every difference.
    @Test func anEditionRevisedAtEveryMarketStaysReadable() throws {
        let output = try Self.built.get()
        let editions = try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "edisi").path).filter { $0.hasPrefix("20") }
        let edition = try #require(editions.first)
        let page = try String(contentsOf: output.appending(path: "edisi/\(edition)/index.html"), encoding: .utf8)
        let rows = try RecomputationTests.read(output.appending(path: "edisi/\(edition)/revisions.csv"))
        let markets = Set(rows.filter { $0["scope"] == "market" }.compactMap { $0["id"] })
        #expect(markets.count > 700, "\(markets.count) markets differ")
        #expect(rows.allSatisfy { $0["frozen"] != $0["recomputed"] && $0["frozen_as_of"]?.hasPrefix(edition) == true })
        let regency = rows.count { $0["scope"] == "regency" }
        let caption = try #require(page.range(of: "id=\"revision-caption\""))
        let body = page[caption.upperBound...]
        let table = body[..<(try #require(body.range(of: "</table>"))).lowerBound]
        #expect(table.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == regency + EditionPageContext.largestShown)
        let summary = "\(Self.indonesian(rows.count)) angka berbeda: \(regency) angka kabupaten, "
            + "\(Self.indonesian(rows.count { $0["scope"] == "market" })) angka di \(Self.indonesian(markets.count)) pasar"
        #expect(page.contains(summary), "\(summary)")
        #expect(page.contains("href=\"../../edisi/\(edition)/revisions.csv\""))
    }

    /// 1234 → "1.234", as the Indonesian pages group thousands.
    static func indonesian(_ value: Int) -> String {
        let digits = String(value)
        return digits.enumerated().map { index, digit in (index > 0 && (digits.count - index) % 3 == 0 ? "." : "") + String(digit) }.joined()
    }

    /// Every tenth market has its own parking limit (100 markets): the category page names the first
    /// 40 and says how many more, instead of growing with the province.
    @Test func aCategoryPageNamesAFewMarketsWithTheirOwnLimitAndCountsTheRest() throws {
        let output = try Self.built.get()
        let page = try String(contentsOf: output.appending(path: "kategori/parkir/index.html"), encoding: .utf8)
        let caption = try #require(page.range(of: "id=\"exceptions-caption\""))
        let table = page[caption.upperBound...]
        let body = table[..<(try #require(table.range(of: "</table>"))).lowerBound]
        #expect(body.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == CategoryPageContext.exceptionsShown)
        #expect(page.contains("…dan 60 pasar lain dengan batas waktu sendiri untuk kategori ini"))
        // The regency standard names as many of the 100 markets with a document of their own, then counts.
        let standard = try String(contentsOf: output.appending(path: "standar/index.html"), encoding: .utf8)
        #expect(standard.contains("…dan 60 pasar lain dengan dokumen standar sendiri"))
    }

    @Test func everyMarketIsReachableByDistrictAndInTheList() throws {
        let output = try Self.built.get()
        let markets = try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "pasar").path).filter { !$0.hasSuffix(".html") }
        #expect(markets.count == 1000)
        var linked = Set<String>()
        for file in try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "kecamatan").path) where !file.hasSuffix(".html") {
            let page = try String(contentsOf: output.appending(path: "kecamatan/\(file)/index.html"), encoding: .utf8)
            for match in page.matches(of: /href="\.\.\/\.\.\/pasar\/([a-z0-9-]+)\/"/) { linked.insert(String(match.output.1)) }
        }
        #expect(linked == Set(markets), "every market is on its district's page")
        var listed = Set<String>()
        var page = 1
        while FileManager.default.fileExists(atPath: output.appending(path: PageAddress.marketList(page: page).path + "index.html").path) {
            let text = try String(contentsOf: output.appending(path: PageAddress.marketList(page: page).path + "index.html"), encoding: .utf8)
            for match in text.matches(of: /<th scope="row"><a href="[.\/]*pasar\/([a-z0-9-]+)\/"/) { listed.insert(String(match.output.1)) }
            page += 1
        }
        #expect(page - 1 == MarketListPageContext.pageCount(markets: 1000))
        #expect(listed == Set(markets), "the paged list has every market once")
        for market in markets.prefix(3) {
            #expect(FileManager.default.fileExists(atPath: output.appending(path: "pasar/\(market)/papan/index.html").path))
        }
        // The overview keeps to the best and the worst few, and the way to every district.
        let overview = try String(contentsOf: output.appending(path: "index.html"), encoding: .utf8)
        let districts = try FileManager.default.contentsOfDirectory(atPath: output.appending(path: "kecamatan").path).filter { !$0.hasSuffix(".html") }
        #expect(overview.components(separatedBy: "<a href=\"kecamatan/").count - 1 == districts.count)
        #expect(overview.contains("Pasar yang paling perlu perbaikan"))
    }
}
