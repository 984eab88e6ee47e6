-- Forms built by a region's admins in the browser, assignments of any form (a plugin's or one
-- built here) to courses and cohorts, and what a response is about beyond its course: a session
-- attended, a participant assessed by their supervisor, or a cohort seen by its organisers.

CREATE TABLE custom_forms (
  id BIGINT PRIMARY KEY,
  region_id BIGINT NOT NULL REFERENCES regions (id),
  form_key VARCHAR(80) NOT NULL,
  form_version INT NOT NULL,
  definition VARCHAR(200000) NOT NULL,
  archived BOOLEAN NOT NULL,
  updated_by BIGINT REFERENCES users (id),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (region_id, form_key)
);
CREATE SEQUENCE custom_forms_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE form_assignments (
  id BIGINT PRIMARY KEY,
  region_id BIGINT NOT NULL REFERENCES regions (id),
  source VARCHAR(40) NOT NULL,
  form_id VARCHAR(80) NOT NULL,
  course_code VARCHAR(80) NOT NULL,
  cohort_id BIGINT,
  UNIQUE (region_id, source, form_id, course_code, cohort_id)
);
CREATE SEQUENCE form_assignments_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX form_assignments_form_idx ON form_assignments (region_id, source, form_id);

ALTER TABLE form_responses ADD COLUMN about VARCHAR(40);
