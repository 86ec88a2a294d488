import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Rebuilds write only what changed: nothing when no input changed, and otherwise only files whose
/// bytes differ; every other file keeps its inode and modification time (for rsync and CDN uploads).
@Suite struct RebuildTests {
    /// Inode and modification time of every file below `folder`, by relative path.
    static func identities(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in try FixtureSite.snapshot(folder).keys {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appending(path: path).path)
            let inode = attributes[.systemFileNumber] as? Int ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            result[path] = "\(inode)@\(modified)"
        }
        return result
    }

    @Test func aRebuildWithNothingChangedStopsEarlyAndWritesNothing() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        let first = try Site.build(site.options())
        #expect(!first.upToDate && first.filesWritten > 50 && first.filesKept == 0)
        let before = try Self.identities(site.output)
        let second = try Site.build(site.options())
        #expect(second.upToDate)
        #expect(second.filesWritten == 0)
        #expect(second.markets == first.markets && second.complaintsCounted == first.complaintsCounted)
        #expect(try Self.identities(site.output) == before)
        // The database touched but not changed: its bytes are compared, and still nothing is written.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: site.database.path)
        #expect(try Site.build(site.options()).upToDate)
        #expect(try Self.identities(site.output) == before)
    }

    @Test func aChangedStandardTextRewritesOnlyItsMarketsPages() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let before = try Self.identities(site.output)
        let document = site.root.appending(path: "content/pasar/pasar-a.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        try site.write(text + "\nKalimat tambahan.\n", to: "content/pasar/pasar-a.md")
        let report = try Site.build(site.options())
        #expect(!report.upToDate)
        let after = try Self.identities(site.output)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed == ["pasar/pasar-a/index.html", "en/pasar/pasar-a/index.html", ".pasar-output"])
        #expect(report.filesWritten == 2)
        // Kept files are the same bytes a clean build writes.
        let clean = site.root.appending(path: "clean", directoryHint: .isDirectory)
        _ = try Site.build(site.options(output: clean))
        var built = try FixtureSite.snapshot(site.output), fresh = try FixtureSite.snapshot(clean)
        built[".pasar-output"] = nil
        fresh[".pasar-output"] = nil
        #expect(built == fresh)
    }

    @Test func aClosedYearsComplaintFileKeepsItsBytesWhenLaterComplaintsArrive() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        // As of the latest time in the data (5 Jan 2026), so both 2025 and 2026 have files.
        _ = try Site.build(site.options(asOf: nil))
        let before = try Self.identities(site.output)
        let year2025 = try site.read("data/complaints-2025.csv")
        try site.execute("""
            INSERT INTO complaints (id, market_id, category_id, received_at, status) VALUES ('A12', 'pasar-a', 'parkir', '2026-01-04T08:00:00+07:00', 'diterima')
            """)
        _ = try Site.build(site.options(asOf: nil))
        let after = try Self.identities(site.output)
        #expect(try site.read("data/complaints-2025.csv") == year2025)
        #expect(after["data/complaints-2025.csv"] == before["data/complaints-2025.csv"])
        #expect(after["data/complaints-2026.csv"] != before["data/complaints-2026.csv"])
        #expect(try site.read("data/complaints-2026.csv").contains("\nA12,pasar-a,parkir,"))
    }
}
