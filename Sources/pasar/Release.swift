import ArgumentParser
import Foundation
import PasarCore
import PasarSite
import PasarSources

struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Bekukan angka satu bulan sebagai edisi (content/edisi/YYYY-MM.json) yang diterbitkan tanpa perubahan.",
                               "Freeze a month's figures as an edition (content/edisi/YYYY-MM.json) that later builds publish unchanged."),
        discussion: Terminal.say(
            """
            Angka dihitung per detik terakhir bulan itu (23.59.59 WIB). Simpan berkasnya di repositori: setiap \
            build berikutnya menerbitkannya di /edisi/YYYY-MM/ apa adanya, dengan catatan revisi bila data hari \
            ini memberi angka lain untuk bulan itu. Bulan yang belum berakhir dalam data, atau yang sudah \
            dibekukan, ditolak kecuali dengan --force. Dengan --latest, bulan lengkap terakhir dibekukan bila \
            belum, dan tidak terjadi apa-apa bila sudah: jalankan dari jadwal bulanan (docs/editions.md).
            """,
            """
            The figures are computed as of the month's last second (23:59:59 WIB). Commit the file: every \
            later build publishes it at /edisi/YYYY-MM/ as it is, with a revision note where today's data \
            give different figures for that month. A month the data have not reached the end of, or one \
            already frozen, is refused unless --force. With --latest, the last complete month of the data \
            is frozen if it is not yet, and nothing happens if it is: run it from a monthly timer \
            (docs/editions.md).
            """))

    @Argument(help: ArgumentHelp(Terminal.say("Bulan yang dibekukan (tanpa ini bila --latest).", "The month to freeze (leave out with --latest)."), valueName: "YYYY-MM"))
    var month: String?

    @Flag(help: ArgumentHelp(Terminal.say("Bekukan bulan lengkap terakhir dalam data, kecuali sudah dibekukan (untuk jadwal).",
                                          "Freeze the last complete month of the data, unless it is frozen already (for a scheduled job).")))
    var latest = false

    @Option(help: ArgumentHelp(Terminal.say("Folder situs yang berisi content/ dan themes/.", "The site folder holding content/ and themes/."), valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp(
        Terminal.say("Basis data pengaduan (menggantikan database: di content/site.yml).", "The complaint database (overrides database: in content/site.yml)."),
        valueName: "PATH"))
    var database: String?

    @OptionGroup var language: LanguageOption

    @Flag(help: ArgumentHelp(Terminal.say("Bekukan bulan yang belum berakhir dalam data, atau ganti edisi yang sudah ada.",
                                          "Freeze a month that has not ended in the data, or replace an edition already frozen.")))
    var force = false

    func validate() throws {
        if latest, month != nil { throw ValidationError(Terminal.say("berikan bulan atau --latest, tidak keduanya", "give a month or --latest, not both")) }
        if latest, force {
            throw ValidationError(Terminal.say("--latest tidak pernah mengganti edisi; sebut bulannya untuk memakai --force",
                                               "--latest never replaces an edition; name the month to use --force"))
        }
        if !latest, month == nil { throw ValidationError(Terminal.say("berikan bulan yang dibekukan (YYYY-MM), atau --latest", "give the month to freeze (YYYY-MM), or --latest")) }
    }

    func run() throws {
        let options = SiteOptions.resolve(root: root, database: database)
        try Terminal.run { () throws(PasarError) in
            if latest {
                switch try Editions.releaseLatest(options: options) {
                case let .alreadyFrozen(path, month):
                    Terminal.print("pasar release: \(month), the last complete month, is already frozen in \(path); nothing to do")
                case let .frozen(path, edition):
                    printFrozen(path, edition)
                }
                return
            }
            guard let text = month, let month = YearMonth(iso: text) else {
                throw PasarError("\"\(self.month ?? "")\" is not a month", hint: "write it as YYYY-MM, e.g. pasar release 2026-10")
            }
            let (path, edition) = try Editions.release(month, options: options, force: force)
            printFrozen(path, edition)
        }
    }

    private func printFrozen(_ path: String, _ edition: FrozenEdition) {
        Terminal.print("pasar release: froze \(edition.edition) as of \(edition.asOf) into \(path)")
        Terminal.print("  \(edition.markets.rows.count) markets; checksum \(edition.checksum)")
        Terminal.print("next: commit \(path), then pasar build")
    }
}
