import Foundation
import GRDB
import GRDBSQLite
import PasarCore

/// The office's SQLite database (schema version 1, docs/database.md), opened read-only. Every read of
/// a build happens in one transaction, so the figures come from one consistent state even while
/// another program writes. Only public columns are selected: reporter_* never leave the database.
public struct SQLiteComplaintSource: ComplaintSource {
    public let url: URL
    public let name: String
    /// How long to wait for another program that is writing to the database.
    public let busyTimeout: Double

    /// `name` is how the file is shown in messages.
    public init(url: URL, shownAs name: String, busyTimeout: Double = 10) {
        self.url = url
        self.name = name
        self.busyTimeout = busyTimeout
    }

    public func fingerprint() throws(PasarError) -> String {
        try checkFile()
        return try Digest.hex(file: url, shownAs: name)
    }

    public func withSnapshot<T>(_ body: (any ComplaintSnapshot) throws(PasarError) -> T) throws(PasarError) -> T {
        try checkFile()
        do {
            return try read(path: url.path, body)
        } catch let error as DatabaseError where needsImmutableOpen(error) {
            // A WAL database in a folder pasar cannot write to: SQLite cannot make its -shm file. With no
            // -wal file beside it, every committed change is in the database file, and no program can be
            // writing it (a writer would need those files too), so reading it as immutable is consistent.
            do {
                return try read(path: immutableURI, body)
            } catch {
                throw translate(error)
            }
        } catch {
            throw translate(error)
        }
    }

    /// Reads in one read-only transaction, waiting up to `busyTimeout` for a writer.
    private func read<T>(path: String, _ body: (any ComplaintSnapshot) throws(PasarError) -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "pasar.complaints"
        configuration.busyMode = .timeout(busyTimeout)
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            try SQLiteSnapshot.checkSchema(db, name: name)
            let snapshot = SQLiteSnapshot(db: db, name: name, reference: try SQLiteSnapshot.reference(db))
            return try body(snapshot)
        }
    }

    /// True when the database is in WAL mode, SQLite cannot create its -shm file, and there is no -wal
    /// file holding changes not yet in the database file.
    private func needsImmutableOpen(_ error: DatabaseError) -> Bool {
        guard [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode) else { return false }
        let folder = url.deletingLastPathComponent().path
        return !FileManager.default.isWritableFile(atPath: folder) && !FileManager.default.fileExists(atPath: url.path + "-wal")
    }

    private var immutableURI: String {
        let allowed = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))
        return "file:" + (url.path.addingPercentEncoding(withAllowedCharacters: allowed) ?? url.path) + "?immutable=1"
    }

    private func translate(_ error: any Error) -> PasarError {
        switch error {
        case let error as PasarError:
            return error
        case let error as DatabaseError where error.resultCode == .SQLITE_NOTADB:
            return PasarError("not an SQLite database", at: .file(name), hint: "check --db / database: in content/site.yml")
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY:
            return PasarError("the database is locked by another program that is writing to it (waited \(Int(busyTimeout)) s)", at: .file(name),
                              hint: "build again when it has finished, or build from a copy of the file")
        case let error as DatabaseError where [.SQLITE_READONLY, .SQLITE_CANTOPEN].contains(error.resultCode):
            return PasarError("cannot open the database read-only: \(error.message ?? "\(error)")", at: .file(name),
                              hint: FileManager.default.fileExists(atPath: url.path + "-wal")
                                  ? "its -wal file holds changes not yet in the database file and its folder is read-only; open it once with write access, or build from a copy"
                                  : "check the permissions of the file and its folder")
        default:
            return PasarError("cannot read the database: \(error)", at: .file(name))
        }
    }

    private func checkFile() throws(PasarError) {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw PasarError("database not found", at: .file(name),
                             hint: "run `pasar demo` to create the sample database, or pass --db PATH / set database: in content/site.yml")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw PasarError("database is not readable (check file permissions)", at: .file(name))
        }
    }
}

/// One read transaction of the database.
struct SQLiteSnapshot: ComplaintSnapshot {
    let db: Database
    let name: String
    let reference: ReferenceData

    func complaintCount() throws(PasarError) -> Int {
        do {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM complaints") ?? 0
        } catch {
            throw PasarError("cannot count the complaints: \(error)", at: .table("complaints"))
        }
    }

    func complaintTimesFingerprint() throws(PasarError) -> String {
        do {
            return try DatabaseWritten.complaintTimesFingerprint(db)
        } catch {
            throw PasarError("cannot read the complaints' times: \(error)", at: .table("complaints"))
        }
    }

    func forEachTimestamp(_ body: (Timestamp) -> Void) throws(PasarError) {
        try scan("""
            SELECT CAST(received_at AS TEXT), CAST(first_response_at AS TEXT), CAST(resolved_at AS TEXT)
            FROM complaints
            """) { row in
            for column in 0..<3 {
                if case let .value(time) = row.timestamp(Int32(column)) { body(time) }
            }
        }
    }

