-- Forum topics: a row's target is (chat_id, thread_id), thread_id 0 for the chat itself (no topic); one row per
-- (item, chat, topic). SQLite cannot change a UNIQUE constraint in place, so the table is rebuilt with its rows and ids.
CREATE TABLE deliveries_topics (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id          INTEGER REFERENCES items (id) ON DELETE CASCADE,
    chat_id          INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON UPDATE CASCADE ON DELETE CASCADE,
    thread_id        INTEGER NOT NULL DEFAULT 0,
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
    UNIQUE (item_id, chat_id, thread_id)
);
INSERT INTO deliveries_topics (id, item_id, chat_id, thread_id, notice_text, status, attempts, next_attempt_utc, last_error,
                               message_id, plain_text, created_utc, sent_utc)
SELECT id, item_id, chat_id, 0, notice_text, status, attempts, next_attempt_utc, last_error, message_id, plain_text, created_utc, sent_utc
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_topics RENAME TO deliveries;
CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_utc, id) WHERE status = 'pending';
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id, thread_id, status);
CREATE INDEX ix_deliveries_sent ON deliveries (sent_utc) WHERE status = 'sent';
