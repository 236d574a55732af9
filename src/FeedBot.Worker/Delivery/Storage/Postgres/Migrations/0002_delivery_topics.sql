-- Forum topics: a row's target is (chat_id, thread_id), thread_id 0 for the chat itself (no topic); one row per
-- (item, chat, topic).
ALTER TABLE deliveries ADD COLUMN thread_id bigint NOT NULL DEFAULT 0;
ALTER TABLE deliveries DROP CONSTRAINT deliveries_item_id_chat_id_key;
ALTER TABLE deliveries ADD CONSTRAINT deliveries_item_chat_thread_key UNIQUE (item_id, chat_id, thread_id);
DROP INDEX ix_deliveries_chat;
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id, thread_id, status);
