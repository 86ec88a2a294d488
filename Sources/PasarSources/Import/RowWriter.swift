import GRDB
import PasarCore

/// Checks one imported row and writes it by id: values as the database stores them (times with
/// `+07:00`, status and confidentiality words, market and category ids, also when the file names
/// them by their name), and the row inserted, updated where a value differs, or left as it is.
struct RowWriter {
    enum Outcome { case inserted, updated, unchanged }

    typealias Problems = [(column: String, reason: LocalizedText)]

    struct RowProblems: Error {
        let problems: Problems
    }

    let db: Database
    let table: ImportTable
    /// The table's columns the file has, `id` first.
    let columns: [String]
    /// Market and category ids by id and by lowercased name, for complaints.
    let markets: [String: String]
    let categories: [String: String]
    let marketIDs: [String]
    let categoryIDs: [String]

    init(_ db: Database, table: ImportTable, columns: [String]) throws {
        self.db = db
        self.table = table
        self.columns = ["id"] + columns.filter { $0 != "id" }
        var markets: [String: String] = [:], categories: [String: String] = [:]
        let marketRows = try Row.fetchAll(db, sql: "SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name FROM markets")
        let categoryRows = try Row.fetchAll(db, sql: "SELECT CAST(id AS TEXT) AS id, CAST(name AS TEXT) AS name FROM categories")
        for row in marketRows {
            let id: String = row["id"] ?? ""
            markets[(row["name"] as String? ?? "").lowercased()] = id
            markets[id.lowercased()] = id
        }
        for row in categoryRows {
            let id: String = row["id"] ?? ""
            categories[(row["name"] as String? ?? "").lowercased()] = id
            categories[id.lowercased()] = id
        }
        self.markets = markets
        self.categories = categories
        marketIDs = marketRows.compactMap { $0["id"] }
        categoryIDs = categoryRows.compactMap { $0["id"] }
        if table == .complaints, columns.contains("location"), try !db.columns(in: "complaints").contains(where: { $0.name.lowercased() == "location" }) {
            // The optional column of docs/database.md, added when a file brings places.
            try db.execute(sql: "ALTER TABLE complaints ADD COLUMN location TEXT")
        }
    }

    /// The row's values as stored, or every problem in it.
    func prepare(_ values: [String: String?]) -> Result<[String: String?], RowProblems> {
        var row = values
        var problems: Problems = []
        func required(_ column: String) -> String? {
            guard let value = values[column] ?? nil else {
                problems.append((column, "is empty"))
                return nil
            }
            return value
        }
        if let id = required("id"), table != .complaints, !Identifier.isSafe(id) {
            problems.append(("id", "\"\(id)\" cannot be used in a web address: \(Identifier.rule)"))
        }
        switch table {
        case .markets, .categories:
            _ = required("name")
            if let order = values["sort_order"] ?? nil, Int(order) == nil { problems.append(("sort_order", "\"\(order)\" is not a whole number")) }
        case .complaints:
            if let market = required("market_id") {
                if let id = markets[market.lowercased()] { row["market_id"] = id } else {
                    problems.append(("market_id", unknown(market, noun: "market", ids: marketIDs, table: "markets")))
                }
            }
            if let category = required("category_id") {
                if let id = categories[category.lowercased()] { row["category_id"] = id } else {
                    problems.append(("category_id", unknown(category, noun: "category", ids: categoryIDs, table: "categories")))
                }
            }
            for column in ["received_at", "first_response_at", "resolved_at"] {
                guard let value = (column == "received_at" ? required(column) : values[column] ?? nil) else { continue }
                switch ImportValues.time(value) {
                case let .success(time): row[column] = time
                case let .failure(problem): problems.append((column, problem.text))
                }
            }
            if let status = required("status") {
                if let word = ImportValues.status(status) { row["status"] = word.rawValue } else {
                    problems.append(("status", "\"\(status)\" is not a status: diterima, diverifikasi, diproses, selesai or ditolak (or received, in progress, resolved, rejected)"))
                }
            }
            if values.keys.contains("confidentiality") {
                let given = values["confidentiality"] ?? nil
                if let word = ImportValues.confidentiality(given ?? "") { row["confidentiality"] = word.rawValue } else {
                    problems.append(("confidentiality", "\"\(given ?? "")\" is not biasa, anonim or rahasia"))
                }
            }
        }
        // Columns the schema declares NOT NULL DEFAULT '': an empty cell is empty text.
        for column in ["channel", "public_summary", "district", "address"] where row.keys.contains(column) && (row[column] ?? nil) == nil {
            row[column] = ""
        }
        return problems.isEmpty ? .success(row) : .failure(RowProblems(problems: problems))
    }

