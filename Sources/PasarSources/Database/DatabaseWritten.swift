import GRDB
import PasarCore

/// When the database says it was last written (`meta.written_at`) and, when `pasar import` wrote
/// it, what its complaint times were then (`meta.written_fingerprint`). No real recording can be
/// later than the day after it: the default as-of moment leaves such times out, once the
/// fingerprint shows that no other program has written complaint times since.
public struct DatabaseWritten: Sendable, Hashable {
    public let at: Timestamp
    /// Nil when another program set `written_at` alone: then it is taken as it is.
    public let fingerprint: String?

    public init(at: Timestamp, fingerprint: String?) {
        self.at = at
        self.fingerprint = fingerprint
    }

    /// The moment in `meta`, when it holds a valid one.
    static func read(meta: [String: String]) -> DatabaseWritten? {
        guard let text = meta["written_at"], let at = Timestamp.parse(text).value else { return nil }
        return DatabaseWritten(at: at, fingerprint: meta["written_fingerprint"])
    }

    /// Records that the database was written at `moment`, with the fingerprint of its complaint times.
    static func record(_ db: Database, at moment: Timestamp) throws {
        let fingerprint = try complaintTimesFingerprint(db)
        for (key, value) in [("written_at", moment.description), ("written_fingerprint", fingerprint)] {
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }

    /// The number of complaints and the exact sums of their times in seconds: any insert, deletion or
    /// change of a time changes it (unless changes cancel out to the second, which no real edit does).
    static func complaintTimesFingerprint(_ db: Database) throws -> String {
        let row = try Row.fetchOne(db, sql: """
            SELECT count(*),
                   coalesce(sum(CAST(strftime('%s', received_at) AS INTEGER)), 0),
                   coalesce(sum(CAST(strftime('%s', first_response_at) AS INTEGER)), 0),
                   coalesce(sum(CAST(strftime('%s', resolved_at) AS INTEGER)), 0)
            FROM complaints
            """)
        let values: [Int64] = (0..<4).map { row?[$0] ?? 0 }
        return "v1:" + values.map(String.init).joined(separator: ":")
    }
}
