-- Sourcemark project schema, version 2: stable identities and undo as data.
--
-- Every table of the domain is rebuilt with AUTOINCREMENT ids (an id is never given twice, so an undo step can name
-- a row by its id for good) and a uid, a random UUID text that exports, imports and merges use instead of ids.
-- Tables that had no id of their own (speaker_alias, annotation_tag) get one, so that every domain row has one.
-- New columns: article.note; annotation.pieces (the parts of a quote interrupted by its attribution, or the quoted
-- words of a mixed quote, as "start-end" pairs), annotation.category (of a claim), annotation.suggested_kind (the kind
-- the engine suggested, kept when the analyst changes it) and evidence.position (the analyst's order). A table keeps
-- the original bytes of an article fetched or converted at import (provenance).
--
-- Undo follows SQLite's recipe (sqlite.org/undoredo.html): triggers on every domain table write, in the same
-- transaction, the statement that reverses each row written (cascades included) into undo_entry, under the step
-- that undo_recording names. The triggers are at the end of this file; UndoTriggersTest fails when a domain table
-- lacks them or when they do not cover every column.
--
-- The foreign keys are off while this runs (Migrations turns them off around a rebuild and checks them before it
-- commits).

CREATE TABLE article_v2 (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uid          TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
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
    imported_at  TEXT    NOT NULL,
    note         TEXT
);
INSERT INTO article_v2 (id, title, source, date, dateline, agency, url, license, file_name, body, content_hash,
                        imported_at)
SELECT id, title, source, date, dateline, agency, url, license, file_name, body, content_hash, imported_at
FROM article ORDER BY id;
DROP TABLE article;
ALTER TABLE article_v2 RENAME TO article;

CREATE TABLE article_original (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uid        TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    article_id INTEGER NOT NULL UNIQUE REFERENCES article (id) ON DELETE CASCADE,
    media_type TEXT    NOT NULL,
    url        TEXT,
    fetched_at TEXT,
    content    BLOB    NOT NULL
);

CREATE TABLE speaker_v2 (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uid         TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- name folded to lower case by the store (Unicode-aware, unlike SQLite's NOCASE) for look-ups by name
    name_key    TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'MEDIA', 'GOVERNMENT_BODY', 'ANONYMOUS', 'GROUP')),
    role        TEXT,
    affiliation TEXT
);
INSERT INTO speaker_v2 (id, name, name_key, kind, role, affiliation)
SELECT id, name, name_key, kind, role, affiliation FROM speaker ORDER BY id;
DROP TABLE speaker;
ALTER TABLE speaker_v2 RENAME TO speaker;
CREATE INDEX speaker_name_key ON speaker (name_key);

CREATE TABLE speaker_alias_v2 (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uid        TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    speaker_id INTEGER NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    alias      TEXT    NOT NULL CHECK (length(trim(alias)) > 0),
    alias_key  TEXT    NOT NULL,
    UNIQUE (speaker_id, position)
);
INSERT INTO speaker_alias_v2 (speaker_id, position, alias, alias_key)
SELECT speaker_id, position, alias, alias_key FROM speaker_alias ORDER BY speaker_id, position;
DROP TABLE speaker_alias;
ALTER TABLE speaker_alias_v2 RENAME TO speaker_alias;
CREATE INDEX speaker_alias_key ON speaker_alias (alias_key);

