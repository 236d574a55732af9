-- Person tags (FeedBot:People): one row per item and person named in its title, summary or article text.
-- (item_id, person_id) serves an item's tags; (person_id, item_id) serves ?person= and the Telegram follow fan-out.
CREATE TABLE item_people (
    item_id   bigint NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    person_id text   NOT NULL,
    PRIMARY KEY (item_id, person_id)
);
CREATE INDEX ix_item_people_person ON item_people (person_id, item_id);
-- Every source's newest items tagged with someone (the follow fan-out reads across sources).
CREATE INDEX ix_items_published ON items (published_utc DESC, id DESC);

-- The fingerprint of the people list the stored tags were computed with: start-up re-tags only when it differs.
CREATE TABLE people_tagging (
    id          integer PRIMARY KEY CHECK (id = 1),
    fingerprint text    NOT NULL
);
