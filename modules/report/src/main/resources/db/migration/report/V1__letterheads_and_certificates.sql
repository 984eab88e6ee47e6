-- Official documents: each region's letterhead (kop surat) and signatory, the certificates
-- (STTPP) issued for completed courses, numbered per region and year. H2 and PostgreSQL.

CREATE TABLE report_letterheads (
  -- one letterhead per region: the region is the key
  region_id BIGINT PRIMARY KEY REFERENCES regions (id),
  agency VARCHAR(200) NOT NULL,
  -- the address lines, one per line
  address VARCHAR(1000) NOT NULL,
  logo BYTEA,
  logo_type VARCHAR(32),
  signatory_name VARCHAR(200),
  signatory_nip VARCHAR(18),
  signatory_jabatan VARCHAR(200),
  signatory_place VARCHAR(100),
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The last sequence number given per region and year. Issuing locks the row (SELECT ... FOR
-- UPDATE), so two certificates issued at once get consecutive numbers, never the same one.
CREATE TABLE report_certificate_counters (
  region_id BIGINT NOT NULL REFERENCES regions (id),
  counter_year INT NOT NULL,
  last_seq INT NOT NULL,
  PRIMARY KEY (region_id, counter_year)
);

CREATE TABLE report_certificates (
  id BIGINT PRIMARY KEY,
  -- one certificate per enrolment, whatever happens: a second issue finds the first
  enrolment_id BIGINT NOT NULL REFERENCES enrolments (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  course_id BIGINT NOT NULL REFERENCES courses (id),
  cohort_id BIGINT REFERENCES cohorts (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  issue_year INT NOT NULL,
  seq INT NOT NULL,
  number VARCHAR(120) NOT NULL,
  code VARCHAR(40) NOT NULL,
  -- the facts as issued: a later rename of the course or the person does not change a certificate
  learner_name VARCHAR(200) NOT NULL,
  learner_nip VARCHAR(18),
  course_title VARCHAR(300) NOT NULL,
  jp INT NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  issued_at TIMESTAMP WITH TIME ZONE NOT NULL,
  revoked_at TIMESTAMP WITH TIME ZONE,
  revoked_reason VARCHAR(500),
  revoked_by BIGINT REFERENCES users (id),
  CONSTRAINT report_certificates_enrolment_uq UNIQUE (enrolment_id),
  CONSTRAINT report_certificates_seq_uq UNIQUE (region_id, issue_year, seq),
  CONSTRAINT report_certificates_code_uq UNIQUE (code)
);
CREATE SEQUENCE report_certificates_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX report_certificates_user_idx ON report_certificates (user_id);
CREATE INDEX report_certificates_cohort_idx ON report_certificates (cohort_id);
