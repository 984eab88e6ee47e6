-- Action plans (rencana tindak lanjut) and their follow-up by the direct supervisor: Kirkpatrick
-- level 3. H2 and PostgreSQL.

CREATE TABLE action_plans (
  id BIGINT PRIMARY KEY,
  -- the participant's region when they wrote it: staff of that region see it
  region_id BIGINT NOT NULL REFERENCES regions (id),
  participant_id BIGINT NOT NULL REFERENCES users (id),
  course_id BIGINT NOT NULL REFERENCES courses (id),
  -- copied from the enrolment, which never loses its completion
  completed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  supervisor_id BIGINT NOT NULL REFERENCES users (id),
  -- the latest target date of the actions: the follow-up is due the day after
  last_target_on DATE NOT NULL,
  written_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  followed_up_at TIMESTAMP WITH TIME ZONE,
  follow_up_changed_at TIMESTAMP WITH TIME ZONE,
  overall_score INT,
  follow_up_comment VARCHAR(1000),
  version BIGINT NOT NULL,
  CONSTRAINT action_plans_participant_course_uq UNIQUE (participant_id, course_id)
);
CREATE SEQUENCE action_plans_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX action_plans_supervisor_idx ON action_plans (supervisor_id);
CREATE INDEX action_plans_region_course_idx ON action_plans (region_id, course_id);

CREATE TABLE planned_actions (
  id BIGINT PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES action_plans (id) ON DELETE CASCADE,
  position_no INT NOT NULL,
  description VARCHAR(1000) NOT NULL,
  indicator_text VARCHAR(500) NOT NULL,
  target_on DATE NOT NULL,
  -- BELUM, SEBAGIAN or TERLAKSANA once the supervisor has followed the plan up
  status VARCHAR(16),
  note VARCHAR(1000)
);
CREATE SEQUENCE planned_actions_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX planned_actions_plan_idx ON planned_actions (plan_id);