CREATE TABLE annotation_v2 (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    uid            TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    article_id     INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    kind           TEXT    NOT NULL CHECK (kind IN ('SPEAKER', 'DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM', 'TAG')),
    origin         TEXT    NOT NULL CHECK (origin IN ('DETECTED', 'CONFIRMED', 'MANUAL', 'REJECTED')),
    "start"        INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    exact          TEXT    NOT NULL,
    prefix         TEXT    NOT NULL DEFAULT '',
    suffix         TEXT    NOT NULL DEFAULT '',
    -- "start-end,start-end…" inside [start, end): the pieces of an interrupted direct quote, or the quoted words of
    -- a mixed quote; NULL when the annotation is one piece
    pieces         TEXT    CHECK (pieces IS NULL OR pieces GLOB '[0-9]*-[0-9]*'),
    speaker_id     INTEGER REFERENCES speaker (id) ON DELETE SET NULL,
    cue_start      INTEGER,
    cue_end        INTEGER,
    score          REAL CHECK (score IS NULL OR (score >= 0 AND score <= 1)),
    category       TEXT CHECK (category IS NULL OR category IN ('STATISTIC', 'EVENT', 'CAUSAL', 'COMPARISON',
                                                               'LEGAL', 'POLICY', 'QUOTED')),
    suggested_kind TEXT CHECK (suggested_kind IS NULL OR suggested_kind IN ('SPEAKER', 'DIRECT_QUOTE',
                                                                             'INDIRECT_QUOTE', 'CLAIM', 'TAG')),
    verdict        TEXT CHECK (verdict IS NULL OR verdict IN ('NOT_CHECKED', 'TRUE', 'MOSTLY_TRUE', 'MIXED',
                                                              'MOSTLY_FALSE', 'FALSE', 'MISLEADING', 'UNVERIFIABLE')),
    review_status  TEXT CHECK (review_status IS NULL OR review_status IN ('TO_CHECK', 'IN_PROGRESS', 'DONE')),
    rationale      TEXT,
    reviewer       TEXT,
    reviewed_at    TEXT,
    note           TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    CHECK (0 <= "start" AND "start" <= "end"),
    CHECK ((cue_start IS NULL) = (cue_end IS NULL)),
    CHECK (cue_start IS NULL OR (0 <= cue_start AND cue_start <= cue_end)),
    -- a verification is whole or absent: verdict and review status go together
    CHECK ((verdict IS NULL) = (review_status IS NULL))
);
-- what the engine suggested is what detecting again compares with: version 1 kept no other kind
INSERT INTO annotation_v2 (id, article_id, kind, origin, "start", "end", exact, prefix, suffix, speaker_id, cue_start,
                           cue_end, score, suggested_kind, verdict, review_status, rationale, reviewer, reviewed_at,
                           note, created_at, updated_at)
SELECT id, article_id, kind, origin, "start", "end", exact, prefix, suffix, speaker_id, cue_start, cue_end, score,
       CASE WHEN origin IN ('DETECTED', 'CONFIRMED', 'REJECTED') THEN kind END, verdict, review_status, rationale,
       reviewer, reviewed_at, note, created_at, updated_at
FROM annotation ORDER BY id;
DROP TABLE annotation;
ALTER TABLE annotation_v2 RENAME TO annotation;
CREATE INDEX annotation_article ON annotation (article_id, "start", "end");
CREATE INDEX annotation_speaker ON annotation (speaker_id);

CREATE TABLE tag_v2 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    uid       TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    color     TEXT,
    -- deleting a parent keeps its children as top-level codes rather than losing the analyst's coding
    parent_id INTEGER REFERENCES tag (id) ON DELETE SET NULL,
    shortcut  TEXT UNIQUE CHECK (shortcut IS NULL OR length(shortcut) = 1),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
INSERT INTO tag_v2 (id, name, color, parent_id, shortcut)
SELECT id, name, color, parent_id, shortcut FROM tag ORDER BY id;
DROP TABLE tag;
ALTER TABLE tag_v2 RENAME TO tag;
CREATE INDEX tag_parent ON tag (parent_id);

CREATE TABLE annotation_tag_v2 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    UNIQUE (annotation_id, tag_id)
);
INSERT INTO annotation_tag_v2 (annotation_id, tag_id)
SELECT annotation_id, tag_id FROM annotation_tag ORDER BY annotation_id, tag_id;
DROP TABLE annotation_tag;
ALTER TABLE annotation_tag_v2 RENAME TO annotation_tag;
CREATE INDEX annotation_tag_tag ON annotation_tag (tag_id);

