import Foundation
import GRDB
import PasarCore

/// Everything the generator reads from the complaint database, from one consistent snapshot.
public struct ComplaintDatabase: Sendable {
    public let markets: [Market]
    public let categories: [ComplaintCategory]
    public let complaints: [Complaint]
    /// True when the database says it holds made-up sample data (`meta.dataset = contoh`).
    public let isSample: Bool
    /// The satisfaction survey's answer sheets; nil when the database has no survey table.
    public let satisfaction: [SatisfactionResponse]?
    /// SHA-256 of the database file, read right after the snapshot, for the methodology page.
    public internal(set) var sha256: String = ""

    /// The latest valid timestamp in any complaint: the default as-of moment.
    public var latestTimestamp: Timestamp? {
        complaints.lazy.flatMap { [$0.receivedAt.value, $0.firstResponseAt.value, $0.resolvedAt.value] }.compactMap { $0 }.max()
    }
}

/// Reads the complaint database read-only, in one transaction, public columns only.
public enum ComplaintStore {
    /// Opens `url` read-only and reads markets, categories and complaints. `shownAs` names the file in errors.
    public static func read(_ url: URL, shownAs name: String) throws(PasarError) -> ComplaintDatabase {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PasarError("database not found", at: .file(name),
                             hint: "run `pasar demo` to create the sample database, or pass --db PATH / set database: in content/site.yml")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw PasarError("database is not readable (check file permissions)", at: .file(name))
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "pasar.complaints"
        do {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            // `read` runs in a transaction: a consistent snapshot even while another program writes.
            var database = try queue.read { db in try read(db, name: name) }
            try queue.close()
            database.sha256 = SHA256.hex(try Data(contentsOf: url))
            return database
        } catch let error as PasarError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw PasarError("not an SQLite database", at: .file(name), hint: "check --db / database: in content/site.yml")
        } catch {
            throw PasarError("cannot read the database: \(error)", at: .file(name))
        }
    }

    static func read(_ db: Database, name: String) throws -> ComplaintDatabase {
        try checkSchema(db, name: name)
        let meta = try Dictionary(
            Row.fetchAll(db, sql: "SELECT CAST(key AS TEXT) AS key, CAST(value AS TEXT) AS value FROM meta ORDER BY key")
                .map { (($0["key"] as String?) ?? "", ($0["value"] as String?) ?? "") },
            uniquingKeysWith: { first, _ in first })
        let markets = try Row.fetchAll(db, sql: """
            SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name, CAST(district AS TEXT) AS district,
                   CAST(address AS TEXT) AS address
            FROM markets ORDER BY name, id
            """).map { row in
            let id = text(row, "id")
            guard Identifier.isSafe(id) else {
                throw PasarError("market id \"\(id)\" cannot be used in a web address", at: .row(table: "markets", id: id), hint: Identifier.rule)
            }
            return Market(id: id, name: text(row, "name"), district: text(row, "district"), address: text(row, "address"))
        }
        let categories = try Row.fetchAll(db, sql: """
            SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name FROM categories ORDER BY sort_order, id
            """).map { row in
            let id = text(row, "id")
            guard Identifier.isSafe(id) else {
                throw PasarError("category id \"\(id)\" cannot be used in a web address", at: .row(table: "categories", id: id), hint: Identifier.rule)
            }
            return ComplaintCategory(id: id, name: text(row, "name"))
        }
        // Only public columns are selected; reporter_* never leave the database.
        let complaints = try Row.fetchAll(db, sql: """
            SELECT CAST(id AS TEXT) AS id, CAST(market_id AS TEXT) AS market_id, CAST(category_id AS TEXT) AS category_id,
                   CAST(channel AS TEXT) AS channel, CAST(received_at AS TEXT) AS received_at,
                   CAST(first_response_at AS TEXT) AS first_response_at, CAST(resolved_at AS TEXT) AS resolved_at,
                   CAST(status AS TEXT) AS status, CAST(public_summary AS TEXT) AS public_summary,
                   CAST(confidentiality AS TEXT) AS confidentiality
            FROM complaints ORDER BY id
            """).map(complaint)
        return ComplaintDatabase(
            markets: markets, categories: categories, complaints: complaints, isSample: meta["dataset"] == "contoh",
            satisfaction: try satisfaction(db))
    }

    /// The optional survey table, read like the complaints: as text, unusable values kept for the report.
    static func satisfaction(_ db: Database) throws -> [SatisfactionResponse]? {
        let table = "satisfaction_responses"
        guard try db.tableExists(table) else { return nil }
        let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
        let missing = ComplaintDatabaseSchema.satisfactionColumns.filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw PasarError("missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))", at: .table(table),
                             hint: "see docs/database.md for the survey table, or drop the table if there is no survey")
        }
        let columns = ComplaintDatabaseSchema.satisfactionColumns.map { "CAST(\($0) AS TEXT)" }.joined(separator: ", ")
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY id").map { row in
            SatisfactionResponse(
                id: (row[0] as String?) ?? "", marketID: (row[1] as String?) ?? "", period: ((row[2] as String?) ?? "").trimmedOfSpaces,
                scores: (3..<12).map { (row[$0] as String?).flatMap { Int($0.trimmedOfSpaces) } })
        }
    }

    static func checkSchema(_ db: Database, name: String) throws {
        guard try db.tableExists("meta") else {
            throw PasarError("this is not a Pasar Terbuka complaint database (no meta table)", at: .file(name),
                             hint: "see docs/database.md for the expected tables")
        }
        let version = try String.fetchOne(db, sql: "SELECT CAST(value AS TEXT) FROM meta WHERE key = 'schema_version'")
        guard version == String(ComplaintDatabaseSchema.version) else {
            throw PasarError(
                "unknown schema version \(version.map { "\"\($0)\"" } ?? "(none)"); this pasar reads version \(ComplaintDatabaseSchema.version)",
                at: .row(table: "meta", id: "schema_version"), hint: "see docs/database.md")
        }
        for (table, columns) in ComplaintDatabaseSchema.requiredColumns {
            guard try db.tableExists(table) else {
                throw PasarError("the database has no table \(table)", at: .file(name), hint: "see docs/database.md for the expected tables")
            }
            let present = Set(try db.columns(in: table).map { $0.name.lowercased() })
            let missing = columns.filter { !present.contains($0) }
            guard missing.isEmpty else {
                throw PasarError("missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", "))", at: .table(table),
                                 hint: "see docs/database.md for the expected columns")
            }
        }
    }

    /// Column positions in the complaints SELECT above; by position, because GRDB's lookup by
    /// name lowercases the name on every access.
    private enum Column: Int {
        case id, marketID, categoryID, channel, receivedAt, firstResponseAt, resolvedAt, status, publicSummary, confidentiality
    }

    static func complaint(_ row: Row) -> Complaint {
        func text(_ column: Column) -> String { (row[column.rawValue] as String?) ?? "" }
        func timestamp(_ column: Column) -> Recorded<Timestamp> {
            recorded(row[column.rawValue]) { try? Timestamp.parse($0).get() }
        }
        return Complaint(
            id: text(.id), marketID: text(.marketID), categoryID: text(.categoryID), channel: text(.channel),
            receivedAt: timestamp(.receivedAt), firstResponseAt: timestamp(.firstResponseAt), resolvedAt: timestamp(.resolvedAt),
            status: recorded(row[Column.status.rawValue], ComplaintStatus.init(rawValue:)),
            confidentiality: recorded(row[Column.confidentiality.rawValue], Confidentiality.init(rawValue:)),
            publicSummary: text(.publicSummary))
    }

    static func text(_ row: Row, _ column: String) -> String { (row[column] as String?) ?? "" }

    /// Missing for NULL or blank text; the parsed value; or the raw text when it does not parse.
    static func recorded<T>(_ raw: String?, _ parse: (String) -> T?) -> Recorded<T> {
        guard let raw else { return .missing }
        let trimmed = raw.trimmedOfSpaces
        guard !trimmed.isEmpty else { return .missing }
        return parse(trimmed).map(Recorded.value) ?? .invalid(raw)
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks (ASCII; no Foundation bridging).
    var trimmedOfSpaces: String {
        let bytes = utf8
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return self }
        return String(self[first...last])
    }
}
