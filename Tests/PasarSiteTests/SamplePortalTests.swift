import Foundation
import GRDB
import Testing
import PasarCore
import PasarDemo
@testable import PasarRender
@testable import PasarSite

/// Builds the bundled sample portal (the repository's content/ and themes/ with the sample database)
/// and checks its figures against independent SQL over the same database.
@Suite struct SamplePortalTests {
    struct Built: @unchecked Sendable {
        let folder: URL
        let database: URL
        let output: URL
        let report: BuildReport
        let options: BuildOptions
    }

    static let built: Result<Built, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pasar-sample-\(UUID().uuidString)", directoryHint: .isDirectory)
        let database = folder.appending(path: "contoh.sqlite")
        let output = folder.appending(path: "public", directoryHint: .isDirectory)
        _ = try SampleDatabase.write(to: database, shownAs: "contoh.sqlite")
        let options = BuildOptions(root: FixtureSite.repository, database: database, output: output)
        return Built(folder: folder, database: database, output: output, report: try Site.build(options), options: options)
    }

    @Test func buildsWithoutWarningsAndSaysSampleDataOnEveryPage() throws {
        let built = try Self.built.get()
        // The build reports what check finds (but for the duplicate search): in the sample, only its
        // deliberate faults — the records and survey sheets made impossible for the data-quality page,
        // one standard missing two components and one not reviewed for a year.
        let check = try SiteCheck.run(built.options).warnings
        #expect(built.report.warnings == check.filter { !$0.message.hasPrefix("possible duplicate") })
        #expect(built.report.warnings.count == 15)
        #expect(built.report.warnings.filter { $0.location.map { "\($0)".hasPrefix("table complaints") } ?? false }.count == 10)
        #expect(built.report.isSample)
        #expect(built.report.markets == 12)
        #expect(built.report.complaintsInDatabase == SampleData.complaintCount)
        let pages = try FixtureSite.snapshot(built.output).filter { $0.key.hasSuffix(".html") }
        #expect(pages.count > 50)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("DATA CONTOH") || html.contains("SAMPLE DATA"), "\(path) does not say it is sample data")
        }
    }

    /// The counts per market from a plain SQL query, the way a journalist would check them.
    @Test func countsEqualAnIndependentSQLQuery() throws {
        let built = try Self.built.get()
        let rows = try csvRows(built.output.appending(path: "data/markets.csv"))
        let queue = try DatabaseQueue(path: built.database.path)
        let expected = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT market_id,
                       COUNT(*) AS received,
                       SUM(status IN ('diterima', 'diverifikasi', 'diproses')) AS open,
                       SUM(status = 'selesai') AS resolved,
                       SUM(status = 'ditolak') AS rejected
                FROM complaints GROUP BY market_id
                """).map { ($0["market_id"] as String, [$0["received"] as Int, $0["open"] as Int, $0["resolved"] as Int, $0["rejected"] as Int]) }
        }
        let byMarket = Dictionary(uniqueKeysWithValues: expected)
        #expect(rows.count == 12)
        for row in rows {
            let counts = try #require(byMarket[row["market_id"] ?? ""])
            #expect([row["received"], row["open"], row["resolved"], row["rejected"]].map { Int($0 ?? "") } == counts.map { Optional($0) },
                    "counts differ for \(row["market_id"] ?? "")")
        }
        // Markets in the database plus complaints naming an unknown market make up the regency.
        let regency = try JSONSerialization.jsonObject(with: Data(contentsOf: built.output.appending(path: "data/regency.json"))) as? [String: Any]
        let regencyReceived = ((regency?["rows"] as? [Any])?.first as? [String: Any])?["received"] as? Int
        #expect(regencyReceived == SampleData.complaintCount)
        #expect(rows.compactMap { Int($0["received"] ?? "") }.reduce(0, +) == SampleData.complaintCount - (byMarket["pasar-lama"]?[0] ?? 0))
    }

    /// Median resolution hours recomputed from SQLite's own date arithmetic over the usable records.
    @Test func medianResolutionEqualsAnIndependentComputation() throws {
        let built = try Self.built.get()
        let rows = try csvRows(built.output.appending(path: "data/markets.csv"))
        let queue = try DatabaseQueue(path: built.database.path)
        let seconds = try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT market_id, CAST(ROUND((julianday(resolved_at) - julianday(received_at)) * 86400) AS INTEGER) AS s
                FROM complaints
                WHERE status = 'selesai' AND received_at LIKE '%+07:00' AND resolved_at LIKE '%+07:00'
                  AND julianday(resolved_at) >= julianday(received_at)
                  AND market_id IN (SELECT id FROM markets) AND category_id IN (SELECT id FROM categories)
                """).map { ($0["market_id"] as String, $0["s"] as Int64) }
        }
        let grouped = Dictionary(grouping: seconds, by: \.0).mapValues { $0.map(\.1).sorted() }
        for row in rows {
            let values = try #require(grouped[row["market_id"] ?? ""])
            let n = values.count
            // Median: the middle value, or the mean of the two middle values.
            let twiceMedian = n % 2 == 1 ? 2 * values[n / 2] : values[n / 2 - 1] + values[n / 2]
            let hours = Fraction(twiceMedian, 2 * 3600).decimalText(places: 1)
            #expect(row["median_resolution_hours"] == hours, "median differs for \(row["market_id"] ?? "")")
        }
    }

    @Test func everyFigureOnAMarketPageIsTheOneInTheDataFile() throws {
        let built = try Self.built.get()
        for row in try csvRows(built.output.appending(path: "data/markets.csv")) {
            let id = try #require(row["market_id"])
            let html = try String(contentsOf: built.output.appending(path: "pasar/\(id)/index.html"), encoding: .utf8)
            let decided = try #require(Int(row["decided"] ?? ""))
            let within = try #require(Int(row["resolved_within_standard"] ?? ""))
            #expect(html.contains("\(indonesian(within)) dari \(indonesian(decided))"))
            if let share = row["within_standard_share"], !share.isEmpty {
                #expect(html.contains(share.replacingOccurrences(of: ".", with: ",") + "%"))
            }
            #expect(html.contains((row["median_resolution_hours"] ?? "").replacingOccurrences(of: ".", with: ",") + " jam"))
            #expect(html.contains("<span class=\"figure-value\">\(indonesian(Int(row["received"] ?? "") ?? -1))</span>"))
        }
    }

    /// Every record is counted or explained, and every total adds up, on the pages and in the files.
    @Test func totalsReconcileOnTheSampleData() throws {
        let built = try Self.built.get()
        let report = try Site.prepare(built.options).input.report
        let quality = report.dataQuality
        #expect(quality.counted + quality.receivedAfterAsOf == quality.recordsInDatabase)
        #expect(quality.recordsInDatabase == SampleData.complaintCount)
        #expect(report.regency.excludedFromTimeStatistics == quality.excludedFromTimeStatistics)
        for s in [report.regency, report.unknownMarket] + report.markets.map(\.statistics) + report.categories.map(\.statistics) {
            #expect(s.open + s.resolved + s.rejected + s.unknownStatus == s.received)
            #expect(s.withinStandard.denominator == (s.resolutionTime?.count ?? 0) + s.openOverdue)
        }
        #expect(report.markets.map(\.statistics.received).reduce(0, +) + report.unknownMarket.received == report.regency.received)
        let unknownCategory = quality.entries.count { $0.problems.contains { if case .unknownCategory = $0 { true } else { false } } }
        #expect(report.categories.map(\.statistics.received).reduce(0, +) + unknownCategory == report.regency.received)
        let survey = try #require(report.satisfaction)
        #expect(survey.markets.map(\.index.respondents).reduce(0, +) + survey.excluded.count == survey.sheets)
        #expect(survey.regency.map(\.index.respondents).reduce(0, +) + survey.excluded.count == survey.sheets)
        // The data-quality page states the same reconciliation.
        let page = try String(contentsOf: built.output.appending(path: "kualitas-data/index.html"), encoding: .utf8)
        #expect(page.contains("<tr><th scope=\"row\">Pengaduan di basis data</th><td>6.000</td></tr>"))
        #expect(page.contains("<tr><th scope=\"row\">…tetapi tidak dipakai dalam angka waktu</th><td>\(quality.excludedFromTimeStatistics)</td></tr>"))
    }

    @Test func everyKeyATemplateUsesExistsInItsContext() throws {
        let built = try Self.built.get()
        let prepared = try Site.prepare(built.options)
        let theme = prepared.site.theme
        var renderer = SiteRenderer(theme: theme)
        renderer.keepsNilValues = true
        var missing: Set<String> = []
        for planned in prepared.input.plannedPages() {
            let page = try renderer.prepare(planned, site: prepared.input, data: PublishedData(resources: [], files: []))
            let checker = TemplateKeyChecker(sources: theme.templateSources)
            checker.check(template: page.template, context: page.context)
            missing.formUnion(checker.missing.map { "\(page.template): \($0)" })
        }
        #expect(missing.isEmpty, "\(missing.sorted())")
    }

    func csvRows(_ url: URL) throws -> [[String: String]] {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // The sample's names contain no commas or quotes, so a plain split reads these files.
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init))) }
    }

    func indonesian(_ value: Int) -> String {
        DecimalText.format(Int64(value), places: 0, decimalSeparator: ",", groupSeparator: ".")
    }
}