CREATE TABLE link_v2 (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    uid                TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    from_annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    to_annotation_id   INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    relation           TEXT    NOT NULL CHECK (relation IN ('SAID_BY', 'SUPPORTS', 'CONTRADICTS', 'REPEATS',
                                                            'RESPONDS_TO', 'CITES', 'SAME_CLAIM')),
    note               TEXT,
    CHECK (from_annotation_id <> to_annotation_id),
    UNIQUE (from_annotation_id, to_annotation_id, relation)
);
INSERT INTO link_v2 (id, from_annotation_id, to_annotation_id, relation, note)
SELECT id, from_annotation_id, to_annotation_id, relation, note FROM link ORDER BY id;
DROP TABLE link;
ALTER TABLE link_v2 RENAME TO link;
CREATE INDEX link_to ON link (to_annotation_id);

CREATE TABLE evidence_v2 (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
    annotation_id INTEGER NOT NULL REFERENCES annotation (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    url           TEXT    NOT NULL,
    title         TEXT,
    note          TEXT,
    stance        TEXT    NOT NULL CHECK (stance IN ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    accessed      TEXT CHECK (accessed IS NULL OR accessed GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
INSERT INTO evidence_v2 (id, annotation_id, position, url, title, note, stance, accessed)
SELECT id, annotation_id,
       (SELECT count(*) FROM evidence earlier WHERE earlier.annotation_id = evidence.annotation_id
                                                AND earlier.id < evidence.id),
       url, title, note, stance, accessed
FROM evidence ORDER BY id;
DROP TABLE evidence;
ALTER TABLE evidence_v2 RENAME TO evidence;
CREATE INDEX evidence_annotation ON evidence (annotation_id, position);

-- The search triggers went with the tables they watched; the index itself (rows 2 * article id and
-- 2 * annotation id + 1) still matches, since every id was kept.
CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id, new.title, new.body, new.note, new.id, NULL);
END;

CREATE TRIGGER article_search_update AFTER UPDATE OF title, body, note ON article BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id;
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id, new.title, new.body, new.note, new.id, NULL);
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

-- The history of changes. A step is one change an analyst can undo ("Accept suggestion", "Detect in 30 articles"):
-- RUNNING while its transactions are still being written, DONE once finished, UNDONE after undo. position orders the
-- steps for undo and redo: it is raised each time a step becomes DONE or UNDONE.
CREATE TABLE undo_step (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    label         TEXT    NOT NULL,
    state         TEXT    NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'UNDONE')),
    position      INTEGER NOT NULL,
    -- where to show the change after undo or redo; no foreign key: the rows may be gone
    article_id    INTEGER,
    annotation_id INTEGER,
    started_at    TEXT    NOT NULL,
    finished_at   TEXT
);
CREATE INDEX undo_step_state ON undo_step (state, position);

-- The statements that reverse each row written (or, for an undone step, that write it again), in the order
-- written; step_id NULL for rows written outside a Sourcemark change (another program). after_state is the row as
-- the write left it (every column but those that never change; NULL once deleted): a step whose rows no longer
-- stand as it left them was overtaken by another change, and is not replayed over it.
CREATE TABLE undo_entry (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    step_id     INTEGER,
    table_name  TEXT    NOT NULL,
    row_id      INTEGER NOT NULL,
    statement   TEXT    NOT NULL,
    after_state TEXT
);
CREATE INDEX undo_entry_step ON undo_entry (step_id, seq);
CREATE INDEX undo_entry_row ON undo_entry (table_name, row_id, seq);

-- The step being written, set by the writer at the start of each of its transactions and cleared before it commits.
CREATE TABLE undo_recording (
    only    INTEGER PRIMARY KEY CHECK (only = 1),
    step_id INTEGER
);
INSERT INTO undo_recording (only, step_id) VALUES (1, NULL);

-- The undo triggers of every domain table.

