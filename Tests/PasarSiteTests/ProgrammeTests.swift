import Foundation
import Testing
import PasarCore
import PasarSources
@testable import PasarRender
@testable import PasarSite

/// The traders' programme: activities ordered around the as-of moment (never the clock), cancelled
/// activities kept and marked, announcements leaving the home page after their expiry but staying in
/// the list and the feed, calendar files a validating parser accepts, and located errors.
/// The mini site's as-of moment is 31 December 2025, 12.00 WIB.
@Suite struct ProgrammeTests {
    static func activity(_ title: String, date: String, _ extra: String = "") -> String {
        "---\ntitle: \(title)\ndate: \(date)\nplace: Balai \(title)\n\(extra)---\nTentang \(title).\n"
    }

    /// A mini site with activities before, around and after the as-of moment.
    static func siteWithProgramme() throws -> FixtureSite {
        let site = try FixtureSite()
        let activities = [
            "pagi-selesai": activity("Pagi selesai", date: "2025-12-31", "time: 08.00-11.00\n"),
            "sedang-berlangsung": activity("Sedang berlangsung", date: "2025-12-31", "time: 10.00-13.00\nmarkets: [pasar-a]\n"),
            "sehari-penuh": activity("Sehari penuh", date: "2025-12-31"),
            "kemarin": activity("Kemarin", date: "2025-12-30", "markets: pasar-b\n"),
            "batal": activity("Batal", date: "2026-01-02", "time: 09.00\nmarkets: [pasar-a]\ncancelled: Ditunda karena banjir.\n"),
            "tahun-baru": activity("Tahun baru", date: "2026-01-05", "until: 2026-01-07\ntime: 09.00 s.d. 12.00\nmarkets: [pasar-b]\n"),
        ]
        for (slug, text) in activities { try site.write(text, to: "content/kegiatan/\(slug).md") }
        try site.write("---\ntitle: Pengumuman lama\ndate: 2025-11-01\nexpires: 2025-12-30\n---\nSudah lewat.\n", to: "content/pengumuman/lama.md")
        try site.write("---\ntitle: Berlaku hari ini\ndate: 2025-12-01\nexpires: 2025-12-31\n---\nMasih berlaku.\n", to: "content/pengumuman/hari-ini.md")
        try site.write("---\ntitle: Tanpa batas\ndate: 2025-12-20\ndescription: Ringkas.\n---\nSelalu.\n", to: "content/pengumuman/tanpa-batas.md")
        try site.write("---\ntitle: Khusus Pasar B\ndate: 2025-12-10\nmarkets: [pasar-b]\n---\nHanya B.\n", to: "content/pengumuman/khusus-b.md")
        return site
    }

    @Test func upcomingAndPastAreDecidedByTheAsOfMoment() throws {
        let site = try Self.siteWithProgramme()
        defer { site.remove() }
        let activities = try Activity.loadAll(root: site.root, markdown: MarkdownRenderer())
        let announcements = try Announcement.loadAll(root: site.root, markdown: MarkdownRenderer())
        let asOf = try Timestamp.parse(FixtureSite.miniAsOf).get()
        let programme = Programme(activities: activities, announcements: announcements, asOf: asOf)
        let slugs = { (indices: [Int]) in indices.map { activities[$0].slug } }
        // Under way at 12.00 counts as upcoming; a whole day lasts until midnight; soonest first.
        #expect(slugs(programme.upcoming) == ["sehari-penuh", "sedang-berlangsung", "batal", "tahun-baru"])
        #expect(slugs(programme.past) == ["pagi-selesai", "kemarin"])
        // A market sees its own activities and the regency-wide ones, not another market's.
        #expect(slugs(programme.upcoming(forMarket: "pasar-a", limit: 3)) == ["sehari-penuh", "sedang-berlangsung", "batal"])
        #expect(slugs(programme.upcoming(forMarket: "pasar-b", limit: 9)) == ["sehari-penuh", "tahun-baru"])
        // Expiry is inclusive: a notice valid until today is still current.
        let titles = { (indices: [Int]) in indices.map { announcements[$0].slug } }
        #expect(titles(programme.newestFirst) == ["tanpa-batas", "khusus-b", "hari-ini", "lama"])
        #expect(titles(programme.current) == ["tanpa-batas", "khusus-b", "hari-ini"])
        // One second later the activity under way is still upcoming; after 13.00 it is past.
        let later = Programme(activities: activities, announcements: [], asOf: asOf.adding(seconds: 3600))
        #expect(slugs(later.past) == ["sedang-berlangsung", "pagi-selesai", "kemarin"])
    }

