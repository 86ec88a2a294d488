import ArgumentParser
import Foundation
import PasarCore
import PasarSources

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: Terminal.say("Masukkan berkas CSV (dari spreadsheet atau sistem lain) ke basis data pengaduan.",
                               "Import a CSV file (from a spreadsheet or another system) into the complaint database."),
        discussion: Terminal.say(
            """
            Kolom dikenali dari judulnya, dalam bahasa Indonesia atau Inggris (No. Pengaduan, Tanggal Diterima, \
            Status …; daftar lengkap di docs/import.md). Koma atau titik koma, UTF-8 atau Windows-1252, tanggal \
            ISO 8601, dd/mm/yyyy atau dd-mm-yyyy (WIB bila tanpa zona waktu). Baris dicocokkan menurut id: \
            mengimpor berkas yang sama dua kali tidak mengubah apa pun. Satu baris tidak sah berarti tidak ada \
            yang ditulis, kecuali dengan --skip-invalid. Basis data dibuat bila belum ada.
            """,
            """
            Columns are recognised by their headings, in Indonesian or English (No. Pengaduan, Tanggal Diterima, \
            Status …; docs/import.md lists them). Comma or semicolon, UTF-8 or Windows-1252, dates as ISO 8601, \
            dd/mm/yyyy or dd-mm-yyyy (WIB when there is no offset). Rows are matched by id: importing the same \
            file twice changes nothing. One invalid row means nothing is written, unless --skip-invalid. The \
            database is created when it does not exist.
            """))

    @Argument(help: ArgumentHelp(Terminal.say("Berkas CSV yang diimpor.", "The CSV file to import."), valueName: "FILE.csv"))
    var file: String

    @Option(help: ArgumentHelp(Terminal.say("Tabel tujuan: complaints, markets atau categories (bawaan: dikenali dari judul kolom).",
                                            "The table: complaints, markets or categories (default: recognised from the headings)."),
                               valueName: "TABLE"))
    var table: String?

    @Option(help: ArgumentHelp(Terminal.say("Folder situs yang berisi content/site.yml.", "The site folder holding content/site.yml."), valueName: "DIR"))
    var root: String = "."

    @Option(name: .customLong("db"), help: ArgumentHelp(
        Terminal.say("Basis data (bawaan: database: di content/site.yml).", "The database (default: database: in content/site.yml)."), valueName: "PATH"))
    var database: String?

    @Flag(name: .customLong("skip-invalid"), help: ArgumentHelp(Terminal.say(
        "Impor baris yang sah dan tulis yang tidak sah ke FILE.rejects.csv.", "Import the valid rows and write the invalid ones to FILE.rejects.csv.")))
    var skipInvalid = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let table, ImportTable(rawValue: table) == nil {
            let close = Spelling.closest(to: table, in: ImportTable.allCases.map(\.rawValue))
            throw ValidationError(Terminal.say("--table \(table) tidak dikenal", "unknown --table \(table)")
                                  + (close.map { Terminal.say("; maksudnya \($0)?", "; did you mean \($0)?") } ?? ""))
        }
    }

    func run() throws {
        try Terminal.run { () throws(PasarError) in
            let rootURL = SiteOptions.path(root, directory: true)
            let (databaseURL, databaseName) = try SiteDatabase.locate(database, root: rootURL)
            var importer = TableImport(file: SiteOptions.path(file), fileShownAs: file, database: databaseURL, databaseShownAs: databaseName,
                                       table: table.flatMap(ImportTable.init(rawValue:)), skipInvalid: skipInvalid)
            let language = Terminal.language
            importer.language = language
            importer.writtenAt = WallClock.now
            let summary = try importer.run(chosen: { choice in
                // The first line says where the rows go and why, before any row is read.
                Terminal.print("pasar import: \(file) → \(databaseName), table \(choice.table.rawValue) (\(choice.explanation))")
            }, problem: { Terminal.printError($0.terminalText(language)) }, progress: { rows in
                Terminal.printError("… \(rows) rows read" as LocalizedText)
            })
            Terminal.print("  \(summary.encoding), separated by \"\(summary.delimiter)\"")
            if summary.createdDatabase { Terminal.print("  created the database with the schema and the seven standard categories") }
            Terminal.print("  \(summary.inserted) inserted, \(summary.updated) updated, \(summary.unchanged) unchanged, \(summary.rejected) rejected")
            if !summary.ignoredHeadings.isEmpty {
                Terminal.print("  columns not used: \(summary.ignoredHeadings.joined(separator: ", "))")
            }
            if let rejects = summary.rejectsFile { Terminal.print("  the rejected rows, with line and reason: \(rejects)") }
            Terminal.print("next: pasar check, then pasar build")
        }
    }
}

/// The database a command works on: --db, or database: in content/site.yml.
enum SiteDatabase {
    static func locate(_ given: String?, root: URL) throws(PasarError) -> (url: URL, shownAs: String) {
        if let given { return (SiteOptions.path(given), given) }
        let path = try SiteConfig.load(root: root).database
        return (root.appending(path: path), path)
    }
}
