-- Forum topics. A subscription's delivery target is (chat_id, thread_id): thread_id is the forum topic's
-- message_thread_id, 0 for the chat itself (no topic).
ALTER TABLE telegram_subscriptions ADD COLUMN thread_id bigint NOT NULL DEFAULT 0;   -- 0 = no topic
ALTER TABLE telegram_subscriptions DROP CONSTRAINT telegram_subscriptions_pkey;
ALTER TABLE telegram_subscriptions ADD PRIMARY KEY (chat_id, thread_id, source_id);
CREATE INDEX ix_telegram_subscriptions_source ON telegram_subscriptions (source_id);

-- A forum topic's own state (thread 0 keeps the chat's): paused by /pause sent in it, inactive once Telegram said it
-- is closed or deleted (its queued deliveries are cancelled; a command sent in it again makes it active).
CREATE TABLE telegram_topics (
    chat_id         bigint  NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE,
    thread_id       bigint  NOT NULL CHECK (thread_id > 0),
    is_active       boolean NOT NULL DEFAULT true,
    is_paused       boolean NOT NULL DEFAULT false,
    inactive_reason text,
    created_utc     bigint  NOT NULL,                -- UTC Unix milliseconds
    updated_utc     bigint  NOT NULL,
    PRIMARY KEY (chat_id, thread_id)
);
