-- Delivery's tables (was 0003_deliveries.sql of the single list). The foreign keys into items and telegram_chats are
-- kept so that files made before and after the split stay alike; the stores never rely on their cascades.
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
