import CSV
import Foundation
import Testing

/// Recomputes every figure of every market, category, market × category and the regency from the
/// published complaint-level files alone (no database, none of pasar's code), following the steps
/// the methodology page gives, and compares with the published summary files cell by cell.
@Suite struct RecomputationTests {
    /// One row of complaints-YYYY.csv, by column name.
    typealias Row = [String: String]

    static func read(_ url: URL) throws -> [Row] {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [Row] = []
        while let cells = reader.next() { rows.append(Dictionary(uniqueKeysWithValues: zip(header, cells))) }
        return rows
    }

    static func complaintRows(in output: URL) throws -> [Row] {
        let data = output.appending(path: "data")
        let files = try FileManager.default.contentsOfDirectory(atPath: data.path)
            .filter { $0.hasPrefix("complaints-") && $0.hasSuffix(".csv") }.sorted()
        return try files.flatMap { try read(data.appending(path: $0)) }
    }

    @Test func everyFigureOfTheSamplePortalFollowsFromTheComplaintFiles() throws {
        let built = try SamplePortalTests.built.get()
        let data = built.output.appending(path: "data")
        let complaints = try Self.complaintRows(in: built.output)
        #expect(complaints.count == 6000, "every counted complaint has a row, rahasia ones included")
        #expect(complaints.contains { $0["confidentiality"] == "rahasia" && $0["complaint_id"] == "" && $0["public_summary"] == "" && $0["received_at"] == "" })

        var compared = 0
        func check(_ published: [Row], key: (Row) -> String, select: (Row, String) -> Bool) {
            for row in published {
                let id = key(row)
                let expected = Self.figures(complaints.filter { select($0, id) })
                for (column, value) in expected {
                    #expect(row[column] == value, "\(id) \(column): published \(row[column] ?? "nil"), recomputed \(value)")
                    compared += 1
                }
            }
        }
        check(try Self.read(data.appending(path: "markets.csv")), key: { $0["market_id"] ?? "" }) { $0["market_id"] == $1 }
        check(try Self.read(data.appending(path: "categories.csv")), key: { $0["category_id"] ?? "" }) { $0["category_id"] == $1 }
        check(try Self.read(data.appending(path: "market-categories.csv")), key: { "\($0["market_id"] ?? "")/\($0["category_id"] ?? "")" }) {
            "\($0["market_id"] ?? "")/\($0["category_id"] ?? "")" == $1
        }
        check(try Self.read(data.appending(path: "regency.csv")), key: { _ in "regency" }) { _, _ in true }
        #expect(compared > 12 * 22)

        // Monthly series: rows by received_month and by resolved_month.
        for row in try Self.read(data.appending(path: "monthly.csv")) {
            let mine = complaints.filter { $0["market_id"] == row["market_id"] }
            #expect(row["received_in_month"] == String(mine.count { $0["received_month"] == row["month"] }), "\(row)")
            #expect(row["resolved_in_month"] == String(mine.count { $0["resolved_month"] == row["month"] }), "\(row)")
        }
    }

    /// The methodology page's steps, one figure at a time.
    static func figures(_ rows: [Row]) -> [String: String] {
        func count(_ predicate: (Row) -> Bool) -> String { String(rows.count(where: predicate)) }
        func values(_ column: String) -> [Int64] { rows.compactMap { $0[column].flatMap { Int64($0) } }.sorted() }
        let within = rows.count { $0["outcome"] == "within_standard" }
        let decided = rows.count { ["within_standard", "late", "overdue"].contains($0["outcome"] ?? "") }
        let resolution = values("resolution_seconds"), days = values("resolution_working_days"), response = values("first_response_seconds")
        let ages = rows.compactMap { $0["open_age_days"].flatMap(Double.init) }
        let oldest = rows.filter { $0["open_age_days"].flatMap(Double.init) == ages.max() }.first?["open_age_days"]
        return [
            "received": String(rows.count),
            "open": count { ["diterima", "diverifikasi", "diproses"].contains($0["status"] ?? "") },
            "open_diterima": count { $0["status"] == "diterima" },
            "open_diverifikasi": count { $0["status"] == "diverifikasi" },
            "open_diproses": count { $0["status"] == "diproses" },
            "resolved": count { $0["status"] == "selesai" },
            "rejected": count { $0["status"] == "ditolak" },
            "unknown_status": count { $0["status"] == "" },
            "resolved_within_standard": String(within),
            "decided": String(decided),
            "within_standard_share": decided == 0 ? "" : tenths(roundedRatio(1000 * Int64(within), Int64(decided))),
            "open_overdue": count { $0["outcome"] == "overdue" },
            "open_not_yet_due": count { $0["outcome"] == "pending" },
            "resolution_time_count": String(resolution.count),
            // Seconds → hours: tenths of an hour are 360 s; percentiles are in tenths of a second first.
            "median_resolution_hours": resolution.isEmpty ? "" : tenths(roundedRatio(percentileTenths(resolution, 5), 3600)),
            "p90_resolution_hours": resolution.isEmpty ? "" : tenths(roundedRatio(percentileTenths(resolution, 9), 3600)),
            "mean_resolution_hours": resolution.isEmpty ? "" : tenths(roundedRatio(resolution.reduce(0, +), 360 * Int64(resolution.count))),
            "median_resolution_working_days": days.isEmpty ? "" : tenths(percentileTenths(days, 5)),
            "p90_resolution_working_days": days.isEmpty ? "" : tenths(percentileTenths(days, 9)),
            "median_first_response_hours": response.isEmpty ? "" : tenths(roundedRatio(percentileTenths(response, 5), 3600)),
            "oldest_open_age_days": oldest ?? "",
            "excluded_from_time_statistics": count { $0["in_time_statistics"] == "false" },
            "unlisted_confidential": count { !["biasa", "anonim"].contains($0["confidentiality"] ?? "") },
        ]
    }

    /// PERCENTILE.INC at `tenth`/10 (5: median, 9: 90th), in tenths of the unit: rank h = (n − 1)·p,
    /// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). `sorted` ascending and not empty.
    static func percentileTenths(_ sorted: [Int64], _ tenth: Int) -> Int64 {
        let scaled = (sorted.count - 1) * tenth  // h × 10
        let lower = scaled / 10, fraction = Int64(scaled % 10)
        let next = fraction > 0 ? sorted[lower + 1] : sorted[lower]
        return 10 * sorted[lower] + fraction * (next - sorted[lower])
    }

    /// a ÷ b rounded half away from zero (a, b ≥ 0), as spreadsheet ROUND does.
    static func roundedRatio(_ a: Int64, _ b: Int64) -> Int64 { (2 * a + b) / (2 * b) }

    /// Tenths as text with one decimal: 1234 → "123.4".
    static func tenths(_ value: Int64) -> String { "\(value / 10).\(value % 10)" }

    @Test func theArithmeticHelpersMatchHandWorkedValues() {
        // [10, 20, 30, 40]: h = 1.5 → 25; 90th: h = 2.7 → 30 + 0.7·10 = 37.
        #expect(Self.percentileTenths([10, 20, 30, 40], 5) == 250)
        #expect(Self.percentileTenths([10, 20, 30, 40], 9) == 370)
        #expect(Self.percentileTenths([7], 9) == 70)
        #expect(Self.roundedRatio(5, 10) == 1 && Self.roundedRatio(4, 10) == 0 && Self.roundedRatio(15, 10) == 2)
        // 2 of 3 = 66.666… % → 66.7
        #expect(Self.tenths(Self.roundedRatio(1000 * 2, 3)) == "66.7")
    }
}
