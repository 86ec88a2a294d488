import Foundation
import PasarCore

/// Which table a file goes to, and why. A file goes to a table only when exactly one table fits:
/// its required headings are present and, where more than one table has them, only one has any
/// other sign, a heading no other table understands (`Urutan` → categories, `Kecamatan` →
/// markets, `Tanggal Diterima` → complaints) or the file's name (`kategori…`, `pasar…`,
/// `pengaduan…`). Anything else is refused: a guess puts seven categories into the markets table.
public struct TableChoice: Sendable, Hashable {
    /// What decided the table.
    public enum Reason: Sendable, Hashable {
        /// `--table`.
        case option
        /// The headings: only this table's required columns are there, or these headings belong to it alone.
        case headings([String])
        case fileName
        case fileNameAndHeadings([String])
    }

    public let table: ImportTable
    public let reason: Reason

    public init(table: ImportTable, reason: Reason) {
        self.table = table
        self.reason = reason
    }

    /// "from the headings (Urutan)", for the import's first line.
    public var explanation: LocalizedText {
        func listed(_ headings: [String]) -> String { headings.prefix(3).joined(separator: ", ") + (headings.count > 3 ? ", …" : "") }
        switch reason {
        case .option: return "from --table"
        case .headings([]): return "from the headings: only this table's required columns are there"
        case let .headings(headings): return "from the headings: \(listed(headings))"
        case .fileName: return "from the file name"
        case let .fileNameAndHeadings(headings): return "from the file name and the headings: \(listed(headings))"
        }
    }

    /// The table `file` (named `fileName`, shown as `shownAs`) with `headings` is for; `given` is `--table`.
    public static func choose(headings: [String], fileName: String, shownAs: String, given: ImportTable?) throws(PasarError) -> TableChoice {
        if let given { return TableChoice(table: given, reason: .option) }
        let named = table(named: fileName)
        let own = ownHeadings(headings)
        let candidates = ImportTable.allCases.filter { $0.hasRequiredColumns(headings) }
        let location = SourceLocation.file(shownAs, line: 1)
        func reason(_ table: ImportTable) -> Reason {
            let mine = own[table] ?? []
            return named == table ? (mine.isEmpty ? .fileName : .fileNameAndHeadings(mine)) : .headings(mine)
        }
        let signed = candidates.filter { named == $0 || own[$0] != nil }
        // A file that says which table it is for, but lacks what that table needs.
        let pointed = ImportTable.allCases.filter { named == $0 || own[$0] != nil }
        if signed.isEmpty, pointed.count == 1, let table = pointed.first, !candidates.contains(table) {
            let mapped = table.columns(for: headings)
            let missing = table.columns.filter { required in required.required && !mapped.contains { $0?.name == required.name } }
            throw PasarError(
                "the file looks like one for the \(table.rawValue) table (\(TableChoice(table: table, reason: reason(table)).explanation)), but it has no column for \(missing.map(\.name).joined(separator: ", "))",
                at: location,
                hint: "name the columns as docs/import.md lists, e.g. \(missing.map { "\"\($0.headings.dropFirst().first ?? $0.name)\"" }.joined(separator: ", "))")
        }
        guard !candidates.isEmpty else {
            throw PasarError(
                "cannot tell which table the file is for from its headings (\(headings.joined(separator: ", ")))", at: location,
                hint: "name the table with --table complaints, markets or categories, and the columns as docs/import.md lists")
        }
        if candidates.count == 1, let only = candidates.first { return TableChoice(table: only, reason: reason(only)) }
        if signed.count == 1, let only = signed.first { return TableChoice(table: only, reason: reason(only)) }
        let tied = signed.isEmpty ? candidates : signed
        let names = tied.map(\.rawValue)
        let signs: LocalizedText = signed.isEmpty
            ? "its headings have the required columns of each and nothing else tells them apart"
            : LocalizedText.joined(signed.map { "\($0.rawValue) \(TableChoice(table: $0, reason: reason($0)).explanation)" }, separator: "; ")
        throw PasarError(
            "the file fits more than one table: \(names.joined(separator: ", ")) (\(signs)); nothing was imported", at: location,
            hint: "say which with \(names.map { "--table \($0)" }.joined(separator: " / ")), or rename the file, e.g. \(tied.map(\.exampleFileName).joined(separator: " / "))")
    }

    /// The table a file's name starts with, in either language (`kategori-2025.csv` → categories).
    static func table(named fileName: String) -> ImportTable? {
        let name = (fileName as NSString).lastPathComponent.lowercased()
        return ImportTable.allCases.first { table in table.fileNamePrefixes.contains { name.hasPrefix($0) } }
    }

    /// For each table, the file's headings that it alone understands.
    static func ownHeadings(_ headings: [String]) -> [ImportTable: [String]] {
        let mapped = Dictionary(uniqueKeysWithValues: ImportTable.allCases.map { ($0, $0.columns(for: headings)) })
        var own: [ImportTable: [String]] = [:]
        for (index, heading) in headings.enumerated() {
            let tables = ImportTable.allCases.filter { mapped[$0]?[index] != nil }
            if tables.count == 1, let table = tables.first { own[table, default: []].append(heading) }
        }
        return own
    }
}

extension ImportTable {
    /// True when the headings name every column the table requires.
    func hasRequiredColumns(_ headings: [String]) -> Bool {
        let mapped = columns(for: headings)
        return columns.filter(\.required).allSatisfy { required in mapped.contains { $0?.name == required.name } }
    }

    /// How a file for this table may be named, in Indonesian or English.
    var fileNamePrefixes: [String] {
        switch self {
        case .complaints: ["pengaduan", "aduan", "complaint"]
        case .markets: ["pasar", "market"]
        case .categories: ["kategori", "categor"]
        }
    }

    var exampleFileName: String {
        switch self {
        case .complaints: "pengaduan.csv"
        case .markets: "pasar.csv"
        case .categories: "kategori.csv"
        }
    }
}
