-- Issue #15: an imported question is recognised on a later import by its source key, never by its
-- name: "id:<Moodle ID number>" or "file:<file name>#<position in the file>". Questions imported
-- before this were recognised by category and name (and so were unique by them); they keep that
-- as a legacy key, taken over by the first question of the next import with the same name, so
-- re-importing an old file still revises them instead of duplicating the bank.
ALTER TABLE questions ADD COLUMN source_key VARCHAR(500);
UPDATE questions SET source_key = 'name:' || name;
CREATE INDEX questions_source_idx ON questions (course_id, category, source_key);
