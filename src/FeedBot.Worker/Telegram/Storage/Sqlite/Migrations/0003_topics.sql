-- Forum topics. A subscription's delivery target is (chat_id, thread_id): thread_id is the forum topic's
-- message_thread_id, 0 for the chat itself (no topic). SQLite cannot change a primary key in place, so the table is
-- rebuilt with its rows (nothing references it).
CREATE TABLE telegram_subscriptions_topics (
    chat_id         INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    thread_id       INTEGER NOT NULL DEFAULT 0,     -- 0 = no topic
    source_id       TEXT    NOT NULL,
    filter          TEXT,                           -- null = everything; else KeywordFilter syntax (words, -word)
    created_utc     INTEGER NOT NULL,
    PRIMARY KEY (chat_id, thread_id, source_id)
);
INSERT INTO telegram_subscriptions_topics (chat_id, thread_id, source_id, filter, created_utc)
SELECT chat_id, 0, source_id, filter, created_utc FROM telegram_subscriptions;
DROP TABLE telegram_subscriptions;
ALTER TABLE telegram_subscriptions_topics RENAME TO telegram_subscriptions;
CREATE INDEX ix_telegram_subscriptions_source ON telegram_subscriptions (source_id);

-- A forum topic's own state (thread 0 keeps the chat's): paused by /pause sent in it, inactive once Telegram said it
-- is closed or deleted (its queued deliveries are cancelled; a command sent in it again makes it active).
CREATE TABLE telegram_topics (
    chat_id         INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    thread_id       INTEGER NOT NULL CHECK (thread_id > 0),
    is_active       INTEGER NOT NULL DEFAULT 1,
    is_paused       INTEGER NOT NULL DEFAULT 0,
    inactive_reason TEXT,
    created_utc     INTEGER NOT NULL,
    updated_utc     INTEGER NOT NULL,
    PRIMARY KEY (chat_id, thread_id)
);
