import CSV
import Foundation
import GRDB
import PasarCore

/// `pasar import`: rows of a CSV file into the complaints, markets or categories table of a
/// schema-v1 database (made, with the seven standard categories, when the file does not exist).
///
/// Rows are matched by id: a new id is inserted, a known one updated where a value differs, so
/// importing the same file twice changes nothing. Everything happens in one transaction: unless
/// `skipInvalid`, one invalid row means nothing is written; with it, the invalid rows go to a
/// `<file>.rejects.csv` beside the input with their line and reason. Rows stream from the file, so
/// memory stays the same however long it is.
public struct TableImport: Sendable {
    public var file: URL
    public var fileShownAs: String
    public var database: URL
    public var databaseShownAs: String
    /// Nil: worked out from the file's headings and name (see `TableChoice`).
    public var table: ImportTable?
    public var skipInvalid = false
    /// The language of the reasons written to the rejects file.
    public var language = MessageLanguage.indonesian
    /// The moment of this import, kept as `meta.written_at` when it changes the database (see
    /// `DatabaseWritten`); nil: not kept.
    public var writtenAt: Timestamp?

    public init(file: URL, fileShownAs: String, database: URL, databaseShownAs: String, table: ImportTable? = nil, skipInvalid: Bool = false) {
        self.file = file
        self.fileShownAs = fileShownAs
        self.database = database
        self.databaseShownAs = databaseShownAs
        self.table = table
        self.skipInvalid = skipInvalid
    }

    /// What an import did.
    public struct Summary: Sendable {
        public var choice: TableChoice
        public var table: ImportTable { choice.table }
        public var inserted = 0
        public var updated = 0
        public var unchanged = 0
        public var rejected = 0
        public var createdDatabase = false
        /// Headings of the file that are no column of the table (ignored).
        public var ignoredHeadings: [String] = []
        public var delimiter: Character = ","
        public var encoding = "UTF-8"
        /// Where the rejected rows were written, with `skipInvalid`.
        public var rejectsFile: String?
    }

    /// Runs the import. `chosen` receives the table and why, before anything is written; `problem`
    /// each invalid row's diagnostic as it is found (they are not kept); `progress` the number of
    /// rows read, every 10,000.
    public func run(chosen: (TableChoice) -> Void = { _ in }, problem: (Diagnostic) -> Void,
                    progress: (Int) -> Void = { _ in }) throws(PasarError) -> Summary {
        let input = try ImportFile(file, shownAs: fileShownAs)
        let choice = try TableChoice.choose(headings: input.headings, fileName: file.lastPathComponent, shownAs: fileShownAs, given: self.table)
        chosen(choice)
        let table = choice.table
        let columns = table.columns(for: input.headings)
        let missing = table.columns.filter { column in column.required && !columns.contains { $0?.name == column.name } }
        guard missing.isEmpty else {
            throw PasarError(
                "the file has no column for \(missing.map(\.name).joined(separator: ", ")) (table \(table.rawValue))", at: .file(fileShownAs, line: 1),
                hint: "name the columns as docs/import.md lists, e.g. \(missing.map { "\"\($0.headings.dropFirst().first ?? $0.name)\"" }.joined(separator: ", "))")
        }
        var summary = Summary(choice: choice)
        summary.delimiter = input.delimiter
        summary.encoding = input.encoding
        summary.ignoredHeadings = zip(input.headings, columns).filter { $0.1 == nil && !$0.0.isEmpty }.map(\.0)
        let created = !FileManager.default.fileExists(atPath: database.path)
        summary.createdDatabase = created
        let rejects = RejectsFile(beside: file, shownAs: fileShownAs, headings: input.headings)
        do {
            let queue = try DatabaseQueue(path: database.path)
            defer { try? queue.close() }
            try queue.write { db in
                if created { try ComplaintDatabase.create(db) } else { try ComplaintDatabase.check(db, name: databaseShownAs) }
                let writer = try RowWriter(db, table: table, columns: columns.compactMap { $0?.name })
                var rows = 0
                while let (line, cells) = try input.next() {
                    rows += 1
                    if rows % 10_000 == 0 { progress(rows) }
                    if cells.allSatisfy({ $0.trimmedOfSpaces.isEmpty }) { continue }
                    var values: [String: String?] = [:]
                    for (index, column) in columns.enumerated() {
                        guard let column else { continue }
                        let cell = index < cells.count ? cells[index].trimmedOfSpaces : ""
                        values[column.name] = cell.isEmpty ? nil : cell
                    }
                    switch writer.prepare(values) {
                    case let .failure(found):
                        let problems = found.problems
                        summary.rejected += 1
                        for (column, reason) in problems {
                            problem(Diagnostic(.error, "\(column): \(reason)", at: .file(fileShownAs, line: line)))
                        }
                        if skipInvalid { try rejects.add(cells, line: line, reasons: problems.map { "\($0.column): \($0.reason.text(language))" }) }
                    case let .success(row):
                        switch try writer.upsert(row) {
                        case .inserted: summary.inserted += 1
                        case .updated: summary.updated += 1
                        case .unchanged: summary.unchanged += 1
                        }
                    }
                }
                if summary.rejected > 0, !skipInvalid {
                    throw PasarError(
                        "\(summary.rejected) invalid row(s), so nothing was imported; the database is as it was", at: .file(fileShownAs),
                        hint: "correct the rows listed above, or pass --skip-invalid to import the others and write the invalid ones to a file beside the input")
                }
                // An import that changed nothing leaves the file as it was, byte for byte.
                if let writtenAt, created || summary.inserted + summary.updated > 0 { try DatabaseWritten.record(db, at: writtenAt) }
            }
            summary.rejectsFile = try rejects.close()
        } catch let error as PasarError {
            rejects.discard()
            if created { try? FileManager.default.removeItem(at: database) }
            throw error
        } catch {
            rejects.discard()
            if created { try? FileManager.default.removeItem(at: database) }
            throw PasarError("cannot write the database: \(error)", at: .file(databaseShownAs))
        }
        return summary
    }
}

/// `<file>.rejects.csv`: the invalid rows as read, with their line and reasons, made only when there is one.
final class RejectsFile {
    let url: URL
    let shownAs: String
    let headings: [String]
    private var writer: CSVWriter?
    private var stream: OutputStream?

    init(beside file: URL, shownAs: String, headings: [String]) {
        url = file.deletingPathExtension().appendingPathExtension("rejects.csv")
        self.shownAs = (shownAs as NSString).deletingPathExtension + ".rejects.csv"
        self.headings = headings
    }

    func add(_ cells: [String], line: Int, reasons: [String]) throws {
        if writer == nil {
            guard let stream = OutputStream(url: url, append: false) else { throw PasarError("cannot create the file", at: .file(shownAs)) }
            stream.open()
            self.stream = stream
            writer = try CSVWriter(stream: stream)
            try writer?.write(row: ["line", "reason"] + headings)
        }
        try writer?.write(row: [String(line), reasons.joined(separator: "; ")] + cells)
    }

    /// Closes the file; its name as shown, if one was written.
    func close() throws -> String? {
        guard writer != nil else { return nil }
        writer?.stream.close()
        writer = nil
        return shownAs
    }

    func discard() {
        guard writer != nil else { return }
        writer?.stream.close()
        writer = nil
        try? FileManager.default.removeItem(at: url)
    }
}
