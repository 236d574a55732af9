-- Each source's change version: moved in the transaction that changes the source's items (new, edited, article
-- fetched), so every instance on the database can tell that its rendered feeds are stale.
CREATE TABLE source_versions (
    source_id text   PRIMARY KEY,
    version   bigint NOT NULL
);
