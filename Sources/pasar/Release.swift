import ArgumentParser
import Foundation
import PasarCore
import PasarSite

struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Freeze a month's figures as an edition (content/edisi/YYYY-MM.json) that later builds publish unchanged.",
        discussion: """
            The figures are computed as of the month's last second (23:59:59 WIB). Commit the file: every \
            later build publishes it at /edisi/YYYY-MM/ as it is, with a revision note where today's data \
            give different figures for that month. A month the data have not reached the end of, or one \
            already frozen, is refused unless --force.
            """)

    @Argument(help: ArgumentHelp("The month to freeze.", valueName: "YYYY-MM"))
    var month: String

    @Option(help: ArgumentHelp("The site folder holding content/ and themes/.", valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp("The complaint database (overrides database: in content/site.yml).", valueName: "PATH"))
    var database: String?

    @Flag(help: "Freeze a month that has not ended in the data, or replace an edition already frozen.")
    var force = false

    func run() throws {
        let options = SiteOptions.resolve(root: root, database: database)
        try Report.run { () throws(PasarError) in
            guard let month = YearMonth(iso: month) else {
                throw PasarError("\"\(month)\" is not a month", hint: "write it as YYYY-MM, e.g. pasar release 2026-10")
            }
            let (path, edition) = try Editions.release(month, options: options, force: force)
            print("pasar release: froze \(edition.edition) as of \(edition.asOf) into \(path)")
            print("  \(edition.markets.rows.count) markets; checksum \(edition.checksum)")
            print("next: commit \(path), then pasar build")
        }
    }
}