    func unknown(_ value: String, noun: String, ids: [String], table: String) -> LocalizedText {
        let close = Spelling.closest(to: value, in: ids)
        return "\"\(value)\" is not in the \(table) table" + (close.map { " (did you mean \"\($0)\"?)" } ?? "")
            + (ids.isEmpty ? " (import the \(table) first: pasar import FILE --table \(table))" : "")
    }

    /// Inserts the row, or updates the columns whose value differs.
    func upsert(_ row: [String: String?]) throws -> Outcome {
        let id = (row["id"] ?? nil) ?? ""
        let present = columns.filter { row.keys.contains($0) }
        let list = present.map { "CAST(\($0) AS TEXT) AS \($0)" }.joined(separator: ", ")
        // Cached statements: the same few SQL texts serve every row.
        let existing = try Row.fetchOne(try db.cachedStatement(sql: "SELECT \(list) FROM \(table.rawValue) WHERE id = ?"), arguments: [id])
        guard let existing else {
            let names = present.joined(separator: ", "), marks = present.map { _ in "?" }.joined(separator: ", ")
            var values: [(any DatabaseValueConvertible)?] = present.map { row[$0] ?? nil }
            if table == .complaints, !present.contains("confidentiality") {
                try db.cachedStatement(sql: "INSERT INTO complaints (\(names)) VALUES (\(marks))").execute(arguments: StatementArguments(values))
                return .inserted
            }
            if table == .categories, !present.contains("sort_order") {
                values.append(try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM categories") ?? 1)
                try db.execute(sql: "INSERT INTO categories (\(names), sort_order) VALUES (\(marks), ?)", arguments: StatementArguments(values))
                return .inserted
            }
            try db.cachedStatement(sql: "INSERT INTO \(table.rawValue) (\(names)) VALUES (\(marks))").execute(arguments: StatementArguments(values))
            return .inserted
        }
        let changed = present.filter { (existing[$0] as String?) != (row[$0] ?? nil) }
        guard !changed.isEmpty else { return .unchanged }
        let assignments = changed.map { "\($0) = ?" }.joined(separator: ", ")
        var values: [(any DatabaseValueConvertible)?] = changed.map { row[$0] ?? nil }
        values.append(id)
        try db.cachedStatement(sql: "UPDATE \(table.rawValue) SET \(assignments) WHERE id = ?").execute(arguments: StatementArguments(values))
        return .updated
    }
}

/// Making and recognising a schema-v1 complaint database.
public enum ComplaintDatabase {
    /// The tables of docs/database.md and the seven standard categories.
    public static func create(_ db: Database) throws {
        try db.execute(sql: ComplaintDatabaseSchema.createStatements)
        for (position, category) in ComplaintDatabaseSchema.standardCategories.enumerated() {
            try db.execute(sql: "INSERT INTO categories (id, name, sort_order) VALUES (?, ?, ?)",
                           arguments: [category.id, category.name, position + 1])
        }
    }

    /// Refuses a file that is not a schema-v1 complaint database, so an import never writes into another program's data.
    public static func check(_ db: Database, name: String) throws {
        try SQLiteSnapshot.checkSchema(db, name: name)
    }
}
