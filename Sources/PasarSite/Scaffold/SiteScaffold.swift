import Foundation
import GRDB
import PasarCore
import PasarSources

/// `pasar init` and `pasar new pasar`: a new site that builds at once, and a market's standard
/// document filled with the fourteen components to complete. Nothing that exists is overwritten.
public enum SiteScaffold {
    /// What the new site says about its office; placeholders an officer replaces.
    public struct Office: Sendable {
        public var regency: String
        public var officeName: String
        public var officeShortName: String

        public init(regency: String = "Kabupaten Contoh", officeName: String? = nil, officeShortName: String? = nil) {
            self.regency = regency
            self.officeName = officeName ?? "Dinas Koperasi, Usaha Mikro, Perdagangan dan Perindustrian \(regency)"
            self.officeShortName = officeShortName ?? "DKUPP \(regency)"
        }
    }

    /// Writes a new site into `folder` (made if needed; refused when it already holds a site):
    /// settings, the regency standard, two pages, the holiday calendar, the default theme and an
    /// empty database. `today` dates the standard's review; `now` is the database's creation time,
    /// the as-of moment until complaints come in. Returns the paths written.
    public static func create(in folder: URL, office: Office, today: CivilDate, now: Timestamp) throws(PasarError) -> [String] {
        let fm = FileManager.default
        for marker in ["content/site.yml", "content", "themes"] where fm.fileExists(atPath: folder.appending(path: marker).path) {
            throw PasarError("\(folder.path) already holds a site (\(marker) exists); nothing was written",
                             hint: "choose a new or empty folder: pasar init FOLDER")
        }
        var files: [(String, String)] = [
            ("content/site.yml", siteConfig(office)),
            ("content/pasar/_default.md", regencyStandard(office, today: today)),
            ("content/halaman/cara-mengadu.md", howToComplain(office)),
            ("content/halaman/tentang.md", about(office)),
            (".gitignore", "# Situs yang dibangun dan basis data pengaduan (berisi data pribadi pelapor) tidak disimpan di git.\n/public/\n/database/\n.public.pasar-*\n"),
        ]
        files += EmbeddedFiles.all.map { ($0.path, $0.text) }
        for (path, text) in files { try write(text, to: folder.appending(path: path), shownAs: path) }
        let database = "database/pengaduan.sqlite"
        try createDatabase(at: folder.appending(path: database), shownAs: database, now: now)
        return files.map(\.0) + [database]
    }

    /// The empty complaint database: the schema, the seven standard categories and its creation time.
    static func createDatabase(at url: URL, shownAs name: String, now: Timestamp) throws(PasarError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let queue = try DatabaseQueue(path: url.path)
            defer { try? queue.close() }
            try queue.write { db in
                try ComplaintDatabase.create(db)
                try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('created_at', ?)", arguments: [now.description])
            }
        } catch {
            throw PasarError("cannot create the database: \(error)", at: .file(name))
        }
    }

    /// Writes `content/pasar/<id>.md` for a market, and with `database` its row in the markets table.
    public static func newMarket(root: URL, id: String, name: String, district: String, address: String, database: (url: URL, shownAs: String)?,
                                 today: CivilDate) throws(PasarError) -> [String] {
        guard Identifier.isSafe(id) else { throw PasarError("\"\(id)\" cannot be a market id", hint: Identifier.rule) }
        let path = "\(StandardDocument.folder)/\(id).md"
        let url = root.appending(path: path)
        try refuseExisting(url, shownAs: path)
        var written = [path]
        if let database {
            do {
                let queue = try DatabaseQueue(path: database.url.path)
                defer { try? queue.close() }
                try queue.write { db in
                    try ComplaintDatabase.check(db, name: database.shownAs)
                    if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM markets WHERE id = ?)", arguments: [id]) == true {
                        throw PasarError("market \"\(id)\" is already in the markets table", at: .row(table: "markets", id: id),
                                         hint: "leave out --add-to-database to write only the document")
                    }
                    try db.execute(sql: "INSERT INTO markets (id, name, district, address) VALUES (?, ?, ?, ?)", arguments: [id, name, district, address])
                }
            } catch let error as PasarError {
                throw error
            } catch {
                throw PasarError("cannot add the market to the database: \(error)", at: .file(database.shownAs))
            }
            written.append("\(database.shownAs) (markets: \(id))")
        }
        try write(marketStandard(name: name, today: today), to: url, shownAs: path)
        return written
    }

    /// Writes `content/kegiatan/<slug>.md` (the slug made from the title when not given).
    public static func newActivity(root: URL, slug given: String?, title: String, date: String, time: String?, place: String?,
                                   markets: [String]) throws(PasarError) -> [String] {
        let day = try day(date, option: "--date")
        if let time, ActivitySchedule.parseTimes(time) == nil {
            throw PasarError("--time \"\(time)\" is not a time in WIB", hint: "write 09.00 or 09.00-12.00")
        }
        for id in markets where !Identifier.isSafe(id) { throw PasarError("\"\(id)\" is not a market id", hint: Identifier.rule) }
        let slug = try newSlug(given, title: title)
        let path = "\(Activity.folder)/\(slug).md"
        try write(activity(title: title, date: day, time: time, place: place, markets: markets), to: root.appending(path: path), shownAs: path)
        return [path]
    }

    /// Writes `content/pengumuman/<slug>.md`, dated `date` (today when not given).
    public static func newAnnouncement(root: URL, slug given: String?, title: String, date: String?, expires: String?,
                                       today: CivilDate) throws(PasarError) -> [String] {
        let day = try date.map { text throws(PasarError) in try Self.day(text, option: "--date") } ?? today
        let last = try expires.map { text throws(PasarError) in try Self.day(text, option: "--expires") }
        if let last, last < day { throw PasarError("--expires \(last) is before the date \(day)") }
        let slug = try newSlug(given, title: title)
        let path = "\(Announcement.folder)/\(slug).md"
        try write(announcement(title: title, date: day, expires: last), to: root.appending(path: path), shownAs: path)
        return [path]
    }

    static func day(_ text: String, option: String) throws(PasarError) -> CivilDate {
        guard let day = CivilDate(iso: text), Timestamp.plausibleYears.contains(day.year) else {
            throw PasarError("\(option) \"\(text)\" is not a date", hint: "write it as YYYY-MM-DD, e.g. 2026-12-03")
        }
        return day
    }

    static func newSlug(_ given: String?, title: String) throws(PasarError) -> String {
        let slug = given ?? Identifier.slug(title, fallback: "")
        guard Identifier.isSafe(slug) else {
            throw PasarError("\"\(slug)\" cannot be a file name in a web address", hint: Identifier.rule)
        }
        return slug
    }

    static func refuseExisting(_ url: URL, shownAs path: String) throws(PasarError) {
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw PasarError("the file already exists; nothing was written", at: .file(path), hint: "edit it, or choose another id")
        }
    }

    static func write(_ text: String, to url: URL, shownAs path: String) throws(PasarError) {
        try refuseExisting(url, shownAs: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw PasarError("cannot write the file: \(error.localizedDescription)", at: .file(path))
        }
    }
}
