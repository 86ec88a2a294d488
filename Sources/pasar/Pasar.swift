import ArgumentParser
import Foundation
import PasarCore
import PasarSite

@main
struct Pasar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pasar",
        abstract: Terminal.say(
            "Pasar Terbuka: menerbitkan kinerja penanganan pengaduan pasar rakyat sebagai situs web statis.",
            "Pasar Terbuka: publish how well the regency's markets handle complaints, as a static website."),
        discussion: Terminal.say(
            """
            Membaca basis data pengaduan (SQLite) dan standar pelayanan (Markdown di content/), menghitung angka \
            per satu waktu data (as of), lalu menulis situs web lengkap ke public/. Pesan dalam bahasa Indonesia; \
            --lang en untuk bahasa Inggris.
            """,
            """
            Reads the complaint database (SQLite) and the service standards (Markdown in content/), computes \
            the figures as of one moment, and writes a complete website into public/. Messages are in \
            Indonesian unless --lang en is given or the locale is English.
            """),
        version: PasarVersion.current,
        subcommands: [Build.self, Check.self, Import.self, Init.self, New.self, Serve.self, Lacak.self, Release.self, Demo.self, Bench.self],
        defaultSubcommand: Build.self)

    /// Parses and runs the command; ArgumentParser's own messages are said in the user's language,
    /// and a mistyped command gets a suggestion instead of being taken as an argument to `build`.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let language = Terminal.language
        let names = configuration.subcommands.compactMap { $0.configuration.commandName ?? String(describing: $0).lowercased() } + ["help"]
        if let first = arguments.first, !first.hasPrefix("-"), !names.contains(first) {
            let suggestion = Spelling.closest(to: first, in: names)
            let message: LocalizedText = "unknown command \"\(first)\""
            let list = names.joined(separator: ", ")
            let hint = suggestion.map { close -> LocalizedText in "did you mean \"pasar \(close)\"? Commands: \(list)" }
                ?? ("commands: \(list); pasar --help explains each" as LocalizedText)
            Terminal.printError(Diagnostic(.error, message, hint: hint).terminalText(language))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            if var serving = command as? AsyncParsableCommand {
                try await serving.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            let message = ParserWords.translate(fullMessage(for: error), to: language)
            if !message.isEmpty {
                if code == .success { Swift.print(message) } else { Terminal.printError(message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Terminal.say("Folder situs yang berisi content/ dan themes/.", "The site folder holding content/ and themes/."),
                               valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp(
        Terminal.say("Basis data pengaduan (menggantikan database: di content/site.yml).", "The complaint database (overrides database: in content/site.yml)."),
        valueName: "PATH"))
    var database: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        Terminal.say("Waktu data: tanggal (akhir hari itu, WIB) atau waktu dengan zona.", "The moment the figures are for: a date (end of that day, WIB) or a time with offset."),
        discussion: Terminal.say("Bawaan: SOURCE_DATE_EPOCH bila ada, selain itu waktu terbaru di basis data.",
                                 "Default: SOURCE_DATE_EPOCH if set, else the latest timestamp in the database."),
        valueName: "TIME"))
    var asOf: String?

    @OptionGroup var language: LanguageOption

    func buildOptions(output: String? = nil) -> BuildOptions {
        SiteOptions.resolve(root: root, database: database, output: output, asOf: asOf)
    }

    /// Options with paths resolved against the working directory and SOURCE_DATE_EPOCH read from the environment.
    static func resolve(root: String, database: String?, output: String? = nil, asOf: String? = nil) -> BuildOptions {
        BuildOptions(
            root: path(root, directory: true), database: database.map { path($0) }, output: output.map { path($0, directory: true) },
            asOf: asOf, sourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
    }

    /// A path given on the command line, resolved against the working directory.
    static func path(_ path: String, directory: Bool = false) -> URL {
        let cwd = URL(filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
        return URL(filePath: path, directoryHint: directory ? .isDirectory : .inferFromPath, relativeTo: cwd).standardizedFileURL
    }
}
