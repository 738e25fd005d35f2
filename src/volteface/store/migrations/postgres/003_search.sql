-- 003 (PostgreSQL): full-text search over article texts and quotes with PostgreSQL's own tsvector, kept in step
-- as generated columns and indexed with GIN (SQLite uses FTS5 for the same searches).
ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
ALTER TABLE quotes ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(speaker, '') || ' ' || content)) STORED;
CREATE INDEX quotes_search ON quotes USING GIN (search);
