import ArgumentParser
import Foundation
import PasarCore
import PasarSite

/// The clock, read only by the commands that write new documents (`init`, `new`) or the database
/// (`import`, which keeps the moment it wrote as `meta.written_at`): what they write is dated now.
/// Builds never read it.
enum WallClock {
    static var now: Timestamp { Timestamp(seconds: Int64(Date().timeIntervalSince1970)) }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Buat situs baru yang kosong dan langsung dapat dibangun.", "Write a new, empty site that builds at once."),
        discussion: Terminal.say(
            """
            Menulis content/site.yml (dengan keterangan), standar kabupaten dengan 14 komponen sebagai judul \
            bagian, halaman cara mengadu dan tentang, daftar hari libur 2024–2026, tema bawaan, dan basis data \
            kosong dengan skemanya. Lalu: pasar import, pasar check, pasar build. `pasar demo` tetap membuat \
            portal contoh.
            """,
            """
            Writes content/site.yml (with comments), the regency standard with the 14 components as headings, \
            the how-to-complain and about pages, the 2024–2026 holiday list, the default theme, and an empty \
            database with the schema. Then: pasar import, pasar check, pasar build. `pasar demo` still makes \
            the sample portal.
            """))

    @Argument(help: ArgumentHelp(Terminal.say("Folder situs baru.", "The new site's folder."), valueName: "DIR"))
    var folder: String

    @Option(help: ArgumentHelp(Terminal.say("Nama kabupaten, mis. \"Kabupaten Sukamaju\".", "The regency's name, e.g. \"Kabupaten Sukamaju\"."), valueName: "NAMA"))
    var regency: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let url = SiteOptions.path(folder, directory: true)
            let now = WallClock.now
            let written = try SiteScaffold.create(in: url, office: SiteScaffold.Office(regency: regency ?? "Kabupaten Contoh"),
                                                  today: now.wibDate, now: now)
            Terminal.print("pasar init: wrote a new site in \(folder) (\(written.count) files)")
            Terminal.print("next: edit content/site.yml and content/pasar/_default.md, import data with pasar import FILE.csv, then pasar check and pasar build (in \(folder))")
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Buat dokumen baru: standar pelayanan pasar, kegiatan pedagang, pengumuman.",
                               "Write a new document: a market's service standard, a traders' activity, an announcement."),
        subcommands: [NewMarket.self, NewActivity.self, NewAnnouncement.self])
}

struct NewMarket: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pasar",
        abstract: Terminal.say("Tulis content/pasar/ID.md berisi 14 komponen standar pelayanan untuk dilengkapi.",
                               "Write content/pasar/ID.md with the 14 service-standard components to complete."),
        aliases: ["market"])

    @Argument(help: ArgumentHelp(Terminal.say("Id pasar: huruf kecil, angka, -.", "The market id: lowercase letters, digits, -."), valueName: "ID"))
    var id: String

    @Option(help: ArgumentHelp(Terminal.say("Nama pasar, mis. \"Pasar Baru\".", "The market's name, e.g. \"Pasar Baru\"."), valueName: "NAMA"))
    var name: String

    @Option(help: ArgumentHelp(Terminal.say("Kecamatan.", "The district."), valueName: "KECAMATAN"))
    var district: String = ""

    @Option(help: ArgumentHelp(Terminal.say("Alamat.", "The address."), valueName: "ALAMAT"))
    var address: String = ""

    @Flag(name: .customLong("add-to-database"), help: ArgumentHelp(Terminal.say(
        "Tambahkan juga pasar ini ke tabel markets basis data.", "Also add the market to the database's markets table.")))
    var addToDatabase = false

    @Option(help: ArgumentHelp(Terminal.say("Folder situs.", "The site folder."), valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp(Terminal.say("Basis data (bawaan: database: di content/site.yml).",
                                                                     "The database (default: database: in content/site.yml)."), valueName: "PATH"))
    var database: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let rootURL = SiteOptions.path(root, directory: true)
            let target = addToDatabase ? try SiteDatabase.locate(database, root: rootURL) : nil
            let today = WallClock.now.wibDate
            let written = try SiteScaffold.newMarket(root: rootURL, id: id, name: name, district: district, address: address,
                                                     database: target, today: today)
            for path in written { Terminal.print("pasar new: wrote \(path)") }
            Terminal.print("next: complete the 14 components in the document, then pasar check")
        }
    }
}

