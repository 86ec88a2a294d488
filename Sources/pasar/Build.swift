import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the website into the output folder (the default command).",
        discussion: """
            The new site is written to a temporary folder and moved into place only when every page was \
            written: if anything fails, the previous site stays as it was.
            """)

    @OptionGroup var site: SiteOptions

    @Option(name: .customLong("out"), help: ArgumentHelp("The output folder (overrides output: in content/site.yml; default public/).", valueName: "DIR"))
    var output: String?

    @Option(help: ArgumentHelp("Also write how long each stage took, CPU time and peak memory, as JSON (for pasar bench).", valueName: "FILE"))
    var timings: String?

    func run() throws {
        let start = ContinuousClock.now
        try Report.run { () throws(PasarError) in
            let stages = StageClock()
            let report = try Site.build(site.buildOptions(output: output), clock: stages) {
                Report.printError("waiting for another pasar build of the same output folder to finish…")
            }
            for warning in report.warnings { Report.printError(warning.terminalText) }
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
            print(BuildSummary.text(report, seconds: elapsed))
        }
    }
}

enum BuildSummary {
    static func text(_ r: BuildReport, seconds: Double) -> String {
        let path = r.output.path.replacingOccurrences(of: FileManager.default.currentDirectoryPath + "/", with: "")
        if r.upToDate {
            return "pasar build: \(path)/ is up to date: nothing changed since the last build (as of \(r.asOf.timestamp)); nothing was written\n"
                + "  \(String(format: "%.2f", seconds)) s"
        }
        var lines = [
            "pasar build: \(r.pages) pages, \(r.files) files → \(path)/",
            "  as of \(r.asOf.timestamp) (\(r.asOf.explanation))",
            "  \(r.markets) markets; \(r.complaintsInDatabase) complaints in the database: \(r.complaintsCounted) counted, "
                + "\(r.complaintsExcluded) excluded from time statistics (listed on kualitas-data/), "
                + "\(r.complaintsAfterAsOf) received after the as-of moment",
        ]
        let s = r.scrubbed
        lines.append("  scrubbed from public summaries before publication: \(s.phoneNumbers) phone number(s), "
                     + "\(s.emailAddresses) e-mail address(es), \(s.nikNumbers) NIK number(s)")
        lines.append("  \(r.filesWritten) file(s) written, \(r.filesKept) unchanged since the last build kept as they were")
        if r.isSample { lines.append("  sample data: every page says DATA CONTOH") }
        if !r.warnings.isEmpty { lines.append("  \(r.warnings.count) warning(s), printed above") }
        lines.append("  \(String(format: "%.2f", seconds)) s")
        return lines.joined(separator: "\n")
    }
}
