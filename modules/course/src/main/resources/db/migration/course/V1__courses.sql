-- Courses with their content, cohorts, enrolments, progress and JP credits. H2 and PostgreSQL.
-- Sequences start at their increment (see the kernel's V1 for why).

CREATE TABLE courses (
  id BIGINT PRIMARY KEY,
  code VARCHAR(80) NOT NULL UNIQUE,
  package_version VARCHAR(32) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(4000) NOT NULL,
  jp INT NOT NULL,
  competency_type VARCHAR(32) NOT NULL,
  language VARCHAR(8) NOT NULL,
  tags VARCHAR(1000),
  region_id BIGINT REFERENCES regions (id),
  published BOOLEAN NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE SEQUENCE courses_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX courses_region_idx ON courses (region_id);

CREATE TABLE course_modules (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  position INT NOT NULL,
  title VARCHAR(200) NOT NULL
);
CREATE SEQUENCE course_modules_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX course_modules_course_idx ON course_modules (course_id);

CREATE TABLE lessons (
  id BIGINT PRIMARY KEY,
  module_id BIGINT NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
  position INT NOT NULL,
  lesson_key VARCHAR(100) NOT NULL,
  path VARCHAR(300) NOT NULL,
  title VARCHAR(200) NOT NULL,
  minutes INT,
  video_url VARCHAR(1000),
  markdown VARCHAR(1000000) NOT NULL,
  html VARCHAR(1000000) NOT NULL
);
CREATE SEQUENCE lessons_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX lessons_module_idx ON lessons (module_id);

CREATE TABLE course_attachments (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  name VARCHAR(300) NOT NULL,
  content_type VARCHAR(120) NOT NULL,
  size_bytes BIGINT NOT NULL,
  bytes BYTEA NOT NULL
);
CREATE SEQUENCE course_attachments_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX course_attachments_course_idx ON course_attachments (course_id);

CREATE TABLE course_question_files (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  kind VARCHAR(16) NOT NULL,
  path VARCHAR(300) NOT NULL,
  text VARCHAR(1000000) NOT NULL
);
CREATE SEQUENCE course_question_files_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE cohorts (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  name VARCHAR(200) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  capacity INT NOT NULL,
  self_enrolment BOOLEAN NOT NULL
);
CREATE SEQUENCE cohorts_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX cohorts_course_idx ON cohorts (course_id);

CREATE TABLE cohort_instructors (
  cohort_id BIGINT NOT NULL REFERENCES cohorts (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (cohort_id, user_id)
);

CREATE TABLE enrolments (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  course_id BIGINT NOT NULL REFERENCES courses (id),
  cohort_id BIGINT REFERENCES cohorts (id),
  enrolled_at TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at TIMESTAMP WITH TIME ZONE,
  version BIGINT NOT NULL,
  CONSTRAINT enrolments_user_course_uq UNIQUE (user_id, course_id)
);
CREATE SEQUENCE enrolments_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX enrolments_cohort_idx ON enrolments (cohort_id);

CREATE TABLE lesson_progress (
  id BIGINT PRIMARY KEY,
  enrolment_id BIGINT NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
  lesson_key VARCHAR(100) NOT NULL,
  viewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  CONSTRAINT lesson_progress_uq UNIQUE (enrolment_id, lesson_key)
);
CREATE SEQUENCE lesson_progress_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE jp_credits (
  id BIGINT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  course_id BIGINT NOT NULL REFERENCES courses (id),
  credit_year INT NOT NULL,
  jp INT NOT NULL,
  credited_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT jp_credits_uq UNIQUE (user_id, course_id)
);
CREATE SEQUENCE jp_credits_seq START WITH 50 INCREMENT BY 50;
