-- 007: the input's own id for an article (a record's "id", a feed item's id), kept to join back to it.
ALTER TABLE articles ADD COLUMN record_id TEXT;
