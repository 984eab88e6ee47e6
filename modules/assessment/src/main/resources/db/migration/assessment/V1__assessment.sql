-- Question banks, quizzes and attempts. H2 and PostgreSQL.
-- Sequences start at their increment (see the kernel's V1 for why).

CREATE TABLE questions (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  category VARCHAR(200) NOT NULL,
  name VARCHAR(200) NOT NULL,
  tags VARCHAR(1000),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE SEQUENCE questions_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX questions_course_idx ON questions (course_id, category);

-- Every edit of a question is a new row: attempts point at the version they were asked.
CREATE TABLE question_versions (
  id BIGINT PRIMARY KEY,
  question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  number INT NOT NULL,
  type VARCHAR(32) NOT NULL,
  content VARCHAR(1000000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (question_id, number)
);
CREATE SEQUENCE question_versions_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE quizzes (
  id BIGINT PRIMARY KEY,
  course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  kind VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  time_limit_minutes INT,
  opens_at TIMESTAMP WITH TIME ZONE,
  closes_at TIMESTAMP WITH TIME ZONE,
  attempts_allowed INT NOT NULL,
  grading_method VARCHAR(16) NOT NULL,
  pass_percent INT NOT NULL,
  shuffle_questions BOOLEAN NOT NULL,
  shuffle_options BOOLEAN NOT NULL,
  review VARCHAR(16) NOT NULL,
  required_for_completion BOOLEAN NOT NULL,
  random_category VARCHAR(200),
  random_count INT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version BIGINT NOT NULL
);
CREATE SEQUENCE quizzes_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX quizzes_course_idx ON quizzes (course_id);
-- a title once per course and kind; that a course has at most one pre-test and one post-test is
-- the application's rule (Quizzes.create, PackageTests), as plain quizzes may be many
CREATE UNIQUE INDEX quizzes_course_kind_idx ON quizzes (course_id, kind, title);

CREATE TABLE quiz_questions (
  quiz_id BIGINT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  question_id BIGINT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  position INT NOT NULL,
  PRIMARY KEY (quiz_id, position)
);

CREATE TABLE attempts (
  id BIGINT PRIMARY KEY,
  quiz_id BIGINT NOT NULL REFERENCES quizzes (id) ON DELETE CASCADE,
  user_id BIGINT NOT NULL REFERENCES users (id),
  number INT NOT NULL,
  state VARCHAR(16) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  deadline TIMESTAMP WITH TIME ZONE,
  submitted_at TIMESTAMP WITH TIME ZONE,
  auto_submitted BOOLEAN NOT NULL,
  points DOUBLE PRECISION,
  max_points DOUBLE PRECISION NOT NULL,
  needs_grading BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  UNIQUE (quiz_id, user_id, number)
);
CREATE SEQUENCE attempts_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX attempts_user_idx ON attempts (user_id, quiz_id);
CREATE INDEX attempts_open_idx ON attempts (state, deadline);

-- One question of an attempt. A save carries the sequence number the page gave it and is compared
-- with this row's while the attempt's row is locked, so a retried or reordered request can never
-- replace a newer answer.
CREATE TABLE attempt_slots (
  id BIGINT PRIMARY KEY,
  attempt_id BIGINT NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
  position INT NOT NULL,
  question_version_id BIGINT NOT NULL REFERENCES question_versions (id),
  mark DOUBLE PRECISION NOT NULL,
  option_order VARCHAR(2000),
  response VARCHAR(100000),
  sequence BIGINT NOT NULL,
  saved_at TIMESTAMP WITH TIME ZONE,
  flagged BOOLEAN NOT NULL,
  fraction DOUBLE PRECISION,
  feedback VARCHAR(4000),
  grader_comment VARCHAR(4000),
  graded_by BIGINT REFERENCES users (id),
  UNIQUE (attempt_id, position)
);
CREATE SEQUENCE attempt_slots_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX attempt_slots_version_idx ON attempt_slots (question_version_id);
