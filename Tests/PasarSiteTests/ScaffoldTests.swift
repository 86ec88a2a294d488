import Foundation
import GRDB
import Testing
import PasarCore
import PasarSources
@testable import PasarSite

/// `pasar init` and `pasar new pasar`: a new site builds at once and passes check; a new market's
/// document and row; the files init copies are the repository's own.
@Suite struct ScaffoldTests {
    static let today = CivilDate(year: 2026, month: 11, day: 25)!
    static let now = Timestamp(seconds: today.startInWIB.seconds + 9 * 3600)

    func newSite() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appending(path: "pasar-init-\(UUID().uuidString)", directoryHint: .isDirectory)
        _ = try SiteScaffold.create(in: folder, office: .init(regency: "Kabupaten Uji"), today: Self.today, now: Self.now)
        return folder
    }

    @Test func aNewSiteBuildsAtOnceAndPassesCheck() throws {
        let folder = try newSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = try Site.build(BuildOptions(root: folder))
        #expect(report.markets == 0 && report.complaintsInDatabase == 0)
        #expect(report.asOf == .databaseCreated(Self.now))
        let check = try SiteCheck.run(BuildOptions(root: folder))
        #expect(Set(check.warnings.map(\.message).map { String($0.prefix(24)) }) == ["base_url is not set, so ", "no frozen edition yet: c"])
        // The regency standard names all fourteen components.
        #expect(!check.warnings.contains { $0.message.contains("service-standard components") })
        let home = try String(contentsOf: folder.appending(path: "public/index.html"), encoding: .utf8)
        #expect(home.contains("Kabupaten Uji"))
        // A second init into the same folder writes nothing.
        #expect(throws: PasarError.self) { try SiteScaffold.create(in: folder, office: .init(), today: Self.today, now: Self.now) }
    }

    @Test func aNewMarketGetsItsDocumentAndRowAndTheSiteStillPassesCheck() throws {
        let folder = try newSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appending(path: "database/pengaduan.sqlite")
        let written = try SiteScaffold.newMarket(root: folder, id: "pasar-baru", name: "Pasar Baru", district: "Kota", address: "Jl. Satu",
                                                 database: (database, "database/pengaduan.sqlite"), today: Self.today)
        #expect(written == ["content/pasar/pasar-baru.md", "database/pengaduan.sqlite (markets: pasar-baru)"])
        let document = try String(contentsOf: folder.appending(path: "content/pasar/pasar-baru.md"), encoding: .utf8)
        #expect(document.hasPrefix("---\ntitle: Standar Pelayanan Pasar Baru\nlast_reviewed: 2026-11-25\n"))
        for component in ServiceStandardComponent.allCases { #expect(document.contains("## \(component.name)")) }
        let queue = try DatabaseQueue(path: database.path)
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT name FROM markets WHERE id = 'pasar-baru'") } == "Pasar Baru")
        try queue.close()
        let check = try SiteCheck.run(BuildOptions(root: folder))
        #expect(!check.warnings.contains { $0.message.contains("pasar-baru") })
        _ = try Site.build(BuildOptions(root: folder))
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "public/pasar/pasar-baru/index.html").path))
        let again = try #require(throws: PasarError.self) {
            try SiteScaffold.newMarket(root: folder, id: "pasar-baru", name: "X", district: "", address: "", database: nil, today: Self.today)
        }
        #expect(again.text.hasPrefix("content/pasar/pasar-baru.md: error: the file already exists"))
        #expect(throws: PasarError.self) {
            try SiteScaffold.newMarket(root: folder, id: "Pasar Lama", name: "X", district: "", address: "", database: nil, today: Self.today)
        }
    }

    /// `pasar new kegiatan` and `pasar new pengumuman`: documents that build at once, named from the
    /// title, with a title containing ':' kept whole, and a located refusal to overwrite.
    @Test func aNewActivityAndAnnouncementBuildAtOnce() throws {
        let folder = try newSite()
        defer { try? FileManager.default.removeItem(at: folder) }
        let activity = try SiteScaffold.newActivity(root: folder, slug: nil, title: "Pelatihan: pembukuan #1", date: "2026-12-03",
                                                    time: "09.00-12.00", place: "Aula Dinas", markets: [])
        #expect(activity == ["content/kegiatan/pelatihan-pembukuan-1.md"])
        let notice = try SiteScaffold.newAnnouncement(root: folder, slug: "karcis", title: "Retribusi selalu dengan karcis", date: nil,
                                                      expires: "2026-12-31", today: Self.today)
        #expect(notice == ["content/pengumuman/karcis.md"])
        let text = try String(contentsOf: folder.appending(path: "content/pengumuman/karcis.md"), encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: Retribusi selalu dengan karcis\ndate: 2026-11-25\nexpires: 2026-12-31\n"))
        _ = try Site.build(BuildOptions(root: folder, asOf: "2026-11-25"))
        let page = try String(contentsOf: folder.appending(path: "public/kegiatan/pelatihan-pembukuan-1/index.html"), encoding: .utf8)
        #expect(page.contains(">Pelatihan: pembukuan #1</h1>"))
        #expect(page.contains("Kamis, 3 Desember 2026, 09.00–12.00 WIB"))
        #expect(try String(contentsOf: folder.appending(path: "public/index.html"), encoding: .utf8).contains(">Retribusi selalu dengan karcis</a>"))
        let again = try #require(throws: PasarError.self) {
            try SiteScaffold.newAnnouncement(root: folder, slug: "karcis", title: "X", date: nil, expires: nil, today: Self.today)
        }
        #expect(again.text.hasPrefix("content/pengumuman/karcis.md: error: the file already exists"))
        let badDate = try #require(throws: PasarError.self) {
            try SiteScaffold.newActivity(root: folder, slug: nil, title: "Y", date: "3/12/2026", time: nil, place: nil, markets: [])
        }
        #expect(badDate.text.hasPrefix("error: --date \"3/12/2026\" is not a date"))
        #expect(throws: PasarError.self) {
            try SiteScaffold.newActivity(root: folder, slug: nil, title: "Y", date: "2026-12-03", time: "pagi", place: nil, markets: [])
        }
    }

    /// .ci/embed-theme copies themes/default and the holiday list into the program for pasar init.
    @Test func theFilesInitWritesAreTheRepositorysOwn() throws {
        let repository = FixtureSite.repository
        var onDisk = try FixtureSite.snapshot(repository.appending(path: "themes/default", directoryHint: .isDirectory))
            .reduce(into: [String: Data]()) { $0["themes/default/" + $1.key] = $1.value }
        onDisk["content/hari-libur.yml"] = try Data(contentsOf: repository.appending(path: "content/hari-libur.yml"))
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedFiles.all.map { ($0.path, Data($0.text.utf8)) })
        #expect(Set(embedded.keys) == Set(onDisk.keys), "run .ci/embed-theme")
        for (path, data) in onDisk { #expect(embedded[path] == data, "\(path) differs from its embedded copy: run .ci/embed-theme") }
    }
}
