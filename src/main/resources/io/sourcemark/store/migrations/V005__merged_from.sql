-- Sourcemark project schema, version 5: where a merged speaker's statements came from.
--
-- Merging two speakers moves every statement of the merged one to the one kept, and the merged name becomes an alias.
-- Splitting that alias off again gave back the mentions whose words are the alias and the statements linked to them
-- as "said by", but not a statement whose speaker was chosen by name, with no mention to follow. merged_from keeps
-- the name of the speaker a statement (or mention) had before it was merged away, so that splitting that name off
-- gives it back; any other change of the speaker clears it.
--
-- The undo triggers of the table are made again with the new column (UndoTriggersTest checks every column).

ALTER TABLE annotation ADD COLUMN merged_from TEXT;

DROP TRIGGER annotation_undo_insert;
DROP TRIGGER annotation_undo_update;
DROP TRIGGER annotation_undo_delete;

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
        || ',' || quote(new.updated_at)
        || ',' || quote(new.merged_from));
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
        || ', merged_from = ' || quote(old.merged_from)
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
        || ',' || quote(new.updated_at)
        || ',' || quote(new.merged_from));
END;

CREATE TRIGGER annotation_undo_delete BEFORE DELETE ON annotation BEGIN
    INSERT INTO undo_entry (step_id, table_name, row_id, statement, after_state)
    VALUES ((SELECT step_id FROM undo_recording), 'annotation', old.id, 'INSERT INTO annotation (id, uid, article_id, kind, origin, "start", "end", exact, prefix, suffix, pieces, speaker_id, cue_start, cue_end, score, category, suggested_kind, verdict, review_status, rationale, reviewer, reviewed_at, note, created_at, updated_at, merged_from) VALUES ('
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
        || ', ' || quote(old.updated_at)
        || ', ' || quote(old.merged_from) || ')', NULL);
END;