-- An article's body (and an original's bytes) never change after import: the undo of an update leaves them out.
CREATE TRIGGER article_body_fixed BEFORE UPDATE OF body, content_hash ON article
    WHEN new.body IS NOT old.body OR new.content_hash IS NOT old.content_hash BEGIN
    SELECT RAISE(ABORT, 'the text of an article never changes after import');
END;

CREATE TRIGGER article_original_fixed BEFORE UPDATE OF content ON article_original
    WHEN new.content IS NOT old.content BEGIN
    SELECT RAISE(ABORT, 'the original of an article never changes after import');
END;

-- article
CREATE TRIGGER article_undo_insert AFTER INSERT ON article BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article', new.id, 'DELETE FROM article WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.title)
        || ',' || quote(new.source)
        || ',' || quote(new.date)
        || ',' || quote(new.dateline)
        || ',' || quote(new.agency)
        || ',' || quote(new.url)
        || ',' || quote(new.license)
        || ',' || quote(new.file_name)
        || ',' || quote(new.imported_at)
        || ',' || quote(new.note));
END;

CREATE TRIGGER article_undo_update AFTER UPDATE ON article BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article', old.id, 'UPDATE article SET uid = ' || quote(old.uid)
        || ', title = ' || quote(old.title)
        || ', source = ' || quote(old.source)
        || ', date = ' || quote(old.date)
        || ', dateline = ' || quote(old.dateline)
        || ', agency = ' || quote(old.agency)
        || ', url = ' || quote(old.url)
        || ', license = ' || quote(old.license)
        || ', file_name = ' || quote(old.file_name)
        || ', imported_at = ' || quote(old.imported_at)
        || ', note = ' || quote(old.note)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.title)
        || ',' || quote(new.source)
        || ',' || quote(new.date)
        || ',' || quote(new.dateline)
        || ',' || quote(new.agency)
        || ',' || quote(new.url)
        || ',' || quote(new.license)
        || ',' || quote(new.file_name)
        || ',' || quote(new.imported_at)
        || ',' || quote(new.note));
END;

CREATE TRIGGER article_undo_delete BEFORE DELETE ON article BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article', old.id, 'INSERT INTO article (id, uid, title, source, date, dateline, agency, url, license, file_name, body, content_hash, imported_at, note) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.title)
        || ', ' || quote(old.source)
        || ', ' || quote(old.date)
        || ', ' || quote(old.dateline)
        || ', ' || quote(old.agency)
        || ', ' || quote(old.url)
        || ', ' || quote(old.license)
        || ', ' || quote(old.file_name)
        || ', ' || quote(old.body)
        || ', ' || quote(old.content_hash)
        || ', ' || quote(old.imported_at)
        || ', ' || quote(old.note) || ')', NULL);
END;

-- article_original
CREATE TRIGGER article_original_undo_insert AFTER INSERT ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', new.id, 'DELETE FROM article_original WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.media_type)
        || ',' || quote(new.url)
        || ',' || quote(new.fetched_at));
END;

CREATE TRIGGER article_original_undo_update AFTER UPDATE ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', old.id, 'UPDATE article_original SET uid = ' || quote(old.uid)
        || ', article_id = ' || quote(old.article_id)
        || ', media_type = ' || quote(old.media_type)
        || ', url = ' || quote(old.url)
        || ', fetched_at = ' || quote(old.fetched_at)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.media_type)
        || ',' || quote(new.url)
        || ',' || quote(new.fetched_at));
END;

CREATE TRIGGER article_original_undo_delete BEFORE DELETE ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', old.id, 'INSERT INTO article_original (id, uid, article_id, media_type, url, fetched_at, content) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.article_id)
        || ', ' || quote(old.media_type)
        || ', ' || quote(old.url)
        || ', ' || quote(old.fetched_at)
        || ', ' || quote(old.content) || ')', NULL);
END;

-- speaker
CREATE TRIGGER speaker_undo_insert AFTER INSERT ON speaker BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker', new.id, 'DELETE FROM speaker WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.name)
        || ',' || quote(new.name_key)
        || ',' || quote(new.kind)
        || ',' || quote(new.role)
        || ',' || quote(new.affiliation));
