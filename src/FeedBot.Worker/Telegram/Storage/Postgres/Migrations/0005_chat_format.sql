-- How items are written to the chat (issue 12, /format): 'short' (title, summary, link) or 'full' (the article's text
-- too, in an expandable quotation). Configured channels get FeedBot:Telegram:Channels:N:Format at start-up.
ALTER TABLE telegram_chats ADD COLUMN format text NOT NULL DEFAULT 'short' CHECK (format IN ('short', 'full'));