    @Test func pagesCalendarsAndFeedShowTheProgramme() throws {
        let site = try Self.siteWithProgramme()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let index = try site.read("kegiatan/index.html")
        let upcoming = try #require(index.range(of: "id=\"upcoming-heading\""))
        let past = try #require(index.range(of: "id=\"past-heading\""))
        let positions = ["Sehari penuh", "Sedang berlangsung", "Batal", "Tahun baru", "Pagi selesai", "Kemarin"].map {
            index.range(of: ">\($0)</a>")?.lowerBound
        }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "activities in the wrong order")
        #expect(found[3] < past.lowerBound && found[4] > past.lowerBound && found[0] > upcoming.lowerBound)
        // The cancelled activity stays, marked, with its reason on its page.
        #expect(index.contains("class=\"cancelled\""))
        let cancelled = try site.read("kegiatan/batal/index.html")
        #expect(cancelled.contains("Dibatalkan:</strong> <span lang=\"id\">Ditunda karena banjir.</span>"))
        #expect(try site.read("kegiatan/batal/batal.ics").contains("STATUS:CANCELLED"))
        // A market page lists its next activities, not another market's.
        let marketA = try site.read("pasar/pasar-a/index.html")
        #expect(marketA.contains(">Batal</a>") && marketA.contains(">Sedang berlangsung</a>") && !marketA.contains(">Tahun baru</a>"))
        let marketB = try site.read("pasar/pasar-b/index.html")
        #expect(marketB.contains(">Tahun baru</a>"))
        // A market page shows the current announcements for it and for every market.
        #expect(marketB.contains(">Khusus Pasar B</a>") && marketB.contains(">Tanpa batas</a>") && !marketB.contains(">Pengumuman lama</a>"))
        #expect(!marketA.contains(">Khusus Pasar B</a>") && marketA.contains(">Tanpa batas</a>"))
        // Home: the current announcements only; the expired one stays in the list and in the feed.
        let home = try site.read("index.html")
        #expect(home.contains(">Berlaku hari ini</a>") && home.contains(">Tanpa batas</a>") && !home.contains(">Pengumuman lama</a>"))
        let list = try site.read("pengumuman/index.html")
        let expired = try #require(list.range(of: "id=\"expired-heading\""))
        #expect(try #require(list.range(of: ">Pengumuman lama</a>")).lowerBound > expired.lowerBound)
        let newest = try #require(list.range(of: ">Tanpa batas</a>")), older = try #require(list.range(of: ">Berlaku hari ini</a>"))
        #expect(newest.lowerBound < older.lowerBound)
        let feed = try site.read("feed.xml")
        for slug in ["lama", "hari-ini", "tanpa-batas"] {
            #expect(feed.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://pasar.uji.example/pengumuman/\(slug)/\"/>"))
        }
        #expect(feed.contains("<id>tag:pasar.uji.example,2025-12-20:pengumuman/tanpa-batas/</id>"))
        // The navigation leads to both lists.
        #expect(home.contains("href=\"kegiatan/\"") && home.contains("href=\"pengumuman/\""))
    }

    /// Every calendar file read by Python's icalendar (a validating parser) and checked against RFC
    /// 5545's rules that readers stumble on: CRLF, lines of at most 75 octets, UTC DTSTAMP, zone.
    @Test func calendarFilesAreValidICalendar() throws {
        let site = try Self.siteWithProgramme()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let script = """
            import sys, icalendar
            from datetime import datetime, date, timedelta, timezone
            wib = timezone(timedelta(hours=7))
            out = []
            for path in sys.argv[1:]:
                raw = open(path, 'rb').read()
                assert raw.endswith(b'\\r\\n') and b'\\n' not in raw.replace(b'\\r\\n', b''), path + ': bare line feed'
                assert all(len(line) <= 75 for line in raw.split(b'\\r\\n')), path + ': line longer than 75 octets'
                cal = icalendar.Calendar.from_ical(raw.decode('utf-8'))
                assert cal.errors == [], (path, cal.errors)
                assert str(cal['VERSION']) == '2.0' and 'PRODID' in cal
                for event in cal.walk('VEVENT'):
                    assert event.errors == [], (path, event.errors)
                    start = event.decoded('DTSTART')
                    stamp = event.decoded('DTSTAMP')
                    assert stamp.tzinfo is not None and stamp.utcoffset() == timedelta(0)
                    if isinstance(start, datetime):
                        assert start.utcoffset() == timedelta(hours=7), path
                        start = start.astimezone(wib).strftime('%Y-%m-%dT%H:%M')
                    else:
                        start = start.isoformat()
                    end = event.get('DTEND')
                    out.append('|'.join([path.split('/')[-1], str(event['UID']), start, str(event['STATUS']),
                                         str(event.get('RRULE', '')and event['RRULE'].to_ical().decode()), str(event['SUMMARY'])]))
            print('\\n'.join(out))
            """
        let folder = site.output.appending(path: "kegiatan")
        let files = ["kegiatan.ics", "batal/batal.ics", "tahun-baru/tahun-baru.ics", "sehari-penuh/sehari-penuh.ics"]
        let result = try ExternalTool.run("python", ["-c", script] + files.map { folder.appending(path: $0).path })
        #expect(result.status == 0, "\(result.output)")
        let lines = result.output.split(separator: "\n").map(String.init)
        // The subscription holds the four upcoming activities, soonest first, with stable UIDs.
        #expect(lines.prefix(4) == [
            "kegiatan.ics|kegiatan-sehari-penuh@pasar.uji.example|2025-12-31|CONFIRMED||Sehari penuh",
            "kegiatan.ics|kegiatan-sedang-berlangsung@pasar.uji.example|2025-12-31T10:00|CONFIRMED||Sedang berlangsung",
            "kegiatan.ics|kegiatan-batal@pasar.uji.example|2026-01-02T09:00|CANCELLED||DIBATALKAN: Batal",
            "kegiatan.ics|kegiatan-tahun-baru@pasar.uji.example|2026-01-05T09:00|CONFIRMED|FREQ=DAILY;COUNT=3|Tahun baru",
        ])
        #expect(lines.count == 7)
        #expect(lines[4] == "batal.ics|kegiatan-batal@pasar.uji.example|2026-01-02T09:00|CANCELLED||DIBATALKAN: Batal")
    }

    /// A province's programme: the list names the 100 soonest and counts the rest, which the
    /// calendar file still holds in full.
    @Test func theListStaysSmallWithManyActivities() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        for day in 0..<130 {
            let date = CivilDate(year: 2026, month: 1, day: 1)!.adding(days: day)
            try site.write(Self.activity("Sesi \(day)", date: date.description), to: "content/kegiatan/sesi-\(day).md")
        }
        _ = try Site.build(site.options())
        let index = try site.read("kegiatan/index.html")
        #expect(index.components(separatedBy: "<li><a href=\"../kegiatan/sesi-").count - 1 == ActivitiesPageContext.upcomingShown)
        #expect(index.contains("30 kegiatan lain yang lebih jauh tidak ditampilkan di sini"))
        #expect(index.contains(">Sesi 99</a>") && !index.contains(">Sesi 100</a>"))
        #expect(try site.read("kegiatan/kegiatan.ics").components(separatedBy: "BEGIN:VEVENT").count - 1 == 130)
    }

    @Test func textIsEscapedAndLongLinesFoldWithoutSplittingCharacters() {
        #expect(ICalendar.text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        let line = "DESCRIPTION:" + String(repeating: "é", count: 60)
        let folded = ICalendar.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count == 2 && pieces.allSatisfy { $0.utf8.count <= 75 } && pieces[1].hasPrefix(" "))
        #expect(String(pieces[0] + pieces[1].dropFirst()) == line)
        #expect(ICalendar.utc(Timestamp(seconds: 0)) == "19700101T000000Z")
    }

    @Test(arguments: [
        ("time: 12.00-09.00\n", "content/kegiatan/x.md:5:7: error: the activity ends (12.00-09.00) before it starts"),
        ("time: pagi\n", "content/kegiatan/x.md:5:7: error: expected a time in WIB such as 09.00 or 09.00-12.00, found \"pagi\""),
        ("markets: [pasar-c]\n", "content/kegiatan/x.md:5:10: error: market \"pasar-c\" is not in the database's markets table"),
        ("until: 2025-01-01\n", "content/kegiatan/x.md:5:8: error: until (2025-01-01) is before date (2026-01-05)"),
        ("tempat: Balai\n", "content/kegiatan/x.md:5:1: error: unknown key \"tempat\""),
    ])
    func mistakesInAnActivityAreLocated(extra: String, expected: String) throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write(Self.activity("X", date: "2026-01-05", extra), to: "content/kegiatan/x.md")
        let error = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(error.text.hasPrefix(expected), "\(error.text)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func anAnnouncementThatExpiresBeforeItsDateIsAnError() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.write("---\ntitle: A\ndate: 2025-12-01\nexpires: 2025-11-01\n---\n", to: "content/pengumuman/a.md")
        let error = try #require(throws: PasarError.self) { try Site.build(site.options()) }
        #expect(error.text.hasPrefix("content/pengumuman/a.md:4:10: error: expires (2025-11-01) is before date (2025-12-01)"), "\(error.text)")
    }
}