END;

CREATE TRIGGER speaker_undo_update AFTER UPDATE ON speaker BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker', old.id, 'UPDATE speaker SET uid = ' || quote(old.uid)
        || ', name = ' || quote(old.name)
        || ', name_key = ' || quote(old.name_key)
        || ', kind = ' || quote(old.kind)
        || ', role = ' || quote(old.role)
        || ', affiliation = ' || quote(old.affiliation)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.name)
        || ',' || quote(new.name_key)
        || ',' || quote(new.kind)
        || ',' || quote(new.role)
        || ',' || quote(new.affiliation));
END;

CREATE TRIGGER speaker_undo_delete BEFORE DELETE ON speaker BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker', old.id, 'INSERT INTO speaker (id, uid, name, name_key, kind, role, affiliation) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.name)
        || ', ' || quote(old.name_key)
        || ', ' || quote(old.kind)
        || ', ' || quote(old.role)
        || ', ' || quote(old.affiliation) || ')', NULL);
END;

-- speaker_alias
CREATE TRIGGER speaker_alias_undo_insert AFTER INSERT ON speaker_alias BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker_alias', new.id, 'DELETE FROM speaker_alias WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.speaker_id)
        || ',' || quote(new.position)
        || ',' || quote(new.alias)
        || ',' || quote(new.alias_key));
END;

CREATE TRIGGER speaker_alias_undo_update AFTER UPDATE ON speaker_alias BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker_alias', old.id, 'UPDATE speaker_alias SET uid = ' || quote(old.uid)
        || ', speaker_id = ' || quote(old.speaker_id)
        || ', position = ' || quote(old.position)
        || ', alias = ' || quote(old.alias)
        || ', alias_key = ' || quote(old.alias_key)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.speaker_id)
        || ',' || quote(new.position)
        || ',' || quote(new.alias)
        || ',' || quote(new.alias_key));
END;

CREATE TRIGGER speaker_alias_undo_delete BEFORE DELETE ON speaker_alias BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'speaker_alias', old.id, 'INSERT INTO speaker_alias (id, uid, speaker_id, position, alias, alias_key) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.speaker_id)
        || ', ' || quote(old.position)
        || ', ' || quote(old.alias)
        || ', ' || quote(old.alias_key) || ')', NULL);
END;

-- annotation
CREATE TRIGGER annotation_undo_insert AFTER INSERT ON annotation BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation', new.id, 'DELETE FROM annotation WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.kind)
        || ',' || quote(new.origin)
        || ',' || quote(new."start")
        || ',' || quote(new."end")
        || ',' || quote(new.exact)
        || ',' || quote(new.prefix)
        || ',' || quote(new.suffix)
        || ',' || quote(new.pieces)
        || ',' || quote(new.speaker_id)
        || ',' || quote(new.cue_start)
        || ',' || quote(new.cue_end)
        || ',' || quote(new.score)
        || ',' || quote(new.category)
        || ',' || quote(new.suggested_kind)
        || ',' || quote(new.verdict)
        || ',' || quote(new.review_status)
        || ',' || quote(new.rationale)
        || ',' || quote(new.reviewer)
        || ',' || quote(new.reviewed_at)
        || ',' || quote(new.note)
        || ',' || quote(new.created_at)
        || ',' || quote(new.updated_at));
END;

