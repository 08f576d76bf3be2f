-- 002: earlier versions of articles. An article read again under the same URL (or,
-- when it has no URL, the same source id, e.g. a feed entry's) with a different text replaces the
-- stored one: its layers are rebuilt for the new text, and the replaced text is kept
-- here with the time it was ingested and the time it was replaced. Only current
-- versions are in `articles`, so views, exports and eval see one version per story.

CREATE TABLE article_versions (
    id TEXT PRIMARY KEY,          -- the id the earlier version had
    current_id TEXT NOT NULL,     -- the article in `articles` that replaced it
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    published TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    replaced_at TEXT NOT NULL
);
CREATE INDEX article_versions_current ON article_versions (current_id);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_source ON articles (source);
