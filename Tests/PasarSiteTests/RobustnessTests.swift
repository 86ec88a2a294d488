import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import GRDB
import Testing
import PasarCore
@testable import PasarSite

/// Inputs as careless and hostile users write them give correct output: Windows line endings,
/// control and bidirectional characters, spreadsheet formulas, wild timestamps.
@Suite struct RobustnessTests {
    @Test func windowsLineEndingsAndAByteOrderMarkGiveTheSameSite() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        var unix = try FixtureSite.snapshot(site.output)
        for (path, data) in try FixtureSite.snapshot(site.root.appending(path: "content")) where path.hasSuffix(".md") || path.hasSuffix(".yml") {
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\n", with: "\r\n")
            try Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)).write(to: site.root.appending(path: "content/\(path)"))
        }
        let windows = site.root.appending(path: "windows", directoryHint: .isDirectory)
        _ = try Site.build(site.options(output: windows))
        var crlf = try FixtureSite.snapshot(windows)
        unix[".pasar-output"] = nil  // the manifest records the inputs' checksums, which differ
        crlf[".pasar-output"] = nil
        #expect(unix == crlf)
    }

    @Test func controlCharactersCannotBreakTheFeedOrThePages() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        var config = try site.read("content/site.yml", in: site.root)
        config = config.replacingOccurrences(of: "title: Pasar Terbuka Kabupaten Uji", with: "title: \"Pasar Terbuka\\x01 Kabupaten\\x07 Uji\\e[31m\"")
        try site.write(config, to: "content/site.yml")
        let document = try site.read("content/pasar/pasar-a.md", in: site.root)
        try site.write(document.replacingOccurrences(of: "title: Standar Pelayanan Pasar A", with: "title: \"Standar\\x0B Pasar A\\u202E\""),
                       to: "content/pasar/pasar-a.md")
        _ = try Site.build(site.options())
        let parser = XMLParser(data: try Data(contentsOf: site.output.appending(path: "feed.xml")))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        let feed = try site.read("feed.xml")
        #expect(feed.contains("<title>Pasar Terbuka Kabupaten Uji[31m</title>"))
        for page in ["index.html", "pasar/pasar-a/index.html"] {
            let html = try site.read(page)
            #expect(!html.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" } && !html.contains("\u{202E}"), "\(page)")
        }
    }

    @Test func everyTextCellIsDefusedAgainstSpreadsheetFormulas() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute("""
            UPDATE markets SET name = '=HYPERLINK("http://x.example","klik")', district = '+62 Kota', address = '-1+1' WHERE id = 'pasar-a';
            UPDATE categories SET name = '@SUM(A1)' WHERE id = 'kebersihan';
            UPDATE complaints SET channel = '=cmd|'' /C calc''!A0' WHERE id = 'A1';
            UPDATE complaints SET id = '=A7' WHERE id = 'A7';
            """)
        _ = try Site.build(site.options())
        let markets = try site.read("data/markets.csv")
        #expect(markets.contains(#"pasar-a,"'=HYPERLINK(""http://x.example"",""klik"")",'+62 Kota,"#))
        #expect(try site.read("data/categories.csv").contains("kebersihan,'@SUM(A1),"))
        #expect(try site.read("data/market-categories.csv").contains(#"'=HYPERLINK(""http://x.example"",""klik"")",kebersihan,'@SUM(A1),"#))
        let complaints = try site.read("data/complaints-2025.csv")
        #expect(complaints.contains("\nA1,pasar-a,kebersihan,'=cmd|' /C calc'!A0,"))
        #expect(complaints.contains("\n'=A7,pasar-a,"))
        // JSON keeps the text as it is: nothing runs it.
        #expect(try site.read("data/markets.json").contains(#""name":"=HYPERLINK(\"http://x.example\",\"klik\")""#))
    }

    @Test func bidirectionalControlsAreNeutralisedInEveryFormat() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute("UPDATE markets SET name = 'Pasar ' || char(8238) || 'A' WHERE id = 'pasar-a'")
        _ = try Site.build(site.options())
        #expect(try site.read("data/markets.csv").contains("pasar-a,Pasar A,"))
        #expect(try site.read("data/markets.json").contains(#""name":"Pasar \u202eA""#))
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(!page.contains("\u{202E}") && page.contains("<h1>Pasar A</h1>"))
    }

    @Test func diagnosticsCannotDriveTheTerminal() throws {
        let diagnostic = Diagnostic(.warning, "status \"\u{1B}[2J\u{1B}[31mbad\nline\"", at: .row(table: "complaints", id: "K\u{1B}]0;owned\u{07}1\u{202E}"))
        let text = diagnostic.terminalText(.english)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(text == #"table complaints, row id "K\u{1b}]0;owned\u{7}1\u{202e}": warning: status "\u{1b}[2J\u{1b}[31mbad\u{a}line""#)
    }

    /// 300 ordinary complaints in December 2025 and two with mistyped years.
    func siteWithWildTimestamps() throws -> FixtureSite {
        let site = try FixtureSite()
        let rows = (0..<300).map { n in
            "('W\(n)', 'pasar-a', 'parkir', '2025-12-\(String(format: "%02d", n % 28 + 1))T09:\(String(format: "%02d", n % 60)):00+07:00', 'diterima')"
        }
        try site.execute("""
            INSERT INTO complaints (id, market_id, category_id, received_at, status) VALUES \(rows.joined(separator: ", "));
            INSERT INTO complaints (id, market_id, category_id, received_at, status) VALUES ('X1', 'pasar-a', 'parkir', '2099-01-01T08:00:00+07:00', 'diterima');
            INSERT INTO complaints (id, market_id, category_id, received_at, resolved_at, status)
              VALUES ('X2', 'pasar-b', 'parkir', '2025-12-20T08:00:00+07:00', '9999-12-01T08:00:00+07:00', 'selesai');
            """)
        return site
    }

    @Test func aFewWildTimestampsDoNotMoveTheAsOfMomentAndAreNoMistakeAtIt() throws {
        let site = try siteWithWildTimestamps()
        defer { site.remove() }
        let report = try Site.build(site.options(asOf: nil))
        // The latest ordinary time is A11's resolution, 5 Jan 2026; 2099 is 73 years beyond it, 9999 after 2100.
        let leftOut = LeftOutTimes(afterWritten: 0, farBeyond: 2, writtenAt: nil, latest: try Timestamp.parse("2099-01-01T08:00:00+07:00").get())
        #expect(report.asOf == .latestInDatabase(try Timestamp.parse("2026-01-05T10:00:00+07:00").get(), DataEndNotes(leftOut: leftOut)))
        #expect(report.asOf.explanation.english.contains("leaving out 2 that cannot"))
        // X1, received in 2099, is not received yet at the as-of moment; X2, closed in 9999, is still open then.
        #expect(report.complaintsCounted == 14 + 300 + 1 && report.complaintsAfterAsOf == 1)
        #expect(report.complaintsExcluded == 2, "the mini site's own A6 and A10 only (mini-site-markets.csv); X1 and X2 are no mistakes")
        let quality = try site.read("kualitas-data/index.html")
        #expect(quality.contains("<code>X1</code>: diterima 1 Januari 2099") && quality.contains("<code>X2</code>: selesai atau ditutup"))
        #expect(quality.contains("2 waktu tidak mungkin sungguhan dan tidak dipakai untuknya (2 jauh melampaui semua waktu lain"))
        let markets = try RecomputationTests.read(site.output.appending(path: "data/markets.csv"))
        let b = try #require(markets.first { $0["market_id"] == "pasar-b" })
        #expect(b["open"] == "2" && b["excluded_from_time_statistics"] == "0", "B2 and X2 are open at the as-of moment: \(b)")
        let check = try SiteCheck.run(site.options(asOf: nil))
        let findings = check.warnings.map(\.description).joined(separator: "\n")
        #expect(findings.contains("the default as-of moment leaves out 2 time(s) that cannot be real recordings: 2 far beyond every other time"))
        #expect(findings.contains("the complaints concerned: X1, X2"))
        #expect(findings.contains("if they are real, build with --as-of 2099-01-01T08:00:00+07:00"))
        #expect(findings.contains(#"table complaints, row id "X2": warning: resolved_at "9999-12-01T08:00:00+07:00" after the as-of moment"#))
        #expect(findings.contains(#"table complaints, row id "X1": warning: received_at "2099-01-01T08:00:00+07:00" after the as-of moment"#))
    }

    @Test func aLaterTimeOnTheCommandLineCountsWhatTheDataLeaveOut() throws {
        let site = try siteWithWildTimestamps()
        defer { site.remove() }
        let report = try Site.build(site.options(asOf: "2026-01-10"))
        #expect(report.asOf == .option(try Timestamp.parse("2026-01-10T23:59:59+07:00").get()))
        #expect(report.complaintsAfterAsOf == 1)  // X1, not yet received as of then
    }
}
