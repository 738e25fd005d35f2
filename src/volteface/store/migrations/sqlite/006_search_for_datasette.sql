-- 006: the full-text tables again, declared with content="articles" / content="quotes" in double quotes: the
-- same index, in the form datasette recognises, so its search box appears on the articles and quotes tables.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS quotes_fts_insert;
DROP TRIGGER IF EXISTS quotes_fts_delete;
DROP TABLE IF EXISTS articles_fts;
DROP TABLE IF EXISTS quotes_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content="articles", content_rowid="rowid");
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE quotes_fts USING fts5(speaker, content, content="quotes", content_rowid="rowid");
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, speaker, content) VALUES (new.rowid, new.speaker, new.content);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, speaker, content) VALUES ('delete', old.rowid, old.speaker, old.content);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
