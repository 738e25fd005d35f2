-- 009: what the store keeps up to date as articles are written, so that reads need not rescan it: each actor's
-- mentions, the articles that mention it and their first and last dates (the overview, the actors list), and a
-- version that changes with every write, with an id of its own, that a cache of an analysis is keyed by; and
-- the indexes a dyad's events (codes matched as prefixes: USA matches USAGOV), the use of force (events by
-- CAMEO root) and the outlets list are read by.
CREATE TABLE actor_counts (
    actor_id   TEXT PRIMARY KEY,
    mentions   INTEGER NOT NULL,
    articles   INTEGER NOT NULL,
    first_date TEXT,
    last_date  TEXT
);
INSERT INTO actor_counts (actor_id, mentions, articles, first_date, last_date)
SELECT m.actor_id, COUNT(*), COUNT(DISTINCT m.article_id), MIN(a.date), MAX(a.date)
FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY m.actor_id;

CREATE TABLE store_version (
    id      TEXT NOT NULL,
    version BIGINT NOT NULL
);
INSERT INTO store_version (id, version) VALUES (md5(random()::text || clock_timestamp()::text), 0);

CREATE INDEX events_dyad_prefix ON events(source text_pattern_ops, target text_pattern_ops);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX events_root ON events(root);
-- Newest first, as every listing reads (PostgreSQL reads an ascending index backwards with NULLs first, so
-- "date DESC NULLS LAST" sorted every row; SQLite puts NULLs last when descending and needs none of these).
CREATE INDEX quotes_newest ON quotes(date DESC NULLS LAST, article_id, idx);
CREATE INDEX events_newest ON events(date DESC NULLS LAST, article_id, idx);
CREATE INDEX stances_newest ON stances(date DESC NULLS LAST, article_id, idx);
CREATE INDEX articles_newest ON articles(date DESC NULLS LAST, id);
