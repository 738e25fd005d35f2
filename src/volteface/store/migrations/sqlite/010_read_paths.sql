-- 010: what pages read on a 100,000-article store. An actor's own statements, newest first, straight off one
-- index (an actor page's timeline): the speaker's index alone left 29,000 of Putin's quotes to sort.
-- (PostgreSQL also gets a small search vector of each article's headline and lead to rank matches by; SQLite's
-- FTS5 ranks without one.)
CREATE INDEX quotes_speaker_newest ON quotes(speaker_actor, date DESC, article_id, idx);
