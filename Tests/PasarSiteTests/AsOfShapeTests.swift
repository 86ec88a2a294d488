import Foundation
import GRDB
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// The default as-of moment on the shapes that real exports have (issue 17): dates without times,
/// a thinning tail after a long quiet spell, single wild years, a burst of them, a year typed one
/// ahead in a database that says when it was written. For each, the build's as-of moment is the
/// one worked out by hand, and every figure of every market and of the regency equals a plain
/// reference computation from the rows as they stood at that moment.
@Suite struct AsOfShapeTests {
    /// One complaint as the test writes it: times in seconds since 1970.
    struct Row {
        var id: String
        var market: String
        var received: Int64
        var responded: Int64?
        var resolved: Int64?
        var status: String
    }

    static let day: Int64 = 86_400
    static let wib: Int64 = 7 * 3600
    /// Seconds at 00:00 WIB of an ISO date.
    static func midnight(_ date: String) -> Int64 {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        var components = DateComponents(year: parts[0], month: parts[1], day: parts[2])
        components.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return Int64(Calendar(identifier: .gregorian).date(from: components)!.timeIntervalSince1970)
    }

    /// ISO 8601 in WIB, written with Foundation, not with pasar's code.
    static func iso(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'+07:00'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// `count` complaints received from `first` through `last` (ISO dates), deterministic; with
    /// `datesOnly` every time is a midnight, as exports without times have it (many ties). Nothing
    /// is answered or closed after `last` ends.
    static func bulk(_ count: Int, from first: String, through last: String, datesOnly: Bool = false, prefix: String = "K") -> [Row] {
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int64) -> Int64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((seed >> 33) % UInt64(bound))
        }
        let start = midnight(first), end = midnight(last) + day - 1
        func time(_ t: Int64) -> Int64 { datesOnly ? t - (t + wib) % day : t }
        return (0..<count).map { n in
            let received = time(start + next(end - start))
            var row = Row(id: "\(prefix)\(String(format: "%04d", n))", market: n % 3 == 0 ? "pasar-b" : "pasar-a", received: received,
                          responded: nil, resolved: nil, status: "diproses")
            if next(10) < 7 { row.responded = min(end, time(received + 600 + next(30 * 3600))) }
            switch next(10) {
            case 0..<6: row.status = "selesai"; row.resolved = min(end, time(received + 3600 + next(9 * day)))
            case 6: row.status = "ditolak"; row.resolved = min(end, time(received + next(2 * day)))
            case 7: row.status = "diterima"
            case 8: row.status = "diverifikasi"
            default: row.status = "diproses"
            }
            if let resolved = row.resolved, let responded = row.responded, responded > resolved { row.responded = resolved }
            return row
        }
    }

    /// The mini site with a 72-hour resolution limit everywhere (no working days in the deadlines)
    /// and a database of `rows` only.
    static func site(_ rows: [Row], database: URL? = nil) throws -> FixtureSite {
        let site = try FixtureSite()
        let standard = try site.read("content/pasar/_default.md", in: site.root)
        try site.write(standard.replacingOccurrences(of: "resolve: 2 hari kerja}", with: "resolve: 72 jam}"), to: "content/pasar/_default.md")
        if let database {
            try FileManager.default.removeItem(at: site.database)
            try FileManager.default.copyItem(at: database, to: site.database)
            return site
        }
        let queue = try DatabaseQueue(path: site.database.path)
        try queue.write { db in
            try db.execute(sql: "DELETE FROM complaints")
            for row in rows {
                try db.execute(sql: """
                    INSERT INTO complaints (id, market_id, category_id, received_at, first_response_at, resolved_at, status)
                    VALUES (?, ?, 'kebersihan', ?, ?, ?, ?)
                    """, arguments: [row.id, row.market, iso(row.received), row.responded.map(iso), row.resolved.map(iso), row.status])
            }
        }
        try queue.close()
        return site
    }

    // MARK: - The reference computation

    /// The mini site's holidays (content/hari-libur.yml), as day numbers.
    static let holidays: Set<Int64> = Set(["2025-12-25", "2025-12-26", "2026-01-01"].map { (midnight($0) + wib) / day })

    static func workingDays(_ from: Int64, _ to: Int64) -> Int64 {
        let first = (from + wib) / day, last = (to + wib) / day
        guard last > first else { return 0 }
        return Int64(((first + 1)...last).count { d in (d + 3) % 7 + 1 <= 5 && !holidays.contains(d) })
    }

    /// Every figure of markets.csv and regency.csv for `rows` as they stood at `asOf`, computed from
    /// the definitions on the methodology page.
    static func figures(_ rows: [Row], asOf: Int64) -> [String: String] {
        let counted = rows.filter { $0.received <= asOf }
        let deadline: (Row) -> Int64 = { $0.received + 72 * 3600 }
        func state(_ r: Row) -> String {
            if ["selesai", "ditolak"].contains(r.status), let resolved = r.resolved, resolved <= asOf { return r.status }
            return ["selesai", "ditolak"].contains(r.status) ? "diproses" : r.status
        }
        let resolved = counted.filter { state($0) == "selesai" }
        let open = counted.filter { ["diterima", "diverifikasi", "diproses"].contains(state($0)) }
        let overdue = open.filter { asOf > deadline($0) }
        let within = resolved.filter { $0.resolved! <= deadline($0) }
        let decided = resolved.count + overdue.count
        let durations = resolved.map { $0.resolved! - $0.received }.sorted()
        let days = resolved.map { workingDays($0.received, $0.resolved!) }.sorted()
        let responses = counted.compactMap { r in r.responded.flatMap { $0 <= asOf ? $0 - r.received : nil } }.sorted()
        let oldest = open.map { asOf - $0.received }.max()
        typealias R = RecomputationTests
        func hours(_ sorted: [Int64], _ tenth: Int) -> String { sorted.isEmpty ? "" : R.tenths(R.roundedRatio(R.percentileTenths(sorted, tenth), 3600)) }
        return [
            "received": String(counted.count), "open": String(open.count),
            "open_diterima": String(open.count { state($0) == "diterima" }),
            "open_diverifikasi": String(open.count { state($0) == "diverifikasi" }),
            "open_diproses": String(open.count { state($0) == "diproses" }),
            "resolved": String(resolved.count), "rejected": String(counted.count { state($0) == "ditolak" }), "unknown_status": "0",
            "resolved_within_standard": String(within.count), "decided": String(decided),
            "within_standard_share": decided == 0 ? "" : R.tenths(R.roundedRatio(1000 * Int64(within.count), Int64(decided))),
            "open_overdue": String(overdue.count), "open_not_yet_due": String(open.count - overdue.count),
            "resolution_time_count": String(durations.count),
            "median_resolution_hours": hours(durations, 5), "p90_resolution_hours": hours(durations, 9),
            "mean_resolution_hours": durations.isEmpty ? "" : R.tenths(R.roundedRatio(durations.reduce(0, +), 360 * Int64(durations.count))),
            "median_resolution_working_days": days.isEmpty ? "" : R.tenths(R.percentileTenths(days, 5)),
            "p90_resolution_working_days": days.isEmpty ? "" : R.tenths(R.percentileTenths(days, 9)),
            "median_first_response_hours": hours(responses, 5),
            "oldest_open_age_days": oldest.map { R.tenths(R.roundedRatio($0, 8640)) } ?? "",
            "excluded_from_time_statistics": "0", "unlisted_confidential": "0",
        ]
    }

    /// Builds with the default as-of moment and compares it, and every figure, with the reference.
    @discardableResult
    static func expectFigures(_ rows: [Row], asOf expected: Int64, site: FixtureSite,
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
        let report = try Site.build(site.options(asOf: nil))
        #expect(report.asOf.timestamp == Timestamp(seconds: expected),
                "as of \(report.asOf.timestamp), expected \(iso(expected))", sourceLocation: sourceLocation)
        let published = try RecomputationTests.read(site.output.appending(path: "data/markets.csv"))
            .map { ($0["market_id"] ?? "", $0) } + RecomputationTests.read(site.output.appending(path: "data/regency.csv")).map { ("regency", $0) }
        var compared = 0
        for (id, row) in published {
            let mine = id == "regency" ? rows : rows.filter { $0.market == id }
            for (column, value) in figures(mine, asOf: expected) {
                #expect(row[column] == value, "\(id) \(column): published \(row[column] ?? "nil"), reference \(value)", sourceLocation: sourceLocation)
                compared += 1
            }
        }
        #expect(compared == 3 * 23, sourceLocation: sourceLocation)
        return report
    }

    static func latest(_ rows: [Row]) -> Int64 {
        rows.flatMap { [$0.received, $0.responded, $0.resolved].compactMap { $0 } }.max() ?? 0
    }

    // MARK: - The shapes

    @Test func datesWithoutTimesAndManyTies() throws {
        let rows = Self.bulk(600, from: "2025-03-01", through: "2025-05-31", datesOnly: true)
        #expect(Set(rows.map(\.received)).count < 100, "many complaints share a day")
        let site = try Self.site(rows)
        defer { site.remove() }
        let report = try Self.expectFigures(rows, asOf: Self.latest(rows), site: site)
        #expect(report.asOf.notes == DataEndNotes())
    }

    /// Case 2 of issue 17: the bulk ends in early June; after 99 quiet days come 15 real times over
    /// seven months: late closures (one after ten months), a few new complaints, closures in January.
    @Test func aThinningTailAfterALongQuietSpellIsNotCut() throws {
        var rows = Self.bulk(600, from: "2025-01-02", through: "2025-06-05")
        let tailStart = Self.midnight("2025-06-05") + 100 * Self.day
        let openOnes = rows.indices.filter { ["diproses", "diverifikasi"].contains(rows[$0].status) }.prefix(10)
        for (n, index) in openOnes.enumerated() {
            rows[index].status = "selesai"
            rows[index].resolved = tailStart + Int64(n) * 19 * Self.day + 3600 * Int64(n)
        }
        let earliest = try #require(rows.indices.min { rows[$0].received < rows[$1].received })
        rows[earliest].status = "selesai"
        rows[earliest].resolved = Self.midnight("2025-11-03") + 10 * 3600  // about ten months after it came in
        for n in 0..<4 {
            rows.append(Row(id: "L\(n)", market: "pasar-a", received: tailStart + Int64(30 + 40 * n) * Self.day, responded: nil, resolved: nil, status: "diterima"))
        }
        let site = try Self.site(rows)
        defer { site.remove() }
        let latest = Self.latest(rows)
        #expect(latest > Self.midnight("2026-01-01"), "the tail runs into January")
        let report = try Self.expectFigures(rows, asOf: latest, site: site)
        #expect(report.asOf.notes.leftOut == nil)
        // Nothing is an impossible record, and nothing is "recorded after the as-of moment".
        let quality = try site.read("kualitas-data/index.html")
        #expect(!quality.contains("later-heading"))
    }

    @Test func singleWildYearsAreLeftOutAndJudgedAsTheyStoodThen() throws {
        var rows = Self.bulk(500, from: "2025-03-01", through: "2025-05-31")
        let end = Self.latest(rows)
        rows.append(Row(id: "X1", market: "pasar-a", received: Self.midnight("2062-04-02") + 9 * 3600, responded: nil, resolved: nil, status: "diterima"))
        rows.append(Row(id: "X2", market: "pasar-b", received: Self.midnight("2025-05-20") + 9 * 3600, responded: nil,
                        resolved: Self.midnight("2099-05-21") + 9 * 3600, status: "selesai"))
        rows.append(Row(id: "X3", market: "pasar-a", received: Self.midnight("2025-05-29") + 9 * 3600,
                        responded: Self.midnight("2205-05-29") + 10 * 3600, resolved: nil, status: "diproses"))
        let site = try Self.site(rows)
        defer { site.remove() }
        let report = try Self.expectFigures(rows, asOf: end, site: site)
        #expect(report.asOf.notes.leftOut?.farBeyond == 3)
        #expect(report.complaintsAfterAsOf == 1 && report.complaintsExcluded == 0)
        let check = try SiteCheck.run(site.options(asOf: nil)).warnings.map(\.description).joined(separator: "\n")
        #expect(check.contains("the complaints concerned: X1, X2, X3"))
        #expect(check.contains(#"row id "X2": warning: resolved_at "2099-05-21T09:00:00+07:00" after the as-of moment"#))
    }

    @Test func aBurstOfMistypedYearsIsLeftOutWhateverItsShare() throws {
        var rows = Self.bulk(300, from: "2025-03-01", through: "2025-05-31")
        let end = Self.latest(rows)
        // A batch of 40 typed in 2062 (about one complaint in nine; the old share rule kept such a batch).
        rows += Self.bulk(40, from: "2062-03-01", through: "2062-03-31", prefix: "Z")
        let site = try Self.site(rows)
        defer { site.remove() }
        let report = try Self.expectFigures(rows, asOf: end, site: site)
        #expect(report.complaintsAfterAsOf == 40)
        let quality = try site.read("kualitas-data/index.html")
        #expect(quality.contains("<code>Z0000</code>: diterima"))
    }

    /// A year typed one ahead lies where a late real closure could; the moment the database was
    /// written (kept by pasar import) is what tells them apart.
    @Test func aYearTypedOneAheadIsLeftOutWhereTheDatabaseSaysWhenItWasWritten() throws {
        var rows = Self.bulk(400, from: "2025-03-01", through: "2025-05-31")
        let end = Self.latest(rows)
        let typo = try #require(rows.firstIndex { $0.status == "selesai" && $0.received > Self.midnight("2025-05-01") })
        rows[typo].resolved = (rows[typo].resolved ?? 0) + 365 * Self.day
        // Imported by pasar import from the office's spreadsheet, two days after the export.
        let folder = FileManager.default.temporaryDirectory.appending(path: "pasar-asof-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appending(path: "pengaduan.sqlite")
        let csv = "id,market_id,category_id,received_at,first_response_at,resolved_at,status\n" + rows.map { r in
            [r.id, r.market, "kebersihan", Self.iso(r.received), r.responded.map(Self.iso) ?? "", r.resolved.map(Self.iso) ?? "", r.status].joined(separator: ",")
        }.joined(separator: "\n")
        for (name, text) in [("pasar.csv", "id,name,district\npasar-a,Pasar A,Kota Uji\npasar-b,Pasar B,Kota Uji\n"), ("pengaduan.csv", csv)] {
            let file = folder.appending(path: name)
            try Data(text.utf8).write(to: file)
            var importer = TableImport(file: file, fileShownAs: name, database: database, databaseShownAs: "pengaduan.sqlite")
            importer.writtenAt = Timestamp(seconds: Self.midnight("2025-06-02") + 10 * 3600)
            _ = try importer.run(problem: { Issue.record("\($0)") })
        }
        let site = try Self.site(rows, database: database)
        defer { site.remove() }
        let report = try Self.expectFigures(rows, asOf: end, site: site)
        #expect(report.asOf.notes.leftOut?.afterWritten == 1)
        let check = try SiteCheck.run(site.options(asOf: nil)).warnings.map(\.description).joined(separator: "\n")
        #expect(check.contains("1 later than the day after the database says it was written (meta.written_at 2025-06-02T10:00:00+07:00)"))
        #expect(check.contains("the complaints concerned: \(rows[typo].id)"))
        #expect(check.contains("if they are real, build with --as-of \(Self.iso(rows[typo].resolved!))"))

        // Another program corrects a time afterwards: the recorded moment no longer describes the
        // data, so it bounds nothing, and check says why the typo now moves the as-of moment.
        try site.execute("UPDATE complaints SET received_at = '2025-03-02T08:00:00+07:00' WHERE id = '\(rows[0].id)'")
        rows[0].received = Self.midnight("2025-03-02") + 8 * 3600
        let moved = try Site.build(site.options(asOf: nil))
        #expect(moved.asOf.timestamp == Timestamp(seconds: rows[typo].resolved!))
        #expect(moved.asOf.notes.staleWrittenAt == Timestamp(seconds: Self.midnight("2025-06-02") + 10 * 3600))
        let stale = try SiteCheck.run(site.options(asOf: nil)).warnings.map(\.description).joined(separator: "\n")
        #expect(stale.contains("meta.written_at 2025-06-02T10:00:00+07:00 does not bound the data"))
        // Without a recorded moment a year typed one ahead cannot be told from a late closure: it is
        // kept, and named as a thin tail after a quiet spell.
        #expect(stale.contains("the newest 1 time(s) come after"))
        #expect(stale.contains(": \(rows[typo].id)"))
    }
}
