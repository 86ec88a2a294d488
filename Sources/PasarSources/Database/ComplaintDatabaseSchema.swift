/// Schema version 1 of the complaint database, documented in docs/database.md. The statements
/// create an empty database; the column lists are what `ComplaintStore` requires.
public enum ComplaintDatabaseSchema {
    public static let version = 1

    /// The SQL that creates an empty version-1 database.
    public static let createStatements = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        INSERT INTO meta (key, value) VALUES ('schema_version', '1');
        CREATE TABLE markets (
            id       TEXT PRIMARY KEY,
            name     TEXT NOT NULL,
            district TEXT NOT NULL DEFAULT '',
            address  TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE categories (
            id         TEXT PRIMARY KEY,
            name       TEXT NOT NULL,
            sort_order INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE complaints (
            id                TEXT PRIMARY KEY,
            market_id         TEXT NOT NULL,
            category_id       TEXT NOT NULL,
            channel           TEXT NOT NULL DEFAULT '',
            received_at       TEXT,
            first_response_at TEXT,
            resolved_at       TEXT,
            status            TEXT NOT NULL,
            public_summary    TEXT NOT NULL DEFAULT '',
            reporter_name     TEXT,
            reporter_phone    TEXT,
            reporter_contact  TEXT,
            confidentiality   TEXT NOT NULL DEFAULT 'biasa',
            location          TEXT
        );
        CREATE INDEX complaints_market ON complaints (market_id);
        """

    /// The optional community satisfaction survey (SKM): one row per answer sheet, no personal data.
    public static let satisfactionStatements = """
        CREATE TABLE satisfaction_responses (
            id        TEXT PRIMARY KEY,
            market_id TEXT NOT NULL,
            period    TEXT NOT NULL,
            u1 INTEGER, u2 INTEGER, u3 INTEGER, u4 INTEGER, u5 INTEGER,
            u6 INTEGER, u7 INTEGER, u8 INTEGER, u9 INTEGER
        );
        """

    /// Columns the optional survey table must have when it exists.
    static let satisfactionColumns = ["id", "market_id", "period"] + (1...9).map { "u\($0)" }

    /// The seven categories every database starts with, in page order.
    public static let standardCategories: [(id: String, name: String)] = [
        ("fasilitas", "Fasilitas"), ("keamanan", "Keamanan"), ("kebersihan", "Kebersihan"), ("parkir", "Parkir"),
        ("retribusi", "Retribusi"), ("kenyamanan", "Kenyamanan"), ("lainnya", "Lainnya"),
    ]

    /// Columns each table must have; more are allowed.
    static let requiredColumns: [(table: String, columns: [String])] = [
        ("meta", ["key", "value"]),
        ("markets", ["id", "name", "district", "address"]),
        ("categories", ["id", "name", "sort_order"]),
        ("complaints", ["id", "market_id", "category_id", "channel", "received_at", "first_response_at",
                        "resolved_at", "status", "public_summary", "confidentiality"]),
    ]

    /// Columns that identify a person: never read by the generator.
    public static let privateColumns = ["reporter_name", "reporter_phone", "reporter_contact"]
}
