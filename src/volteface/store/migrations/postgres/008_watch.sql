-- 008 (PostgreSQL): keep watching. The extractor version that made an article's records (reprocess finds the stale ones);
-- articles by URL (a watcher never fetches a stored page again); what a watcher has seen of each source (files
-- with their mtime and size, feeds with their ETag and Last-Modified, items by URL or guid), so a restart fetches
-- nothing twice; and the alerts it raised, each once (its id is a hash of the shift and its evidence).
ALTER TABLE articles ADD COLUMN extractor_version TEXT;
CREATE INDEX articles_url ON articles(url);
CREATE INDEX articles_version ON articles(extractor_version, id);
CREATE INDEX articles_stored ON articles(stored_at);

CREATE TABLE seen (
    source     TEXT NOT NULL,
    item       TEXT NOT NULL,
    etag       TEXT,
    modified   TEXT,
    article_id TEXT,
    problem    TEXT,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (source, item)
);

CREATE TABLE alerts (
    id         TEXT PRIMARY KEY,
    created    TEXT NOT NULL,
    holder     TEXT NOT NULL,
    target     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    evidence   TEXT NOT NULL,
    support    INTEGER NOT NULL,
    record     TEXT NOT NULL,
    sent       TEXT
);
CREATE INDEX alerts_created ON alerts(created);
CREATE INDEX alerts_shift ON alerts(holder, target, kind);
