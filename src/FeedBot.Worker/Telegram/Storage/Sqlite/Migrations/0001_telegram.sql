-- The Telegram module's tables (was 0002_telegram.sql of the single list, before each module owned its schema).
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
