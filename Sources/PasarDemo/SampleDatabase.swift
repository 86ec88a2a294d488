import Foundation
import GRDB
import PasarCore
import PasarSources

/// Writes the sample complaint database (schema version 1, marked `dataset = contoh`).
public enum SampleDatabase {
    /// Writes the sample to `url`. An existing file is replaced only if it is itself a sample database,
    /// so real data is never overwritten.
    public static func write(to url: URL, shownAs name: String, seed: UInt64 = SampleData.defaultSeed,
                             complaints: Int = SampleData.complaintCount) throws(PasarError) -> SampleData {
        let fm = FileManager.default
        if fm.fileExists(atPath: url.path), !isSample(url) {
            throw PasarError("this file is not a sample database, so pasar demo will not replace it", at: .file(name),
                             hint: "choose another path with --db")
        }
        let sample = SampleData(seed: seed, complaints: complaints)
        let staging = url.deletingLastPathComponent().appending(path: ".\(url.lastPathComponent).pasar-new")
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            let queue = try DatabaseQueue(path: staging.path)
            try queue.write { db in try fill(db, with: sample) }
            try queue.close()
            if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
            try fm.moveItem(at: staging, to: url)
        } catch {
            try? fm.removeItem(at: staging)
            throw PasarError("cannot write the sample database: \(error)", at: .file(name))
        }
        return sample
    }

    static func fill(_ db: Database, with sample: SampleData) throws {
        try db.execute(sql: ComplaintDatabaseSchema.createStatements)
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('dataset', 'contoh'), ('generator', ?), ('seed', ?)",
                       arguments: ["pasar demo", String(SampleData.defaultSeed)])
        for (position, category) in ComplaintDatabaseSchema.standardCategories.enumerated() {
            try db.execute(sql: "INSERT INTO categories (id, name, sort_order) VALUES (?, ?, ?)",
                           arguments: [category.id, category.name, position + 1])
        }
        for market in sample.markets {
            try db.execute(sql: "INSERT INTO markets (id, name, district, address) VALUES (?, ?, ?, ?)",
                           arguments: [market.id, market.name, market.district, market.address])
        }
        try db.execute(sql: ComplaintDatabaseSchema.satisfactionStatements)
        let sheet = try db.makeStatement(sql: """
            INSERT INTO satisfaction_responses (id, market_id, period, u1, u2, u3, u4, u5, u6, u7, u8, u9)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for s in sample.satisfaction {
            var values: [(any DatabaseValueConvertible)?] = [s.id, s.marketID, s.period]
            values += s.scores.map { score -> (any DatabaseValueConvertible)? in score }
            try sheet.execute(arguments: StatementArguments(values))
        }
        let insert = try db.makeStatement(sql: """
            INSERT INTO complaints (id, market_id, category_id, channel, received_at, first_response_at, resolved_at,
                                    status, public_summary, reporter_name, reporter_phone, reporter_contact, confidentiality, location)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for c in sample.complaints {
            try insert.execute(arguments: [
                c.id, c.marketID, c.categoryID, c.channel, c.receivedAt, c.firstResponseAt, c.resolvedAt, c.status,
                c.publicSummary, c.reporterName, c.reporterPhone, c.reporterContact, c.confidentiality, c.location,
            ])
        }
    }

    static func isSample(_ url: URL) -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: url.path, configuration: configuration) else { return false }
        let dataset = try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'dataset'") }
        return dataset == "contoh"
    }
}
