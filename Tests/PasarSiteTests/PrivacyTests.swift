import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Personal data planted in a fixture never reaches a published file; HTML in summaries is escaped.
@Suite struct PrivacyTests {
    static let planted = [
        // phone numbers, e-mail addresses and NIK numbers written into public summaries
        "0812-7777-6666", "081277776666", "+62 857 1234 9876", "pelapor.rahasia@contoh.id", "3273014405890001", "3273.0144.0589.0002",
        // the rahasia complaint's summary and the reporters' names and contacts from the private columns
        "RAHASIA-PENANDA", "CANARY", "canary", "0812999900",
        // the numbers of rahasia complaints: one with an impossible record, one received after the as-of moment
        "RHS-777", "RHS-778",
    ]

    func build() throws -> (FixtureSite, BuildReport) {
        let site = try FixtureSite()
        try site.execute("""
            UPDATE complaints SET public_summary = 'Hubungi 0812-7777-6666 atau 081277776666.' WHERE id = 'A1';
            UPDATE complaints SET public_summary = 'Surel pelapor.rahasia@contoh.id, WA +62 857 1234 9876' WHERE id = 'A2';
            UPDATE complaints SET public_summary = 'NIK 3273014405890001 dan 3273.0144.0589.0002 tertera.' WHERE id = 'A3';
            UPDATE complaints SET public_summary = '<script>alert("x")</script> & <b>tebal</b>' WHERE id = 'A4';
            UPDATE complaints SET public_summary = '=HYPERLINK("http://contoh.example","klik")' WHERE id = 'A7';
            INSERT INTO complaints (id, market_id, category_id, received_at, status, public_summary, reporter_name, reporter_phone, reporter_contact, confidentiality)
            VALUES ('R1', 'pasar-a', 'kebersihan', '2025-12-30T08:00:00+07:00', 'diterima', 'RAHASIA-PENANDA kios 7', 'CANARY Ratna', '081299990099', 'canary-r@example.org', 'rahasia');
            INSERT INTO complaints (id, market_id, category_id, received_at, resolved_at, status, confidentiality) VALUES
              ('RHS-777', 'pasar-b', 'parkir', '2025-12-20T08:00:00+07:00', '2025-12-19T08:00:00+07:00', 'selesai', 'rahasia'),
              ('RHS-778', 'pasar-b', 'parkir', '2026-02-20T08:00:00+07:00', NULL, 'diterima', 'rahasia');
            """)
        return (site, try Site.build(site.options()))
    }

    @Test func nothingPlantedReachesAnyPublishedFile() throws {
        let (site, report) = try build()
        defer { site.remove() }
        var files = try FixtureSite.snapshot(site.output)
        #expect(files.keys.contains("data/complaints-2025.csv") && files.keys.contains("data/pasar-terbuka-data.zip"))
        // The zip is compressed: what it holds is searched too.
        for (name, data) in try FixtureSite.unzip(site.output.appending(path: "data/pasar-terbuka-data.zip")) { files["zip:" + name] = data }
        #expect(files.keys.contains("zip:complaints-2025.csv"))
        // So are the lookup files.
        for (name, _) in files where name.hasSuffix(".json.gz") { files["gz:" + name] = try FixtureSite.gunzip(site.output.appending(path: name)) }
        #expect(files.keys.contains { $0.hasPrefix("gz:lacak/lain/") }, "the mini site's numbers carry no year")
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            for secret in Self.planted { #expect(!text.contains(secret), "\(secret) leaked into \(path)") }
        }
        #expect(report.scrubbed.phoneNumbers == 3 && report.scrubbed.emailAddresses == 1 && report.scrubbed.nikNumbers == 2)
        // The output's manifest (published with the site) keeps the warning, without the number.
        #expect(files[".pasar-output"].map { String(decoding: $0, as: UTF8.self).contains("resolved_at is earlier than received_at") } == true)
        // The officer at the terminal still sees which complaint it is.
        let check = try SiteCheck.run(site.options()).warnings.map(\.description)
        #expect(check.contains { $0.hasPrefix(#"table complaints, row id "RHS-777": warning: resolved_at is earlier"#) })
    }

    @Test func rahasiaComplaintsAreCountedButNotListedAndAnonimOnesCarryNoReporter() throws {
        let (site, _) = try build()
        defer { site.remove() }
        let csv = try site.read("data/complaints-2025.csv")
        #expect(!csv.contains("\nR1,"))
        #expect(try site.read("data/markets.csv").contains("pasar-a,Pasar A,Kota Uji,11,"))  // R1 is counted
        #expect(csv.contains("\nA1,pasar-a,kebersihan,langsung,2025-12-24T10:00:00+07:00,2025-12-24T12:00:00+07:00,2025-12-30T15:00:00+07:00,selesai,biasa,Hubungi [nomor telepon] atau [nomor telepon].,"))
        #expect(csv.contains("\nA4,pasar-a,kebersihan,langsung,2025-12-26T11:00:00+07:00,,,diverifikasi,anonim,"))
        #expect(!csv.contains("reporter"))
    }

    @Test func htmlAndFormulasInSummariesAreMadeHarmlessEverywhere() throws {
        let (site, _) = try build()
        defer { site.remove() }
        let csv = try site.read("data/complaints-2025.csv")
        // CSV keeps the text, quoted as RFC 4180 requires; a formula is defused for spreadsheets.
        #expect(csv.contains(#","<script>alert(""x"")</script> & <b>tebal</b>","#))
        #expect(csv.contains(#","'=HYPERLINK(""http://contoh.example"",""klik"")","#))
        // The complaint files have no JSON twin; every JSON file escapes markup.
        #expect(!FileManager.default.fileExists(atPath: site.output.appending(path: "data/complaints-2025.json").path))
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(!page.contains("<script>alert") && page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;tebal&lt;/b&gt;"))
    }

    @Test func marketNamesCannotBreakOutOfTheStructuredData() throws {
        let site = try FixtureSite()
        defer { site.remove() }
        try site.execute("UPDATE markets SET name = 'Pasar A</script><script>alert(1)</script>' WHERE id = 'pasar-a'")
        _ = try Site.build(site.options())
        let page = try site.read("pasar/pasar-a/index.html")
        #expect(!page.contains("</script><script>alert(1)"))
        #expect(page.contains("Pasar A\\u003c/script\\u003e"))
        #expect(page.contains("<h1>Pasar A&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
        // JSON files escape markup too, so they are safe to embed.
        #expect(try site.read("data/markets.json").contains("Pasar A\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
    }
}