CREATE TRIGGER annotation_undo_update AFTER UPDATE ON annotation BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation', old.id, 'UPDATE annotation SET uid = ' || quote(old.uid)
        || ', article_id = ' || quote(old.article_id)
        || ', kind = ' || quote(old.kind)
        || ', origin = ' || quote(old.origin)
        || ', "start" = ' || quote(old."start")
        || ', "end" = ' || quote(old."end")
        || ', exact = ' || quote(old.exact)
        || ', prefix = ' || quote(old.prefix)
        || ', suffix = ' || quote(old.suffix)
        || ', pieces = ' || quote(old.pieces)
        || ', speaker_id = ' || quote(old.speaker_id)
        || ', cue_start = ' || quote(old.cue_start)
        || ', cue_end = ' || quote(old.cue_end)
        || ', score = ' || quote(old.score)
        || ', category = ' || quote(old.category)
        || ', suggested_kind = ' || quote(old.suggested_kind)
        || ', verdict = ' || quote(old.verdict)
        || ', review_status = ' || quote(old.review_status)
        || ', rationale = ' || quote(old.rationale)
        || ', reviewer = ' || quote(old.reviewer)
        || ', reviewed_at = ' || quote(old.reviewed_at)
        || ', note = ' || quote(old.note)
        || ', created_at = ' || quote(old.created_at)
        || ', updated_at = ' || quote(old.updated_at)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.kind)
        || ',' || quote(new.origin)
        || ',' || quote(new."start")
        || ',' || quote(new."end")
        || ',' || quote(new.exact)
        || ',' || quote(new.prefix)
        || ',' || quote(new.suffix)
        || ',' || quote(new.pieces)
        || ',' || quote(new.speaker_id)
        || ',' || quote(new.cue_start)
        || ',' || quote(new.cue_end)
        || ',' || quote(new.score)
        || ',' || quote(new.category)
        || ',' || quote(new.suggested_kind)
        || ',' || quote(new.verdict)
        || ',' || quote(new.review_status)
        || ',' || quote(new.rationale)
        || ',' || quote(new.reviewer)
        || ',' || quote(new.reviewed_at)
        || ',' || quote(new.note)
        || ',' || quote(new.created_at)
        || ',' || quote(new.updated_at));
END;

CREATE TRIGGER annotation_undo_delete BEFORE DELETE ON annotation BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation', old.id, 'INSERT INTO annotation (id, uid, article_id, kind, origin, "start", "end", exact, prefix, suffix, pieces, speaker_id, cue_start, cue_end, score, category, suggested_kind, verdict, review_status, rationale, reviewer, reviewed_at, note, created_at, updated_at) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.article_id)
        || ', ' || quote(old.kind)
        || ', ' || quote(old.origin)
        || ', ' || quote(old."start")
        || ', ' || quote(old."end")
        || ', ' || quote(old.exact)
        || ', ' || quote(old.prefix)
        || ', ' || quote(old.suffix)
        || ', ' || quote(old.pieces)
        || ', ' || quote(old.speaker_id)
        || ', ' || quote(old.cue_start)
        || ', ' || quote(old.cue_end)
        || ', ' || quote(old.score)
        || ', ' || quote(old.category)
        || ', ' || quote(old.suggested_kind)
        || ', ' || quote(old.verdict)
        || ', ' || quote(old.review_status)
        || ', ' || quote(old.rationale)
        || ', ' || quote(old.reviewer)
        || ', ' || quote(old.reviewed_at)
        || ', ' || quote(old.note)
        || ', ' || quote(old.created_at)
        || ', ' || quote(old.updated_at) || ')', NULL);
END;

-- tag
CREATE TRIGGER tag_undo_insert AFTER INSERT ON tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'tag', new.id, 'DELETE FROM tag WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.name)
        || ',' || quote(new.color)
        || ',' || quote(new.parent_id)
        || ',' || quote(new.shortcut));
END;

CREATE TRIGGER tag_undo_update AFTER UPDATE ON tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'tag', old.id, 'UPDATE tag SET uid = ' || quote(old.uid)
        || ', name = ' || quote(old.name)
        || ', color = ' || quote(old.color)
        || ', parent_id = ' || quote(old.parent_id)
        || ', shortcut = ' || quote(old.shortcut)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.name)
        || ',' || quote(new.color)
        || ',' || quote(new.parent_id)
        || ',' || quote(new.shortcut));
END;

