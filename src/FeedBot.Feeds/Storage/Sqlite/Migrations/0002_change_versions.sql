-- Each source's change version: moved in the transaction that changes the source's items (new, edited, article
-- fetched), so every instance on the database can tell that its rendered feeds are stale.
CREATE TABLE source_versions (
    source_id TEXT    PRIMARY KEY,
    version   INTEGER NOT NULL
);
INSERT INTO source_versions (source_id, version) SELECT DISTINCT source_id, 1 FROM items;
