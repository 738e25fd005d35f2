-- 010: an actor's own statements, newest first, read straight off one index (an actor page's timeline): the
-- speaker's index alone left 29,000 of Putin's quotes to sort on a 100,000-article store.
CREATE INDEX quotes_speaker_newest ON quotes(speaker_actor, date DESC NULLS LAST, article_id, idx);
