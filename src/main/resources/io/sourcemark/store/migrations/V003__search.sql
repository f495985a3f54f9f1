-- Search over speakers, and over the notes of every annotation.
--
-- The index gains a speaker_id column: a speaker's row (rowid -id, beside the articles' 2 * id and the annotations'
-- 2 * id + 1) holds its name as the title and its aliases, role and affiliation as the text, kept current by the
-- triggers below. FTS5 cannot add a column, so the index is built again from the tables it mirrors. Speaker mentions
-- and tag spans, which are not statements, are found by their note only (their text is the article's).

DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
    title,
    text,
    note,
    article_id UNINDEXED,
    annotation_id UNINDEXED,
    speaker_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
SELECT 2 * id, title, body, note, id, NULL FROM article;
INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
SELECT 2 * id + 1, NULL, exact, note, article_id, id FROM annotation
WHERE kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM');
INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
SELECT 2 * id + 1, NULL, NULL, note, article_id, id FROM annotation
WHERE kind IN ('SPEAKER', 'TAG') AND note IS NOT NULL;
INSERT INTO search_index (rowid, title, text, speaker_id)
SELECT -id, name, concat_ws(' ', (SELECT group_concat(alias, ' ') FROM speaker_alias WHERE speaker_id = speaker.id),
                            role, affiliation), id
FROM speaker;

DROP TRIGGER statement_search_insert;
CREATE TRIGGER statement_search_insert AFTER INSERT ON annotation
    WHEN new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') OR new.note IS NOT NULL BEGIN
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    VALUES (2 * new.id + 1, NULL,
            CASE WHEN new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') THEN new.exact END,
            new.note, new.article_id, new.id);
END;

DROP TRIGGER statement_search_update;
CREATE TRIGGER statement_search_update AFTER UPDATE OF kind, exact, note ON annotation BEGIN
    DELETE FROM search_index WHERE rowid = 2 * old.id + 1;
    INSERT INTO search_index (rowid, title, text, note, article_id, annotation_id)
    SELECT 2 * new.id + 1, NULL,
           CASE WHEN new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') THEN new.exact END,
           new.note, new.article_id, new.id
    WHERE new.kind IN ('DIRECT_QUOTE', 'INDIRECT_QUOTE', 'CLAIM') OR new.note IS NOT NULL;
END;

CREATE TRIGGER speaker_search_insert AFTER INSERT ON speaker BEGIN
    INSERT INTO search_index (rowid, title, text, speaker_id)
    VALUES (-new.id, new.name, concat_ws(' ', new.role, new.affiliation), new.id);
END;

CREATE TRIGGER speaker_search_update AFTER UPDATE OF name, role, affiliation ON speaker BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
    INSERT INTO search_index (rowid, title, text, speaker_id)
    VALUES (-new.id, new.name, concat_ws(' ', (SELECT group_concat(alias, ' ') FROM speaker_alias
                                               WHERE speaker_id = new.id), new.role, new.affiliation), new.id);
END;

CREATE TRIGGER speaker_search_delete AFTER DELETE ON speaker BEGIN
    DELETE FROM search_index WHERE rowid = -old.id;
END;

-- An alias written or removed indexes its speaker again, when the speaker is still there (a cascade removes it).
CREATE TRIGGER speaker_alias_search_insert AFTER INSERT ON speaker_alias BEGIN
    DELETE FROM search_index WHERE rowid = -new.speaker_id;
    INSERT INTO search_index (rowid, title, text, speaker_id)
    SELECT -id, name, concat_ws(' ', (SELECT group_concat(alias, ' ') FROM speaker_alias
                                      WHERE speaker_id = speaker.id), role, affiliation), id
    FROM speaker WHERE id = new.speaker_id;
END;

CREATE TRIGGER speaker_alias_search_update AFTER UPDATE ON speaker_alias BEGIN
    DELETE FROM search_index WHERE rowid IN (-old.speaker_id, -new.speaker_id);
    INSERT INTO search_index (rowid, title, text, speaker_id)
    SELECT -id, name, concat_ws(' ', (SELECT group_concat(alias, ' ') FROM speaker_alias
                                      WHERE speaker_id = speaker.id), role, affiliation), id
    FROM speaker WHERE id IN (old.speaker_id, new.speaker_id);
END;

CREATE TRIGGER speaker_alias_search_delete AFTER DELETE ON speaker_alias BEGIN
    DELETE FROM search_index WHERE rowid = -old.speaker_id;
    INSERT INTO search_index (rowid, title, text, speaker_id)
    SELECT -id, name, concat_ws(' ', (SELECT group_concat(alias, ' ') FROM speaker_alias
                                      WHERE speaker_id = speaker.id), role, affiliation), id
    FROM speaker WHERE id = old.speaker_id;
END;

-- The speakers list, who said what and the statistics count statements by speaker, kind, origin and verdict: indexes
-- holding every column they read let them skip the annotations' rows, which carry the text.
DROP INDEX annotation_speaker;
CREATE INDEX annotation_speaker ON annotation (speaker_id, article_id, kind, origin, verdict);
CREATE INDEX annotation_statement_counts ON annotation (kind, origin, verdict, review_status);
