-- Reports read a region's attendance by session: with the columns they need in the index, H2 and
-- PostgreSQL answer from the index alone instead of looking up each of a region's 150,000 rows.
CREATE INDEX attendance_records_report_idx ON attendance_records (session_id, user_id, present, absence);
