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
            let check = try SiteCheck.run(options)
            warnings = check.warnings
            result = "a build as of \(check.asOf.timestamp) would publish \(check.pages) pages"
        } catch {
            errors = error.diagnostics
            result = "a build would fail"
        }
        print("pasar check: \(options.root.path)")
        for (title, list) in [("Errors", errors), ("Warnings", warnings)] where !list.isEmpty {
            print("\n\(title) (\(list.count)):")
            for diagnostic in list { print("  " + diagnostic.terminalText.replacingOccurrences(of: "\n", with: "\n  ")) }
        }
        print("\nResult: \(result); \(errors.count) error(s), \(warnings.count) warning(s).")
        if !errors.isEmpty { throw ExitCode.failure }
    }
}
