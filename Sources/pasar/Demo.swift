import ArgumentParser
import Foundation
import PasarCore
import PasarDemo
import PasarSources

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Tulis basis data pengaduan contoh (data rekaan untuk portal contoh).",
                               "Write the sample complaint database (made-up data for the bundled sample portal)."),
        discussion: Terminal.say(
            """
            Sekitar 6.000 pengaduan di 12 pasar Kabupaten Sukamaju rekaan selama 24 bulan, sama pada setiap \
            kali dijalankan. Ditulis ke database: di content/site.yml kecuali --db diberikan. Berkas yang bukan \
            basis data contoh tidak pernah ditimpa. Lalu jalankan `pasar build`.
            """,
            """
            About 6,000 complaints at 12 markets of the made-up Kabupaten Sukamaju over 24 months, the same \
            on every run. Written to database: in content/site.yml unless --db is given. A file that is not \
            a sample database is never replaced. Then run `pasar build`.
            """))

    @Option(help: ArgumentHelp(Terminal.say("Folder situs yang berisi content/site.yml.", "The site folder holding content/site.yml."), valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp(Terminal.say("Tempat menulis basis data contoh.", "Where to write the sample database."), valueName: "PATH"))
    var database: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let rootURL = SiteOptions.path(root, directory: true)
            let path: String
            let url: URL
            if let database {
                path = database
                url = SiteOptions.path(database)
            } else {
                path = try SiteConfig.load(root: rootURL).database
                url = rootURL.appending(path: path)
            }
            let sample = try SampleDatabase.write(to: url, shownAs: path)
            Terminal.print("pasar demo: wrote \(path): \(sample.markets.count) markets, \(sample.complaints.count) complaints (sample data, DATA CONTOH)")
            Terminal.print("next: pasar build")
        }
    }
}
