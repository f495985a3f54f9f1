-- Sourcemark project schema, version 1: the whole domain of an annotated news library.
-- Enum values are the names of the io.sourcemark.model enums; instants are ISO-8601 UTC text with nine fraction
-- digits (so they sort as text), dates ISO yyyy-mm-dd.

CREATE TABLE article (
    id           INTEGER PRIMARY KEY,
    title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    source       TEXT,
    date         TEXT,
    dateline     TEXT,
    agency       TEXT,
    url          TEXT,
    license      TEXT,
    file_name    TEXT,
    body         TEXT    NOT NULL,
    content_hash TEXT    NOT NULL UNIQUE,
    imported_at  TEXT    NOT NULL
);

CREATE TABLE speaker (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- name folded to lower case by the store (Unicode-aware, unlike SQLite's NOCASE) for look-ups by name
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'MEDIA', 'GOVERNMENT_BODY', 'ANONYMOUS', 'GROUP')),
    role        TEXT,
    affiliation TEXT
);
CREATE INDEX speaker_name_key ON speaker (name_key);

CREATE TABLE speaker_alias (
    speaker_id INTEGER NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    alias      TEXT    NOT NULL CHECK (length(trim(alias)) > 0),
    alias_key  TEXT    NOT NULL,
    PRIMARY KEY (speaker_id, position)
);
CREATE INDEX speaker_alias_key ON speaker_alias (alias_key);

CREATE TABLE annotation (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind          TEXT    NOT NULL CHECK (kind IN ('SPEAKER', 'DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM', 'TAG')),
    origin        TEXT    NOT NULL CHECK (origin IN ('DETECTED', 'CONFIRMED', 'MANUAL', 'REJECTED')),
    "start"       INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    exact         TEXT    NOT NULL,
    prefix        TEXT    NOT NULL DEFAULT '',
    suffix        TEXT    NOT NULL DEFAULT '',
    speaker_id    INTEGER REFERENCES speaker (id) ON DELETE SET NULL,
    cue_start     INTEGER,
    cue_end       INTEGER,
    score         REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
    verdict       TEXT CHECK (verdict IS NULL OR verdict IN ('NOT_CHECKED', 'TRUE', 'MOSTLY_TRUE', 'MIXED',
                                                             'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNVERIFIABLE')),
    review_status TEXT CHECK (review_status IS NULL OR review_status IN ('TO_CHECK', 'IN_PROGRESS', 'DONE')),
    rationale     TEXT,
    reviewer      TEXT,
    reviewed_at   TEXT,
    note          TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CHECK (0 <= "start" AND "start" <= "end"),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL)),
    CHECK (cue_start IS NULL OR (0 <= cue_start AND cue_start <= cue_end)),
    -- a verification is whole or absent: verdict and review status go together
    CHECK ((verdict IS NULL) = (review_status IS NULL))
);
CREATE INDEX annotation_article ON annotation (article_id, "start", "end");
CREATE INDEX annotation_speaker ON annotation (speaker_id);

CREATE TABLE tag (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color     TEXT,
    -- deleting a parent keeps its children as top-level codes rather than losing the analyst's coding
    parent_id INTEGER REFERENCES tag (id) ON DELETE SET NULL,
    shortcut  TEXT UNIQUE CHECK (shortcut IS NULL OR length(shortcut) = 1),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX tag_parent ON tag (parent_id);

CREATE TABLE annotation_tag (
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id);

CREATE TABLE link (
    id                 INTEGER PRIMARY KEY,
    from_annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    to_annotation_id   INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    relation           TEXT    NOT NULL CHECK (relation IN ('SAID_BY', 'SUPPORTS', 'CONTRADICTS', 'REPEATS',
                                                            'RESPONDS_TO', 'CITES', 'SAME_CLAIM')),
    note               TEXT,
    CHECK (from_annotation_id <> to_annotation_id),
    UNIQUE (from_annotation_id, to_annotation_id, relation)
);
CREATE INDEX link_to ON link (to_annotation_id);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    url           TEXT    NOT NULL,
    title         TEXT,
    note          TEXT,
    stance        TEXT    NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    accessed      TEXT CHECK (accessed IS NULL OR accessed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
CREATE INDEX evidence_annotation ON evidence (annotation_id);

-- Full-text search over articles (title, body) and statements (exact text, note).
-- One index for both: an article's row id is 2 * article.id, a statement's is 2 * annotation.id + 1,
-- so triggers find a row by its key without scanning.
CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    text,
    note,
    article_id UNINDEXED,
    annotation_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id, new.title, new.body, NULL, new.id, NULL);
END;

CREATE TRIGGER article_search_update AFTER UPDATE OF title, body ON article BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id;
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id, new.title, new.body, NULL, new.id, NULL);
END;

CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id;
END;

CREATE TRIGGER statement_search_insert AFTER INSERT ON annotation
    WHEN new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') BEGIN
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id + 1, NULL, new.exact, new.note, new.article_id, new.id);
END;

CREATE TRIGGER statement_search_update AFTER UPDATE OF kind, exact, note ON annotation BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id + 1;
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    SELECT 2 * new.id + 1, NULL, new.exact, new.note, new.article_id, new.id
    WHERE new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM');
END;

CREATE TRIGGER statement_search_delete AFTER DELETE ON annotation BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id + 1;
END;
