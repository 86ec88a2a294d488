import Foundation
import Testing
import PasarCore
@testable import PasarSite

/// Each bad input stops the build with an error naming the file and line or the table and row,
/// and leaves the previous site untouched.
@Suite struct BadInputTests {
    /// Builds once, breaks the site with `damage`, builds again, and returns the error text after
    /// checking that the output did not change.
    func failure(_ damage: (FixtureSite) throws -> Void, asOf: String? = FixtureSite.miniAsOf) throws -> String {
        let site = try FixtureSite()
        defer { site.remove() }
        _ = try Site.build(site.options())
        let before = try FixtureSite.snapshot(site.output)
        try damage(site)
        let error = try #require(throws: PasarError.self) { try Site.build(site.options(asOf: asOf)) }
        #expect(try FixtureSite.snapshot(site.output) == before)
        return error.text
    }

    @Test func missingDatabase() throws {
        let text = try failure { try FileManager.default.removeItem(at: $0.database) }
        #expect(text.hasPrefix("database/uji.sqlite: error: database not found"))
        #expect(text.contains("hint: run `pasar demo`"))
    }

    @Test func aFileThatIsNotADatabase() throws {
        let text = try failure { try Data("bukan basis data".utf8).write(to: $0.database) }
        #expect(text.hasPrefix("database/uji.sqlite: error: not an SQLite database"))
    }

    @Test func aDatabaseWithoutTheExpectedTables() throws {
        let text = try failure { site in
            try FileManager.default.removeItem(at: site.database)
            try FixtureSite.makeDatabase(at: site.database, sql: "", schema: "CREATE TABLE meta (key TEXT, value TEXT); INSERT INTO meta VALUES ('schema_version', '1');")
        }
        #expect(text.hasPrefix("database/uji.sqlite: error: the database has no table markets"))
    }

    @Test func aMissingColumn() throws {
        let text = try failure { try $0.execute("ALTER TABLE complaints DROP COLUMN confidentiality") }
        #expect(text.hasPrefix("table complaints: error: missing column confidentiality"))
    }

    @Test func anUnknownSchemaVersion() throws {
        let text = try failure { try $0.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'") }
        #expect(text.hasPrefix("table meta, row id \"schema_version\": error: unknown schema version \"2\""))
    }

    @Test func aMarketIdThatIsUnsafeAsAPath() throws {
        let text = try failure { try $0.execute("INSERT INTO markets (id, name) VALUES ('../x', 'Jahat')") }
        #expect(text.hasPrefix("table markets, row id \"../x\": error: market id \"../x\" cannot be used in a web address"))
    }

    @Test func aStandardDocumentNameThatIsUnsafeAsAPath() throws {
        let text = try failure { try $0.write("---\ntitle: X\nresponse_standard: {}\n---\n", to: "content/pasar/pasar b.md") }
        #expect(text.hasPrefix("content/pasar/pasar b.md: error: \"pasar b\" cannot be a market id"))
    }

    @Test func malformedFrontMatter() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar A\nresponse_standard: {default: [1 jam\n---\n", to: "content/pasar/pasar-a.md") }
        #expect(text.hasPrefix("content/pasar/pasar-a.md:4"))
        #expect(text.contains("error: invalid YAML"))
    }

    @Test func unclosedFrontMatter() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar A\n", to: "content/pasar/pasar-a.md") }
        #expect(text.hasPrefix("content/pasar/pasar-a.md:1: error: front matter starts with '---' but is never closed"))
    }

    @Test func anUnknownUnit() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar A\nresponse_standard:\n  parkir: {resolve: 5 hari kerj}\n---\n", to: "content/pasar/pasar-a.md") }
        #expect(text.hasPrefix("content/pasar/pasar-a.md:4:21: error: unknown unit \"hari kerj\""))
        #expect(text.contains("did you mean \"hari kerja\"?"))
    }

    @Test func aMisspeltKey() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar A\nresponse_standard:\n  parkir:\n    resolve_whitin: 5 hari kerja\n---\n", to: "content/pasar/pasar-a.md") }
        #expect(text.hasPrefix("content/pasar/pasar-a.md:5:5: error: unknown key \"resolve_whitin\"; allowed keys: respond, resolve"))
        #expect(text.contains("did you mean \"resolve\"?"))
    }

    @Test func anUnknownCategory() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar A\nresponse_standard:\n  sampah: {resolve: 2 hari}\n---\n", to: "content/pasar/pasar-a.md") }
        #expect(text.hasPrefix("content/pasar/pasar-a.md:4:3: error: unknown category \"sampah\" in response_standard"))
    }

    @Test func aStandardForAMarketThatIsNotInTheDatabase() throws {
        let text = try failure { try $0.write("---\ntitle: Pasar Z\nresponse_standard: {}\n---\n", to: "content/pasar/pasar-z.md") }
        #expect(text.hasPrefix("content/pasar/pasar-z.md: error: market \"pasar-z\" is not in the database's markets table"))
    }

    @Test func aRegencyStandardWithoutACompleteDefault() throws {
        let text = try failure { try $0.write("---\ntitle: Kabupaten\nresponse_standard:\n  default: {resolve: 2 hari kerja}\n---\n", to: "content/pasar/_default.md") }
        #expect(text.hasPrefix("content/pasar/_default.md:4:3: error: the regency-wide standard needs a default with both respond and resolve"))
    }

    @Test func aBaseURLThatIsNotAbsolute() throws {
        let text = try failure { site in
            let config = try site.read("site.yml", in: site.root.appending(path: "content"))
            try site.write(config.replacingOccurrences(of: "https://pasar.uji.example/", with: "pasar.uji.example"), to: "content/site.yml")
        }
        #expect(text.hasPrefix("content/site.yml:10:11: error: base_url must be an absolute http:// or https:// address"))
    }

    @Test func aHolidayOfUnknownKind() throws {
        let text = try failure { try $0.write("covers: {from: 2025-01-01, to: 2025-12-31}\ndays:\n  - {date: 2025-12-25, kind: libur, name: Natal}\n", to: "content/hari-libur.yml") }
        #expect(text.hasPrefix("content/hari-libur.yml:3:30: error: unknown kind \"libur\""))
    }

    @Test func anAsOfThatIsNotATime() throws {
        let text = try failure({ _ in }, asOf: "31/12/2025")
        #expect(text.contains("error: --as-of \"31/12/2025\" not an ISO 8601 date and time"))
    }
}
