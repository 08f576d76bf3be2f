-- 001: articles, content-keyed analyses and the four layers, one row per item.
-- Layer rows carry the actor columns flat (for queries and CSV/Parquet) and the
-- item's full JSON (for the spec's records, so exports round-trip exactly).

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    published_precision TEXT,
    dateline_place TEXT,
    dateline_agency TEXT,
    section TEXT,
    language TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    analyser_version TEXT,
    layers_version TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE analyses (
    text_hash TEXT NOT NULL,
    analyser_version TEXT NOT NULL,
    raw BLOB NOT NULL,            -- zlib-compressed JSON list of sentences of RawTokens
    created_at TEXT NOT NULL,
    PRIMARY KEY (text_hash, analyser_version)
);

CREATE TABLE entities (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    type TEXT,
    actor_id TEXT,
    actor_name TEXT,
    actor_kind TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    actor_role TEXT,
    actor_wikidata TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX entities_actor ON entities (actor_id);

CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    kind TEXT,
    speaker_id TEXT,
    speaker_name TEXT,
    speaker_country TEXT,
    speaker_sector TEXT,
    speaker_role TEXT,
    speaker_wikidata TEXT,
    speaker_text TEXT,
    cue TEXT,
    sentence TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);

CREATE TABLE timexes (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    type TEXT,
    value TEXT,
    anchor TEXT,
    mod TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);

CREATE TABLE events (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    type TEXT NOT NULL,
    quad INTEGER,
    mode TEXT,
    context TEXT,                 -- JSON list
    actor_id TEXT,
    actor_name TEXT,
    actor_kind TEXT,
    actor_country TEXT,
    actor_sector TEXT,
    actor_role TEXT,
    actor_wikidata TEXT,
    recipient_id TEXT,
    recipient_name TEXT,
    recipient_kind TEXT,
    recipient_country TEXT,
    recipient_sector TEXT,
    recipient_role TEXT,
    recipient_wikidata TEXT,
    date TEXT,
    date_text TEXT,
    status TEXT,
    text TEXT,
    start INTEGER,
    "end" INTEGER,
    trigger TEXT,
    speaker_id TEXT,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, ord)
);
CREATE INDEX events_actor ON events (actor_id);
CREATE INDEX events_recipient ON events (recipient_id);
CREATE INDEX events_date ON events (date);
