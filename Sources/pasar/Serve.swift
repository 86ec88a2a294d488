import ArgumentParser
import Foundation
import PasarCore
import PasarServe
import PasarSite

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Terminal.say("Bangun situs, tampilkan di peramban, dan bangun ulang setiap kali ada yang berubah.",
                               "Build the site, serve it to a browser, and rebuild whenever something changes."),
        discussion: Terminal.say(
            """
            Melayani situs di http://127.0.0.1:PORT/ (hanya komputer ini), mengawasi content/, themes/ dan basis \
            data, membangun ulang yang berubah, dan memuat ulang halaman yang terbuka. Bila build gagal, \
            kesalahannya tampil di terminal dan di halaman, dan server tetap berjalan.
            """,
            """
            Serves the site at http://127.0.0.1:PORT/ (this computer only), watches content/, themes/ and the \
            database, rebuilds what changed and reloads the open page. A failed build is shown in the terminal \
            and on the page, and the server keeps running.
            """))

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp(Terminal.say("Port (bawaan 8000; 0 memilih yang bebas).", "The port (default 8000; 0 picks a free one)."), valueName: "N"))
    var port: UInt16 = 8000

    @Option(name: .customLong("out"), help: ArgumentHelp(
        Terminal.say("Folder keluaran (bawaan: output: di content/site.yml).", "The output folder (default: output: in content/site.yml)."), valueName: "DIR"))
    var output: String?

    func run() async throws {
        let language = Terminal.language
        let server = PreviewServer(options: site.buildOptions(output: output), port: port, language: language) { line in
            // Flushed at once, so a script or a test reading the output sees the address as soon as it is there.
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        do {
            try await server.run()
        } catch {
            for line in Terminal.printer.lines(error.diagnostics) { Terminal.printError(line) }
            throw ExitCode.failure
        }
    }
}
