-- Sessions of a cohort and who attended them (Kirkpatrick levels 1-3 need to know who was there).
-- H2 and PostgreSQL. One row per session and participant: recording again replaces it.

CREATE TABLE cohort_sessions (
  id BIGINT PRIMARY KEY,
  cohort_id BIGINT NOT NULL REFERENCES cohorts (id),
  title VARCHAR(200) NOT NULL,
  held_on DATE NOT NULL,
  starts_at TIME,
  -- classroom, workshop, webinar or e-learning: the strings the regional plugins group by
  delivery_mode VARCHAR(20) NOT NULL,
  place VARCHAR(500),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE SEQUENCE cohort_sessions_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX cohort_sessions_cohort_idx ON cohort_sessions (cohort_id);

CREATE TABLE attendance_records (
  id BIGINT PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES cohort_sessions (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  present BOOLEAN NOT NULL,
  recorded_by BIGINT REFERENCES users (id),
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (session_id, user_id)
);
CREATE SEQUENCE attendance_records_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX attendance_records_user_idx ON attendance_records (user_id);
