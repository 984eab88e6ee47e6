-- Answers to the regional plugins' evaluation forms. H2 and PostgreSQL.
-- No foreign key to the plugins table: a plugin's data stays when the plugin is uninstalled.

CREATE TABLE form_responses (
  id BIGINT PRIMARY KEY,
  region_id BIGINT NOT NULL REFERENCES regions (id),
  plugin_id VARCHAR(40) NOT NULL,
  form_id VARCHAR(80) NOT NULL,
  form_version INT NOT NULL,
  course_code VARCHAR(80),
  cohort VARCHAR(200),
  unit_kerja VARCHAR(200),
  response_year INT NOT NULL,
  -- who answered: the user for named forms; for anonymous forms only a one-way digest, so a
  -- second answer can be refused without storing who gave the first
  user_id BIGINT REFERENCES users (id),
  respondent VARCHAR(64) NOT NULL,
  answers VARCHAR(100000) NOT NULL,
  submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (plugin_id, form_id, course_code, respondent)
);
CREATE SEQUENCE form_responses_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX form_responses_form_idx ON form_responses (region_id, plugin_id, form_id);
