import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Bangun situs web ke folder keluaran (perintah bawaan).", "Build the website into the output folder (the default command)."),
        discussion: Terminal.say(
            """
            Situs baru ditulis ke folder sementara dan baru dipindahkan ke tempatnya bila setiap halaman \
            berhasil ditulis: bila ada yang gagal, situs sebelumnya tetap utuh. Di akhir, build menyebut \
            banyaknya peringatan pasar check dan yang terpenting; --strict menganggapnya kegagalan.
            """,
            """
            The new site is written to a temporary folder and moved into place only when every page was \
            written: if anything fails, the previous site stays as it was. The build ends with the count \
            of pasar check's warnings and the most important few; --strict makes them a failure.
            """))

    @OptionGroup var site: SiteOptions

    @Option(name: .customLong("out"), help: ArgumentHelp(
        Terminal.say("Folder keluaran (menggantikan output: di content/site.yml; bawaan public/).", "The output folder (overrides output: in content/site.yml; default public/)."),
        valueName: "DIR"))
    var output: String?

    @Flag(help: ArgumentHelp(Terminal.say("Gagal (dan tidak menerbitkan apa pun) bila ada peringatan.", "Fail, publishing nothing, when there is any warning.")))
    var strict = false

    @Option(help: ArgumentHelp(
        Terminal.say("Tulis juga lama setiap tahap, waktu CPU dan memori puncak sebagai JSON (untuk pasar bench).",
                     "Also write how long each stage took, CPU time and peak memory, as JSON (for pasar bench)."),
        valueName: "FILE"))
    var timings: String?

    func run() throws {
        let start = ContinuousClock.now
        try Terminal.run { () throws(PasarError) in
            let stages = StageClock()
            var options = site.buildOptions(output: output)
            options.strict = strict
            let report = try Site.build(options, clock: stages) {
                Terminal.printError("waiting for another pasar build of the same output folder to finish…" as LocalizedText)
            }
            let seconds = (ContinuousClock.now - start).components
            let elapsed = Double(seconds.seconds) + Double(seconds.attoseconds) / 1e18
            if let timings {
                let measured = BuildTimings.measure(report, clock: stages, wallSeconds: elapsed)
                do {
                    try JSONEncoder().encode(measured).write(to: SiteOptions.path(timings))
                } catch {
                    throw PasarError("cannot write the timings: \(error.localizedDescription)", at: .file(timings))
                }
            }
            Swift.print(BuildSummary.lines(report, seconds: elapsed).map { $0.text(Terminal.language) }.joined(separator: "\n"))
            for line in Terminal.printer.summary(report.warnings) { Swift.print(line) }
        }
    }
}

/// What a build says at its end.
enum BuildSummary {
    static func lines(_ r: BuildReport, seconds: Double) -> [LocalizedText] {
        let path = r.output.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
        let time = String(format: "%.2f", seconds)
        if r.upToDate {
            return ["pasar build: \(path)/ is up to date: nothing changed since the last build (as of \(r.asOf.timestamp)); nothing was written",
                    "  \(time) s"] + warningCount(r)
        }
        let s = r.scrubbed
        var lines: [LocalizedText] = [
            "pasar build: \(r.pages) pages, \(r.files) files → \(path)/",
            "  as of \(r.asOf.timestamp) (\(r.asOf.explanation))",
            "  \(r.markets) markets; \(r.complaintsInDatabase) complaints in the database: \(r.complaintsCounted) counted, \(r.complaintsExcluded) excluded from time statistics (listed on kualitas-data/), \(r.complaintsAfterAsOf) received after the as-of moment",
            "  scrubbed from public summaries before publication: \(s.phoneNumbers) phone number(s), \(s.emailAddresses) e-mail address(es), \(s.nikNumbers) NIK number(s)",
            "  \(r.filesWritten) file(s) written, \(r.filesKept) unchanged since the last build kept as they were",
        ]
        if r.isSample { lines.append("  sample data: every page says DATA CONTOH") }
        lines.append("  \(time) s")
        return lines + warningCount(r)
    }

    static func warningCount(_ r: BuildReport) -> [LocalizedText] {
        r.warnings.isEmpty ? ["no warnings from pasar check (it also searches for duplicate records)"]
            : ["\(r.warnings.count) warning(s) from pasar check; the most important (pasar check lists them all):"]
    }
}
