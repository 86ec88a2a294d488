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
    id         TEXT,
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
    confidentiality   TEXT NOT NULL DEFAULT 'biasa'
);
CREATE INDEX complaints_market ON complaints (market_id);

