import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Periksa isi, pengaturan dan basis data seperti build, tanpa menulis apa pun.",
                               "Check content, settings and database the way a build does, without writing anything."),
        discussion: Terminal.say(
            """
            Melaporkan kesalahan (build akan gagal) dan peringatan: dokumen standar yang kurang komponennya \
            atau belum ditinjau setahun, kategori tanpa standar sendiri, catatan pengaduan yang mustahil atau \
            ganda, pasar tanpa dokumen standar, edisi yang terlalu lama. Peringatan sejenis dikelompokkan; \
            --all menampilkan semuanya. Status keluar 0 bila build akan berhasil, 1 bila gagal.
            """,
            """
            Reports errors (a build would fail) and warnings: standard documents missing some of the 14 \
            components or not reviewed for a year, categories without their own response standard, \
            impossible or duplicate complaint records, markets without a standard document, editions too \
            old. Warnings of one kind are grouped; --all lists every one. Exit status 0 when a build would \
            succeed, 1 when it would fail.
            """))

    @OptionGroup var site: SiteOptions

    @Flag(help: ArgumentHelp(Terminal.say("Tampilkan setiap peringatan, tidak dikelompokkan.", "List every warning instead of grouping them.")))
    var all = false

    func run() throws {
        let options = site.buildOptions()
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var result: LocalizedText
        do throws(PasarError) {
            let check = try SiteCheck.run(options)
            warnings = check.warnings
            result = "a build as of \(check.asOf.timestamp) would publish \(check.pages) pages"
        } catch {
            errors = error.diagnostics
            result = "a build would fail"
        }
        let printer = Terminal.printer
        Terminal.print("pasar check: \(options.root.path)")
        for (title, list) in [("Errors" as LocalizedText, errors), ("Warnings" as LocalizedText, warnings)] where !list.isEmpty {
            Terminal.print("\n\(title) (\(list.count)):")
            for line in printer.lines(list, all: all) { Swift.print("  " + line.replacingOccurrences(of: "\n", with: "\n  ")) }
        }
        Terminal.print("\nResult: \(result); \(errors.count) error(s), \(warnings.count) warning(s).")
        if !errors.isEmpty { throw ExitCode.failure }
    }
}
