-- 002: an event is one occurrence; mentions counts how often the article reports it.
ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
