import ArgumentParser
import Foundation
import PasarCore
import PasarSite

@main
struct Pasar: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pasar",
        abstract: "Pasar Terbuka: publish how well the regency's markets handle complaints, as a static website.",
        discussion: """
            Reads the complaint database (SQLite) and the service standards (Markdown in content/), computes \
            the figures as of one moment, and writes a complete website into public/.

            Membaca basis data pengaduan dan standar pelayanan, menghitung angka per satu waktu (as of), \
            lalu menulis situs web lengkap ke public/.
            """,
        version: PasarVersion.current,
        subcommands: [Build.self, Check.self, Release.self, Demo.self, Bench.self],
        defaultSubcommand: Build.self)
}

/// Options shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The site folder holding content/ and themes/.", valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp("The complaint database (overrides database: in content/site.yml).", valueName: "PATH"))
    var database: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The moment the figures are for: a date (end of that day, WIB) or a time with offset.",
        discussion: "Default: SOURCE_DATE_EPOCH if set, else the latest timestamp in the database.",
        valueName: "TIME"))
    var asOf: String?

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

/// Prints diagnostics to standard error and turns a failure into exit status 1, without a stack trace.
enum Report {
    static func run(_ body: () throws(PasarError) -> Void) throws {
        do {
            try body()
        } catch {
            for diagnostic in error.diagnostics { printError(diagnostic.terminalText) }
            throw ExitCode.failure
        }
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
