-- 011: readings of the whole store kept in it (the shifts): made once per store version, by the command that wrote
-- the store or by the first reader who may write, so that the next answers without reading every stance again.
CREATE TABLE kept_readings (
    question      TEXT PRIMARY KEY,
    store_version INTEGER NOT NULL,
    reading       TEXT NOT NULL
);
