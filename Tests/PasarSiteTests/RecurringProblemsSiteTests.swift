import Foundation
import GRDB
import Testing

/// The sample portal's recurring problems against an independent SQL query over the sample database
/// (as of 20 Nov 2026, the window is May–October 2026; the sample records places).
@Suite struct RecurringProblemsSiteTests {
    static let sql = """
        WITH w AS (
            SELECT * FROM complaints
            WHERE received_at >= '2026-05-01T00:00:00+07:00' AND received_at < '2026-11-01T00:00:00+07:00'
              -- a time without its offset is not a valid time (listed on the data-quality page)
              AND received_at LIKE '%+07:00'
              AND market_id IN (SELECT id FROM markets) AND category_id IN (SELECT id FROM categories))
        SELECT market_id, category_id,
               COUNT(DISTINCT substr(received_at, 1, 7)) AS months,
               COUNT(*) AS complaints,
               SUM(received_at < '2026-08-01T00:00:00+07:00') AS earlier,
               SUM(received_at >= '2026-08-01T00:00:00+07:00') AS later,
               SUM(location IS NOT NULL AND location <> '' AND EXISTS (
                   SELECT 1 FROM complaints c1
                   WHERE c1.market_id = w.market_id AND c1.category_id = w.category_id AND lower(c1.location) = lower(w.location)
                     AND c1.status = 'selesai' AND julianday(c1.resolved_at) >= julianday(c1.received_at)
                     AND julianday(c1.resolved_at) < julianday(w.received_at)
                     AND (julianday(w.received_at) - julianday(c1.resolved_at)) * 86400 <= 30 * 86400 + 0.5)) AS repeats
        FROM w GROUP BY market_id, category_id
        """

    @Test func everyPairEqualsAnIndependentSQLQuery() throws {
        let built = try SamplePortalTests.built.get()
        let published = try RecomputationTests.read(built.output.appending(path: "data/recurring-problems.csv"))
        let queue = try DatabaseQueue(path: built.database.path)
        let expected = try queue.read { db in try Row.fetchAll(db, sql: Self.sql) }
        #expect(published.count == expected.count)
        #expect(published.count > 50)
        for row in expected {
            let key = (row["market_id"] as String, row["category_id"] as String)
            guard let mine = published.first(where: { $0["market_id"] == key.0 && $0["category_id"] == key.1 }) else {
                Issue.record("\(key) is missing from recurring-problems.csv")
                continue
            }
            let months = row["months"] as Int, repeats = row["repeats"] as Int
            let earlier = row["earlier"] as Int, later = row["later"] as Int
            #expect(mine["months_with_complaints"] == String(months), "\(key)")
            #expect(mine["complaints_in_window"] == String(row["complaints"] as Int), "\(key)")
            #expect(mine["repeat_complaints"] == String(repeats), "\(key)")
            #expect(mine["earlier_half"] == String(earlier) && mine["later_half"] == String(later), "\(key)")
            #expect(mine["trend"] == (later > earlier ? "naik" : later < earlier ? "turun" : "tetap"), "\(key)")
            #expect(mine["recurring"] == String(months >= 4 || repeats > 0), "\(key)")
        }
    }

    @Test func marketPagesAndTheRegencyPageShowThem() throws {
        let built = try SamplePortalTests.built.get()
        let page = try String(contentsOf: built.output.appending(path: "masalah-berulang/index.html"), encoding: .utf8)
        #expect(page.contains("Mei 2026 – Oktober 2026"))
        #expect(page.contains("pasangan pasar dan kategori"))
        let market = try String(contentsOf: built.output.appending(path: "pasar/pasar-induk-sukamaju/index.html"), encoding: .utf8)
        #expect(market.contains("id=\"masalah-berulang\""))
        #expect(market.contains("6 dari 6 bulan"))
        let english = try String(contentsOf: built.output.appending(path: "en/pasar/pasar-induk-sukamaju/index.html"), encoding: .utf8)
        #expect(english.contains("6 of 6 months") && (english.contains("rising") || english.contains("falling")))
    }
}
