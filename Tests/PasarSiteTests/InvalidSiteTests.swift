import Foundation
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// The invalid sites in Fixtures/invalid/, one folder per case (as Zola keeps its test sites): each
/// is the mini site with some files replaced (`files/`), optionally another schema (`schema.sql`) or
/// more rows (`database.sql`), `as-of.txt` or `source-date-epoch.txt`. The build must stop with the
/// error in `expected-error.txt` — a located, one-line message, never a crash or a hang — and write nothing.
@Suite struct InvalidSiteTests {
    static let folder = FixtureSite.fixtures.appending(path: "invalid")
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()

    @Test func thereAreCases() { #expect(Self.cases.count >= 6) }

    @Test(arguments: cases) func stopsWithTheExpectedError(name: String) throws {
        let folder = Self.folder.appending(path: name)
        func text(_ file: String) -> String? {
            (try? String(contentsOf: folder.appending(path: file), encoding: .utf8))?.trimmingCharacters(in: .newlines)
        }
        let site = try FixtureSite(schema: text("schema.sql") ?? ComplaintDatabaseSchema.createStatements)
        defer { site.remove() }
        if let sql = text("database.sql") { try site.execute(sql) }
        let files = folder.appending(path: "files")
        for (path, _) in try FixtureSite.snapshot(files) {
            try FileManager.default.removeItem(at: site.root.appending(path: path))
            try FileManager.default.copyItem(at: files.appending(path: path), to: site.root.appending(path: path))
        }
        var options = site.options(asOf: text("as-of.txt") ?? (text("source-date-epoch.txt") == nil ? FixtureSite.miniAsOf : nil))
        options.sourceDateEpoch = text("source-date-epoch.txt")
        let expected = try #require(text("expected-error.txt"))
        let error = try #require(throws: PasarError.self) { try Site.build(options) }
        #expect(error.text.hasPrefix(expected), "\(error.text)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        // Said in Indonesian too: every message and hint of the error has its translation.
        for diagnostic in error.diagnostics {
            for template in diagnostic.text.templates + (diagnostic.hintText?.templates ?? []) {
                #expect(MessageCatalog.indonesian[template] != nil, "no Indonesian for \(template)")
            }
        }
    }
}
