-- Update ids claimed for handling (once for every instance sharing the store): a claim that exists means handled.
CREATE TABLE telegram_updates (
    update_id   INTEGER PRIMARY KEY,
    claimed_utc INTEGER NOT NULL
);
