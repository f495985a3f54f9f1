-- Sourcemark project schema, version 3: the provenance of every imported article.
--
-- article_original (version 2) kept a fetched page's bytes, its media type, address and time. An import now also
-- keeps where the article came from (the file as given, or the clipboard), the format it was read as, the encoding
-- its text was decoded from, the author the source names, and the SHA-256 of the original bytes, so the article's
-- details can say what the analyst imported and a citation can be checked against the original file.
--
-- The undo triggers of the table are made again with the new columns (UndoTriggersTest checks every column).

ALTER TABLE article_original ADD COLUMN came_from TEXT;
ALTER TABLE article_original ADD COLUMN format TEXT;
ALTER TABLE article_original ADD COLUMN encoding TEXT;
ALTER TABLE article_original ADD COLUMN author TEXT;
ALTER TABLE article_original ADD COLUMN content_sha256 TEXT;

DROP TRIGGER article_original_undo_insert;
DROP TRIGGER article_original_undo_update;
DROP TRIGGER article_original_undo_delete;

CREATE TRIGGER article_original_undo_insert AFTER INSERT ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', new.id, 'DELETE FROM article_original WHERE id = ' || new.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.media_type)
        || ',' || quote(new.url)
        || ',' || quote(new.fetched_at)
        || ',' || quote(new.came_from)
        || ',' || quote(new.format)
        || ',' || quote(new.encoding)
        || ',' || quote(new.author)
        || ',' || quote(new.content_sha256));
END;

CREATE TRIGGER article_original_undo_update AFTER UPDATE ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', old.id, 'UPDATE article_original SET uid = ' || quote(old.uid)
        || ', article_id = ' || quote(old.article_id)
        || ', media_type = ' || quote(old.media_type)
        || ', url = ' || quote(old.url)
        || ', fetched_at = ' || quote(old.fetched_at)
        || ', came_from = ' || quote(old.came_from)
        || ', format = ' || quote(old.format)
        || ', encoding = ' || quote(old.encoding)
        || ', author = ' || quote(old.author)
        || ', content_sha256 = ' || quote(old.content_sha256)
        || ' WHERE id = ' || old.id,
        quote(new.id)
        || ',' || quote(new.uid)
        || ',' || quote(new.article_id)
        || ',' || quote(new.media_type)
        || ',' || quote(new.url)
        || ',' || quote(new.fetched_at)
        || ',' || quote(new.came_from)
        || ',' || quote(new.format)
        || ',' || quote(new.encoding)
        || ',' || quote(new.author)
        || ',' || quote(new.content_sha256));
END;

CREATE TRIGGER article_original_undo_delete BEFORE DELETE ON article_original BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'article_original', old.id, 'INSERT INTO article_original (id, uid, article_id, media_type, url, fetched_at, came_from, format, encoding, author, content_sha256, content) VALUES ('
        || quote(old.id)
        || ', ' || quote(old.uid)
        || ', ' || quote(old.article_id)
        || ', ' || quote(old.media_type)
        || ', ' || quote(old.url)
        || ', ' || quote(old.fetched_at)
        || ', ' || quote(old.came_from)
        || ', ' || quote(old.format)
        || ', ' || quote(old.encoding)
        || ', ' || quote(old.author)
        || ', ' || quote(old.content_sha256)
        || ', ' || quote(old.content) || ')', NULL);
END;
