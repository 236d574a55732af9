-- Follows (issue 12): a chat, or one forum topic of it (thread_id, 0 = no topic), follows a person of FeedBot:People
-- (person_id) and gets every item tagged with them, from every source.
CREATE TABLE telegram_follows (
    chat_id     INTEGER NOT NULL REFERENCES telegram_chats (chat_id) ON DELETE CASCADE ON UPDATE CASCADE,
    thread_id   INTEGER NOT NULL DEFAULT 0,
    person_id   TEXT    NOT NULL,
    created_utc INTEGER NOT NULL,
    PRIMARY KEY (chat_id, thread_id, person_id)
);
CREATE INDEX ix_telegram_follows_person ON telegram_follows (person_id);