    func forEachComplaint(batchSize: Int, _ body: ([Complaint]) throws(PasarError) -> Void) throws(PasarError) {
        var batch: [Complaint] = []
        batch.reserveCapacity(batchSize)
        try scan("""
            SELECT CAST(id AS TEXT), CAST(market_id AS TEXT), CAST(category_id AS TEXT), CAST(channel AS TEXT),
                   CAST(received_at AS TEXT), CAST(first_response_at AS TEXT), CAST(resolved_at AS TEXT),
                   CAST(status AS TEXT), CAST(public_summary AS TEXT), CAST(confidentiality AS TEXT),
                   \(reference.hasLocation ? "CAST(location AS TEXT)" : "NULL")
            FROM complaints ORDER BY id
            """) { row throws(PasarError) in
            batch.append(Complaint(
                id: row.text(0), marketID: row.text(1), categoryID: row.text(2), channel: row.text(3),
                receivedAt: row.timestamp(4), firstResponseAt: row.timestamp(5), resolvedAt: row.timestamp(6),
                status: row.recorded(7, ComplaintStatus.init(rawValue:)), confidentiality: row.recorded(9, Confidentiality.init(rawValue:)),
                publicSummary: row.text(8), location: row.text(10).trimmedOfSpaces))
            if batch.count == batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { try body(batch) }
    }

    /// Steps through `sql`, handing each row's raw column bytes to `body` (no Row or String per cell).
    private func scan(_ sql: String, _ body: (RawRow) throws(PasarError) -> Void) throws(PasarError) {
        do {
            let statement = try db.makeStatement(sql: sql)
            let cursor = try Row.fetchCursor(statement)
            let row = RawRow(statement: statement.sqliteStatement)
            while try cursor.next() != nil { try body(row) }
        } catch let error as PasarError {
            throw error
        } catch {
            throw PasarError("cannot read the complaints: \(error)", at: .table("complaints"))
        }
    }
}

/// The current row of a stepped statement, read column by column from SQLite's own buffers.
struct RawRow {
    let statement: OpaquePointer

    /// The column's UTF-8 bytes, valid until the next step; nil for NULL.
    func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>?) -> T) -> T {
        guard sqlite3_column_type(statement, column) != SQLITE_NULL, let text = sqlite3_column_text(statement, column) else { return body(nil) }
        return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, column))))
    }

    func text(_ column: Int32) -> String {
        withBytes(column) { bytes in bytes.map { String(decoding: $0, as: UTF8.self) } ?? "" }
    }

    func timestamp(_ column: Int32) -> Recorded<Timestamp> {
        withBytes(column) { bytes in
            guard let bytes else { return .missing }
            let trimmed = RawRow.trimmed(bytes)
            guard !trimmed.isEmpty else { return .missing }
            switch Timestamp.parse(utf8: trimmed) {
            case let .success(time): return .value(time)
            case .failure: return .invalid(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// Missing for NULL or blank text; the parsed value; or the raw text when it does not parse.
    func recorded<T>(_ column: Int32, _ parse: (String) -> T?) -> Recorded<T> {
        withBytes(column) { bytes in
            guard let bytes else { return .missing }
            let trimmed = RawRow.trimmed(bytes)
            guard !trimmed.isEmpty else { return .missing }
            return parse(String(decoding: trimmed, as: UTF8.self)).map(Recorded.value) ?? .invalid(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}

extension SQLiteSnapshot {
    static func reference(_ db: Database) throws -> ReferenceData {
        let meta = try Dictionary(
            Row.fetchAll(db, sql: "SELECT CAST(key AS TEXT) AS key, CAST(value AS TEXT) AS value FROM meta ORDER BY key")
                .map { (($0["key"] as String?) ?? "", ($0["value"] as String?) ?? "") },
            uniquingKeysWith: { first, _ in first })
        let markets = try Row.fetchAll(db, sql: """
            SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name, CAST(district AS TEXT) AS district,
                   CAST(address AS TEXT) AS address
            FROM markets ORDER BY name, id
            """).map { row in
            Market(id: try safeID(row, table: "markets", noun: "market"), name: text(row, "name"), district: text(row, "district"), address: text(row, "address"))
        }
        let categories = try Row.fetchAll(db, sql: """
            SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name FROM categories ORDER BY sort_order, id
            """).map { row in
            ComplaintCategory(id: try safeID(row, table: "categories", noun: "category"), name: text(row, "name"))
        }
        try checkUnique(markets.map(\.id), table: "markets")
        try checkUnique(categories.map(\.id), table: "categories")
        for (table, count) in [("markets", markets.count), ("categories", categories.count)] where count > ComplaintLedger.maximumGroups {
            throw PasarError("\(count) rows; pasar publishes at most \(ComplaintLedger.maximumGroups)", at: .table(table))
        }
        let hasLocation = try db.columns(in: "complaints").contains { $0.name.lowercased() == "location" }
        return ReferenceData(markets: markets, categories: categories, isSample: meta["dataset"] == "contoh", satisfaction: try satisfaction(db),
                             hasLocation: hasLocation, createdAt: meta["created_at"].flatMap { Timestamp.parse($0).value },
                             written: DatabaseWritten.read(meta: meta))
    }

    static func safeID(_ row: Row, table: String, noun: String) throws(PasarError) -> String {
        let id = text(row, "id")
        guard Identifier.isSafe(id) else {
            throw PasarError("\(noun) id \"\(id)\" cannot be used in a web address", at: .row(table: table, id: id), hint: Identifier.rule)
        }
        return id
    }

    /// A table without a PRIMARY KEY can hold an id twice; every page and file needs ids to be unique.
    static func checkUnique(_ ids: [String], table: String) throws(PasarError) {
        var seen = Set<String>()
        for id in ids where !seen.insert(id).inserted {
            throw PasarError("id \"\(id)\" appears more than once", at: .row(table: table, id: id),
                             hint: "keep one row per id (docs/database.md makes id the PRIMARY KEY)")
        }
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

    static func text(_ row: Row, _ column: String) -> String { (row[column] as String?) ?? "" }
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
