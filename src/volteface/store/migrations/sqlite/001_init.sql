-- 001: articles and everything extracted from them. Spans are [start, end) character offsets into articles.text.
CREATE TABLE articles (
    id          TEXT PRIMARY KEY,
    title       TEXT,
    date        TEXT,
    date_source TEXT NOT NULL,
    url         TEXT,
    source      TEXT,
    lang        TEXT NOT NULL,
    text        TEXT NOT NULL,
    provenance  TEXT,
    stored_at   TEXT NOT NULL
);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE actors (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    code    TEXT,
    country TEXT,
    sector  TEXT,
    kind    TEXT NOT NULL
);

CREATE TABLE posts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    platform   TEXT NOT NULL,
    author     TEXT NOT NULL,
    handle     TEXT,
    date       TEXT,
    text       TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    url        TEXT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       TEXT NOT NULL,
    actor_id   TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX mentions_actor ON mentions(actor_id);

CREATE TABLE quotes (
    article_id         TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx                INTEGER NOT NULL,
    speaker            TEXT,
    speaker_start      INTEGER,
    speaker_end        INTEGER,
    speaker_actor      TEXT,
    cue                TEXT,
    cue_start          INTEGER,
    cue_end            INTEGER,
    content            TEXT NOT NULL,
    content_start      INTEGER NOT NULL,
    content_end        INTEGER NOT NULL,
    kind               TEXT NOT NULL,
    date               TEXT,
    date_source        TEXT NOT NULL,
    via                TEXT,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX quotes_speaker ON quotes(speaker_actor);

CREATE TABLE events (
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    source         TEXT,
    target         TEXT,
    source_actor   TEXT,
    target_actor   TEXT,
    code           TEXT NOT NULL,
    root           TEXT NOT NULL,
    plover         TEXT,
    mode           TEXT,
    quad           INTEGER NOT NULL,
    goldstein      REAL NOT NULL,
    negated        INTEGER NOT NULL,
    hypothetical   INTEGER NOT NULL,
    date           TEXT,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    confidence     REAL NOT NULL,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX events_dyad ON events(source, target);

CREATE TABLE stances (
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    idx            INTEGER NOT NULL,
    holder         TEXT NOT NULL,
    target         TEXT NOT NULL,
    label          TEXT NOT NULL,
    score          REAL NOT NULL,
    date           TEXT,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    quote_ref      INTEGER,
    PRIMARY KEY (article_id, idx)
);
CREATE INDEX stances_holder ON stances(holder, target);
