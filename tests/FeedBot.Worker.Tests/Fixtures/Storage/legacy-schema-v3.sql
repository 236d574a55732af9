-- A store as FeedBot wrote it before each module owned its schema: the single schema_version list (versions 1-3,
-- the scripts 0001_items, 0002_telegram, 0003_deliveries exactly as shipped) and a little of everything.
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

CREATE TABLE telegram_chats (
    chat_id         INTEGER PRIMARY KEY,
    chat_type       TEXT    NOT NULL,              -- private | group | supergroup | channel
    title           TEXT,
    username        TEXT,
    language        TEXT    NOT NULL DEFAULT 'vi', -- 'vi' or 'en'
    is_active       INTEGER NOT NULL DEFAULT 1,    -- 0 when blocked/kicked/removed
    is_paused       INTEGER NOT NULL DEFAULT 0,
    inactive_reason TEXT,
    created_utc     INTEGER NOT NULL,
    updated_utc     INTEGER NOT NULL
);
CREATE TABLE telegram_subscriptions (
    chat_id         INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    source_id       TEXT    NOT NULL,
    filter          TEXT,                           -- null = everything; else KeywordFilter syntax (words, -word)
    created_utc     INTEGER NOT NULL,
    PRIMARY KEY (chat_id, source_id)
);
CREATE TABLE telegram_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);  -- e.g. 'update_offset'

-- The Telegram outbox: one row per (item, chat), written in the transaction that stores the item.
-- A row with item_id NULL is a notice (a source health alert, a "skipped on resume" note) with its own text.
-- status: pending (due at next_attempt_utc) | held (chat paused) | sent | failed (permanent error) | cancelled (chat gone, skipped)
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id          INTEGER REFERENCES items (id) ON DELETE CASCADE,
    chat_id          INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    notice_text      TEXT,
    status           TEXT    NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'held', 'sent', 'failed', 'cancelled')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_utc INTEGER NOT NULL,
    last_error       TEXT,
    message_id       INTEGER,
    plain_text       INTEGER NOT NULL DEFAULT 0,
    created_utc      INTEGER NOT NULL,
    sent_utc         INTEGER,
    CHECK (item_id IS NOT NULL OR notice_text IS NOT NULL),
    UNIQUE (item_id, chat_id)
);
CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_utc, id) WHERE status = 'pending';
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id, status);
CREATE INDEX ix_deliveries_sent ON deliveries (sent_utc) WHERE status = 'sent';

-- Source health alert state: one row per source, so that an alert and its recovery notice are sent once each,
-- across restarts.
CREATE TABLE source_alerts (
    source_id        TEXT    PRIMARY KEY,
    is_alerting      INTEGER NOT NULL DEFAULT 0,
    reason           TEXT,
    alerted_utc      INTEGER,
    recovered_utc    INTEGER
);

CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, '2025-06-01T00:00:00.0000000+00:00'), (2, '2025-06-01T00:00:00.0000000+00:00'), (3, '2025-06-01T00:00:00.0000000+00:00');

INSERT INTO items (id, source_id, item_key, link, title, summary, image_url, published_utc, first_seen_utc, updated_utc, is_backfill, content_html, content_utc)
VALUES (1, 'moh-leadership', 'bai-cu', 'https://moh.gov.vn/content/bai-cu', 'Bài cũ', 'Tóm tắt cũ', NULL, 1751269380000, 1751270000000, 1751270000000, 1, '<p>Nội dung cũ</p>', 1751270001000),
       (2, 'moh-leadership', 'bai-moi', 'https://moh.gov.vn/content/bai-moi', 'Bài mới', 'Tóm tắt mới', 'https://moh.gov.vn/a.jpg', 1751355780000, 1751356000000, 1751356000000, 0, NULL, NULL);
INSERT INTO polls (source_id, started_utc, finished_utc, http_status, items_seen, items_new, items_updated, error)
VALUES ('moh-leadership', 1751356000000, 1751356001000, 200, 2, 1, 0, NULL);
INSERT INTO http_validators (url, etag, last_modified_utc) VALUES ('https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo', '"abc"', 1751356000000);
INSERT INTO telegram_chats (chat_id, chat_type, title, username, language, is_active, is_paused, created_utc, updated_utc)
VALUES (42, 'private', NULL, 'an', 'en', 1, 0, 1751000000000, 1751000000000),
       (-100777, 'channel', 'Kênh', 'kenh', 'vi', 1, 1, 1751000000000, 1751000000000);
INSERT INTO telegram_subscriptions (chat_id, source_id, filter, created_utc)
VALUES (42, 'moh-leadership', 'bo truong -covid', 1751000000000), (-100777, 'moh-leadership', NULL, 1751000000000);
INSERT INTO telegram_state (key, value) VALUES ('update_offset', '123457');
INSERT INTO deliveries (item_id, chat_id, status, next_attempt_utc, created_utc) VALUES (2, 42, 'pending', 1751356000000, 1751356000000);
INSERT INTO deliveries (item_id, chat_id, status, next_attempt_utc, created_utc) VALUES (2, -100777, 'held', 1751356000000, 1751356000000);
INSERT INTO source_alerts (source_id, is_alerting, reason, alerted_utc) VALUES ('moh-leadership', 1, 'HTTP 503', 1751300000000);