struct NewActivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kegiatan",
        abstract: Terminal.say("Tulis content/kegiatan/SLUG.md, satu kegiatan pedagang untuk dilengkapi.",
                               "Write content/kegiatan/SLUG.md, a traders' activity to complete."),
        aliases: ["activity"])

    @Argument(help: ArgumentHelp(Terminal.say("Nama berkas (bawaan: dari judul).", "The file name (default: from the title)."), valueName: "SLUG"))
    var slug: String?

    @Option(help: ArgumentHelp(Terminal.say("Judul kegiatan.", "The activity's title."), valueName: "JUDUL"))
    var title: String

    @Option(help: ArgumentHelp(Terminal.say("Tanggal, YYYY-MM-DD.", "The day, YYYY-MM-DD."), valueName: "TANGGAL"))
    var date: String

    @Option(help: ArgumentHelp(Terminal.say("Jam WIB, mis. 09.00-12.00.", "The time in WIB, e.g. 09.00-12.00."), valueName: "JAM"))
    var time: String?

    @Option(help: ArgumentHelp(Terminal.say("Tempat.", "The place."), valueName: "TEMPAT"))
    var place: String?

    @Option(name: .customLong("market"), help: ArgumentHelp(Terminal.say("Id pasar (boleh berulang); tanpa ini: seluruh kabupaten.",
                                                                         "A market id (may repeat); without it: the whole regency."), valueName: "ID"))
    var markets: [String] = []

    @Option(help: ArgumentHelp(Terminal.say("Folder situs.", "The site folder."), valueName: "DIR"))
    var root: String = "."

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let written = try SiteScaffold.newActivity(root: SiteOptions.path(root, directory: true), slug: slug, title: title, date: date,
                                                       time: time, place: place, markets: markets)
            for path in written { Terminal.print("pasar new: wrote \(path)") }
            Terminal.print("next: complete the activity in the document, then pasar check")
        }
    }
}

struct NewAnnouncement: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pengumuman",
        abstract: Terminal.say("Tulis content/pengumuman/SLUG.md, satu pengumuman untuk dilengkapi.",
                               "Write content/pengumuman/SLUG.md, an announcement to complete."),
        aliases: ["announcement"])

    @Argument(help: ArgumentHelp(Terminal.say("Nama berkas (bawaan: dari judul).", "The file name (default: from the title)."), valueName: "SLUG"))
    var slug: String?

    @Option(help: ArgumentHelp(Terminal.say("Judul pengumuman.", "The announcement's title."), valueName: "JUDUL"))
    var title: String

    @Option(help: ArgumentHelp(Terminal.say("Tanggal, YYYY-MM-DD (bawaan: hari ini).", "The date, YYYY-MM-DD (default: today)."), valueName: "TANGGAL"))
    var date: String?

    @Option(help: ArgumentHelp(Terminal.say("Hari terakhir tampil di beranda, YYYY-MM-DD.", "The last day on the home page, YYYY-MM-DD."),
                               valueName: "TANGGAL"))
    var expires: String?

    @Option(help: ArgumentHelp(Terminal.say("Folder situs.", "The site folder."), valueName: "DIR"))
    var root: String = "."

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let today = WallClock.now.wibDate
            let written = try SiteScaffold.newAnnouncement(root: SiteOptions.path(root, directory: true), slug: slug, title: title,
                                                           date: date, expires: expires, today: today)
            for path in written { Terminal.print("pasar new: wrote \(path)") }
            Terminal.print("next: write the announcement in the document, then pasar check")
        }
    }
}
