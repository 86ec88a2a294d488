import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content, settings and database the way a build does, without writing anything.",
        discussion: """
            Reports errors (a build would fail) and warnings: standard documents missing some of the 14 \
            components or not reviewed for a year, categories without their own response standard, \
            impossible or duplicate complaint records, markets without a standard document. \
            Exit status 0 when a build would succeed, 1 when it would fail.
            """)

    @OptionGroup var site: SiteOptions

    func run() throws {
        let options = site.buildOptions()
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var result = ""
        do throws(PasarError) {
            let loaded = try LoadedSite.load(options)
            let (asOf, report, files, buildWarnings) = try Site.render(loaded, options: options)
            warnings = SiteCheck.findings(loaded, report: report) + buildWarnings.filter { !loaded.warnings.contains($0) }
            result = "a build as of \(asOf.timestamp) would write \(files.files.count + 1) files"
        } catch {
            errors = error.diagnostics
            result = "a build would fail"
        }
        print("pasar check: \(options.root.path)")
        for (title, list) in [("Errors", errors), ("Warnings", warnings)] where !list.isEmpty {
            print("\n\(title) (\(list.count)):")
            for diagnostic in list { print("  " + diagnostic.description.replacingOccurrences(of: "\n", with: "\n  ")) }
        }
        print("\nResult: \(result); \(errors.count) error(s), \(warnings.count) warning(s).")
        if !errors.isEmpty { throw ExitCode.failure }
    }
}
