CREATE TABLE items (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id       TEXT    NOT NULL,
    item_key        TEXT    NOT NULL,
    link            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    summary         TEXT,
    image_url       TEXT,
    published_utc   INTEGER NOT NULL,
    first_seen_utc  INTEGER NOT NULL,
    updated_utc     INTEGER NOT NULL,
    is_backfill     INTEGER NOT NULL DEFAULT 0,
    content_html    TEXT,
    content_utc     INTEGER,
    content_error   TEXT,
    content_attempts INTEGER NOT NULL DEFAULT 0,
    content_retry_utc INTEGER,
    UNIQUE (source_id, item_key)
);
CREATE INDEX ix_items_source_published ON items (source_id, published_utc DESC, id DESC);

CREATE TABLE polls (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    source_id       TEXT    NOT NULL,
    started_utc     INTEGER NOT NULL,
    finished_utc    INTEGER NOT NULL,
    http_status     INTEGER,
    items_seen      INTEGER NOT NULL,
    items_new       INTEGER NOT NULL,
    items_updated   INTEGER NOT NULL,
    error           TEXT
);
CREATE INDEX ix_polls_source ON polls (source_id, id DESC);

CREATE TABLE http_validators (
    url             TEXT PRIMARY KEY,
    etag            TEXT,
    last_modified_utc INTEGER
);
