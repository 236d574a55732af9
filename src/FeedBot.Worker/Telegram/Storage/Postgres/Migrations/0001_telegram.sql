-- The Telegram module's tables: chats, their subscriptions, the bot's state (the update offset).
CREATE TABLE telegram_chats (
    chat_id         bigint  PRIMARY KEY,
    chat_type       text    NOT NULL,                -- private | group | supergroup | channel
    title           text,
    username        text,
    language        text    NOT NULL DEFAULT 'vi',   -- 'vi' or 'en'
    is_active       boolean NOT NULL DEFAULT true,   -- false when blocked/kicked/removed
    is_paused       boolean NOT NULL DEFAULT false,
    inactive_reason text,
    created_utc     bigint  NOT NULL,                -- UTC Unix milliseconds
    updated_utc     bigint  NOT NULL
);
CREATE TABLE telegram_subscriptions (
    chat_id         bigint  NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE,
    source_id       text    NOT NULL,
    filter          text,                            -- null = everything; else KeywordFilter syntax (words, -word)
    created_utc     bigint  NOT NULL,
    PRIMARY KEY (chat_id, source_id)
);
CREATE TABLE telegram_state (key text PRIMARY KEY, value text NOT NULL);  -- e.g. 'update_offset'
