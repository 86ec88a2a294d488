import Foundation
import Testing

/// What the sample portal's pages say next to their figures: every share with its denominator, the
/// same complaints behind the median and the histogram, the unfinished month marked, the regency
/// standard published and linked. (Sample as of 20 Nov 2026 16:04 WIB.)
@Suite struct PageWordingTests {
    func page(_ path: String) throws -> String {
        try String(contentsOf: try SamplePortalTests.built.get().output.appending(path: path), encoding: .utf8)
    }

    @Test func everyShareShowsItsDenominatorAndWhatItIs() throws {
        let market = try page("pasar/pasar-cikalong/index.html")
        let markets = try RecomputationTests.read(try SamplePortalTests.built.get().output.appending(path: "data/markets.csv"))
        let regency = try #require(try RecomputationTests.read(try SamplePortalTests.built.get().output.appending(path: "data/regency.csv")).first)
        let cikalong = try #require(markets.first { $0["market_id"] == "pasar-cikalong" })
        func id(_ n: String?) -> String {  // 4671 → 4.671
            guard let n, let value = Int(n) else { return "" }
            return value >= 1000 ? "\(value / 1000).\(String(format: "%03d", value % 1000))" : "\(value)"
        }
        #expect(market.contains("\(id(cikalong["resolved_within_standard"])) dari \(id(cikalong["decided"])) yang sudah dapat dinilai (selesai, atau masih terbuka tetapi lewat batas waktu)"))
        // The regency's share beside the market's, with its own denominator.
        let share = (regency["within_standard_share"] ?? "").replacingOccurrences(of: ".", with: ",")
        // Pasar Cikalong (62,7%) is behind the regency, and the page says so.
        #expect(market.contains("Lebih buruk daripada seluruh kabupaten: \(share)% (\(id(regency["resolved_within_standard"])) dari \(id(regency["decided"])))"))
        let overview = try page("index.html")
        #expect(overview.contains("seluruh kabupaten: \(share)% (\(id(regency["resolved_within_standard"])) dari \(id(regency["decided"])))"))
    }

    @Test func theHistogramCountsTheComplaintsOfTheMedian() throws {
        let built = try SamplePortalTests.built.get()
        let markets = try RecomputationTests.read(built.output.appending(path: "data/markets.csv"))
        for row in markets {
            let id = row["market_id"] ?? ""
            let html = try page("pasar/\(id)/index.html")
            let count = try #require(row["resolution_time_count"].flatMap(Int.init))
            // The headline says "dari N pengaduan selesai"; the histogram's table rows add up to N.
            let table = try #require(html.range(of: "id=\"distribution-caption\"").map { String(html[$0.upperBound...]) })
            let body = String(table[..<(table.range(of: "</tbody>")?.lowerBound ?? table.endIndex)])
            var sum = 0
            for cell in body.components(separatedBy: "<td>").dropFirst() {
                sum += Int(cell.prefix { $0 != "<" }.replacingOccurrences(of: ".", with: "")) ?? 0
            }
            #expect(sum == count, "\(id): histogram \(sum), median over \(count)")
        }
    }

    @Test func theMonthNotYetEndedIsMarked() throws {
        let overview = try page("index.html")
        #expect(overview.contains("<time datetime=\"2026-11\">Nov 2026</time>* <span class=\"sub\">belum lengkap: sampai 20 November 2026</span>"))
        #expect(!overview.contains("<time datetime=\"2026-10\">Okt 2026</time>*"))
        #expect(try page("en/index.html").contains("not complete: up to 20 November 2026"))
    }

    @Test func theRegencyStandardHasItsPageAndMarketsWithoutADocumentLinkToIt() throws {
        let standard = try page("standar/index.html")
        #expect(standard.contains("Standar Pelayanan Pengaduan Pasar Rakyat Kabupaten Sukamaju"))
        #expect(standard.contains("<h2 id=\"document-heading\">"))
        #expect(standard.contains("Pasar Induk Sukamaju"))  // a market with its own document is listed
        // Every sample market has a document; each links to the regency standard for what it leaves out.
        #expect(try page("pasar/pasar-cikalong/index.html").contains("Hal yang tidak diatur di sini mengikuti <a href=\"../../standar/\">"))
    }

    @Test func aStandardsHistoryIsShownWithItsDays() throws {
        let market = try page("pasar/pasar-cikalong/index.html")
        #expect(market.contains("30 hari kerja <span class=\"tag\">khusus pasar ini</span> <span class=\"sub\">sejak 1 November 2026</span>"))
        #expect(market.contains("sampai 31 Oktober 2026 <span class=\"sub\">sebelumnya</span>"))
    }
}
