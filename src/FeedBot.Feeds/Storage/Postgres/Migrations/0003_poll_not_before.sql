-- The site's Retry-After (503/429), capped: no request goes to the source before this time (Unix ms, UTC).
-- Kept with the poll that was told, so a restart and every instance sharing the database honour it.
ALTER TABLE polls ADD COLUMN not_before_utc bigint;
