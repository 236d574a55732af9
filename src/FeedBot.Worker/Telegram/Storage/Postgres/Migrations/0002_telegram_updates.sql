-- Update ids claimed for handling, once for every instance sharing the store: a claim that exists means handled.
CREATE TABLE telegram_updates (
    update_id   bigint PRIMARY KEY,
    claimed_utc bigint NOT NULL    -- UTC Unix milliseconds
);
CREATE INDEX telegram_updates_claimed ON telegram_updates (claimed_utc);