CREATE TRIGGER tag_undo_delete BEFORE DELETE ON tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'tag', old.id, 'INSERT INTO tag (id, uid, name, color, parent_id, shortcut) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.name)
        || ', ' || quote(old.color)
        || ', ' || quote(old.parent_id)
        || ', ' || quote(old.shortcut) || ')', NULL);
END;

-- annotation_tag
CREATE TRIGGER annotation_tag_undo_insert AFTER INSERT ON annotation_tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation_tag', new.id, 'DELETE FROM annotation_tag WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.annotation_id)
        || ',' || quote(new.tag_id));
END;

CREATE TRIGGER annotation_tag_undo_update AFTER UPDATE ON annotation_tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation_tag', old.id, 'UPDATE annotation_tag SET uid = ' || quote(old.uid)
        || ', annotation_id = ' || quote(old.annotation_id)
        || ', tag_id = ' || quote(old.tag_id)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.annotation_id)
        || ',' || quote(new.tag_id));
END;

CREATE TRIGGER annotation_tag_undo_delete BEFORE DELETE ON annotation_tag BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation_tag', old.id, 'INSERT INTO annotation_tag (id, uid, annotation_id, tag_id) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.annotation_id)
        || ', ' || quote(old.tag_id) || ')', NULL);
END;

-- link
CREATE TRIGGER link_undo_insert AFTER INSERT ON link BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'link', new.id, 'DELETE FROM link WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.from_annotation_id)
        || ',' || quote(new.to_annotation_id)
        || ',' || quote(new.relation)
        || ',' || quote(new.note));
END;

CREATE TRIGGER link_undo_update AFTER UPDATE ON link BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'link', old.id, 'UPDATE link SET uid = ' || quote(old.uid)
        || ', from_annotation_id = ' || quote(old.from_annotation_id)
        || ', to_annotation_id = ' || quote(old.to_annotation_id)
        || ', relation = ' || quote(old.relation)
        || ', note = ' || quote(old.note)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.from_annotation_id)
        || ',' || quote(new.to_annotation_id)
        || ',' || quote(new.relation)
        || ',' || quote(new.note));
END;

CREATE TRIGGER link_undo_delete BEFORE DELETE ON link BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'link', old.id, 'INSERT INTO link (id, uid, from_annotation_id, to_annotation_id, relation, note) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.from_annotation_id)
        || ', ' || quote(old.to_annotation_id)
        || ', ' || quote(old.relation)
        || ', ' || quote(old.note) || ')', NULL);
END;

-- evidence
CREATE TRIGGER evidence_undo_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'evidence', new.id, 'DELETE FROM evidence WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.annotation_id)
        || ',' || quote(new.position)
        || ',' || quote(new.url)
        || ',' || quote(new.title)
        || ',' || quote(new.note)
        || ',' || quote(new.stance)
        || ',' || quote(new.accessed));
END;

CREATE TRIGGER evidence_undo_update AFTER UPDATE ON evidence BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'evidence', old.id, 'UPDATE evidence SET uid = ' || quote(old.uid)
        || ', annotation_id = ' || quote(old.annotation_id)
        || ', position = ' || quote(old.position)
        || ', url = ' || quote(old.url)
        || ', title = ' || quote(old.title)
        || ', note = ' || quote(old.note)
        || ', stance = ' || quote(old.stance)
        || ', accessed = ' || quote(old.accessed)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.annotation_id)
        || ',' || quote(new.position)
        || ',' || quote(new.url)
        || ',' || quote(new.title)
        || ',' || quote(new.note)
        || ',' || quote(new.stance)
        || ',' || quote(new.accessed));
END;

CREATE TRIGGER evidence_undo_delete BEFORE DELETE ON evidence BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'evidence', old.id, 'INSERT INTO evidence (id, uid, annotation_id, position, url, title, note, stance, accessed) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.annotation_id)
        || ', ' || quote(old.position)
        || ', ' || quote(old.url)
        || ', ' || quote(old.title)
        || ', ' || quote(old.note)
        || ', ' || quote(old.stance)
        || ', ' || quote(old.accessed) || ')', NULL);
END;
