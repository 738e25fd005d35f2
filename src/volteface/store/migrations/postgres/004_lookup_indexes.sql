-- 004: indexes for the dashboard's lookups (an actor's events, newest-first listings).
CREATE INDEX events_source_actor ON events(source_actor);
CREATE INDEX events_target_actor ON events(target_actor);
CREATE INDEX events_date ON events(date);
CREATE INDEX quotes_date ON quotes(date);
CREATE INDEX mentions_article ON mentions(article_id);
