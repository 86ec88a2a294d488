import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check content, settings and database the way a build does, without writing anything.",
        discussion: "Exit status 0 when a build would succeed, 1 when it would fail.")

    @OptionGroup var site: SiteOptions

    func run() throws {
        try Report.run { () throws(PasarError) in
            let options = site.buildOptions()
            let loaded = try LoadedSite.load(options)
            let (asOf, report, files, warnings) = try Site.render(loaded, options: options)
            for warning in warnings { print(warning.description) }
            for entry in report.dataQuality.entries {
                print("\(SourceLocation.row(table: "complaints", id: entry.complaintID)): note: "
                      + entry.problems.map(\.explanation).joined(separator: "; "))
            }
            print("pasar check: no errors; \(warnings.count) warning(s); \(report.dataQuality.entries.count) complaint record(s) with problems; "
                  + "a build as of \(asOf.timestamp) would write \(files.count + 1) files")
        }
    }
}
