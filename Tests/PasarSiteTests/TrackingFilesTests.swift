import Foundation
import Testing
import PasarCore
@testable import PasarRender
@testable import PasarSite

/// The lookup page's files on the mini site (as of 31 Dec 2025 12:00 WIB; standards in
/// Fixtures/mini-site: 24 jam to respond and 2 hari kerja to resolve, the regency's default).
@Suite struct TrackingFilesTests {
    /// Every record of every lookup file, by complaint id, with the file's lists.
    static func records(in output: URL) throws -> [String: (file: [String: Any], record: [Any])] {
        var found: [String: (file: [String: Any], record: [Any])] = [:]
        let folder = output.appending(path: "lacak")
        let counts = try #require(try config(output)["files"] as? [String: Int])
        for partition in try FileManager.default.contentsOfDirectory(atPath: folder.path) where !partition.hasSuffix(".html") {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: partition).path) {
                let url = folder.appending(path: "\(partition)/\(name)")
                #expect(try Data(contentsOf: url).count <= TrackingFiles.maximumBytes, "\(partition)/\(name)")
                let file = try #require(try JSONSerialization.jsonObject(with: FixtureSite.gunzip(url)) as? [String: Any])
                for record in file["r"] as? [[Any]] ?? [] {
                    let id = try #require(record[4] as? String)
                    // Filed where the page's script will look for it.
                    let key = TrackingNumber.key(id)
                    let count = try #require(counts[TrackingNumber.partition(key)])
                    #expect(partition == TrackingNumber.partition(key) && name == String(Int(TrackingNumber.hash(key) % UInt32(count)), radix: 16) + ".json.gz")
                    found[id] = (file, record)
                }
            }
        }
        return found
    }

    /// The script's settings, as the page carries them.
    static func config(_ output: URL) throws -> [String: Any] {
        let page = try String(contentsOf: output.appending(path: "lacak/index.html"), encoding: .utf8)
        let start = try #require(page.range(of: "<script type=\"application/json\" id=\"lacak-config\">"))
        let end = try #require(page[start.upperBound...].range(of: "</script>"))
        return try #require(try JSONSerialization.jsonObject(with: Data(page[start.upperBound..<end.lowerBound].utf8)) as? [String: Any])
    }

    @Test func everyListableCountedComplaintIsFiledAndRahasiaOnesAreNot() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let records = try Self.records(in: site.output)
        // Counted and judged against a standard: A1–A5, A7, A8, A11, B1, B2. Not: A6 and A10 (impossible
        // records), A9 (received after the as-of moment), B3 (rahasia).
        #expect(Set(records.keys) == ["A1", "A2", "A3", "A4", "A5", "A7", "A8", "A11", "B1", "B2"])

        // A1: received Wed 24 Dec 10:00, answered 12:00, resolved Tue 30 Dec 15:00. Respond within 24 jam
        // (Thu 25 Dec 10:00); resolve within 2 hari kerja: 25 and 26 Dec are off, 27–28 the weekend,
        // so Mon 29 and Tue 30 Dec, 23:59:59. Working days taken: 29 and 30 Dec = 2.
        let (file, a1) = try #require(records["A1"])
        let received = try Timestamp.parse("2025-12-24T10:00:00+07:00").get().seconds
        let deadline = try Timestamp.parse("2025-12-30T23:59:59+07:00").get().seconds
        func int(_ index: Int) -> Int64? { (a1[index] as? NSNumber)?.int64Value }
        #expect(int(5) == received)
        #expect(int(7) == 2 * 3600 && int(8) == 6 * 86_400 + 5 * 3600)
        #expect(a1[9] as? String == "s" && int(10) == 2 | 4, "resolved, answered and resolved within the standard")
        #expect(int(11) == Int64(24 * 3600), "respond within 24 jam")
        #expect(int(12) == deadline - received)
        #expect(int(13) == 2)
        #expect(a1[14] as? String == "Sampah menumpuk.")
        let standards = file["s"] as? [String] ?? []
        #expect(standards[(a1[3] as? Int) ?? -1] == "24j/2k")
        let markets = file["m"] as? [[String]] ?? []
        #expect(markets[(a1[0] as? Int) ?? -1] == ["pasar-a", "Pasar A"])
        // A4 is anonim: flagged, its summary kept (as complaints-2025.csv publishes it).
        let a4 = try #require(records["A4"]).record
        #expect(((a4[10] as? NSNumber)?.intValue ?? 0) & 1 == 1)
        // A11 was closed after the as-of moment: its closure is filed (the page hides what came later).
        let a11 = try #require(records["A11"]).record
        let closedLater = try Timestamp.parse("2026-01-05T10:00:00+07:00").get().seconds - Timestamp.parse("2025-12-31T09:00:00+07:00").get().seconds
        #expect((a11[8] as? NSNumber)?.int64Value == closedLater)
    }

    @Test func theFilesOfAClosedYearKeepTheirBytesWhenTheYearAfterChanges() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute("""
            INSERT INTO complaints (id, market_id, category_id, received_at, status) VALUES
              ('ADU-202412-0001', 'pasar-a', 'parkir', '2024-12-02T09:00:00+07:00', 'diterima'),
              ('ADU-202512-0001', 'pasar-b', 'parkir', '2025-12-02T09:00:00+07:00', 'diterima');
            """)
        _ = try Site.build(site.options())
        let closed = try FixtureSite.snapshot(site.output.appending(path: "lacak/2024", directoryHint: .isDirectory))
        let open = try FixtureSite.snapshot(site.output.appending(path: "lacak/2025", directoryHint: .isDirectory))
        try site.execute("UPDATE complaints SET status = 'selesai', resolved_at = '2025-12-20T09:00:00+07:00' WHERE id = 'ADU-202512-0001'")
        _ = try Site.build(site.options())
        #expect(try FixtureSite.snapshot(site.output.appending(path: "lacak/2024", directoryHint: .isDirectory)) == closed)
        #expect(try FixtureSite.snapshot(site.output.appending(path: "lacak/2025", directoryHint: .isDirectory)) != open)
    }

    @Test func aLargePartitionIsSpreadOverFilesThatEachFitTheLimit() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let summary = String(repeating: "Saluran air di depan kios tersumbat dan meluap ke lorong. ", count: 4)
        let rows = (0..<3000).map { n in
            "('ADU-2025\(String(format: "%02d", n % 12 + 1))-\(String(format: "%04d", n))', 'pasar-a', 'parkir', '2025-\(String(format: "%02d", n % 12 + 1))-10T09:00:00+07:00', 'diterima', '\(summary)\(n)')"
        }
        try site.execute("INSERT INTO complaints (id, market_id, category_id, received_at, status, public_summary) VALUES \(rows.joined(separator: ", "))")
        _ = try Site.build(site.options())
        let records = try Self.records(in: site.output)
        #expect(records.count == 3010)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.output.appending(path: "lacak/2025").path)
        #expect(files.count >= 16 && files.count & (files.count - 1) == 0, "\(files.count) files, a power of two")
    }
}
