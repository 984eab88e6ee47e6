-- Background exports (#17): who asked for what, how far the job is, and why it failed. The file
-- itself lives in the data directory (exports/<id>.<ext>) until expires_at; the id is a random
-- UUID, so job links cannot be guessed, and only the owner sees a job at all.
CREATE TABLE report_export_jobs (
  id VARCHAR(36) PRIMARY KEY,
  owner_id BIGINT NOT NULL REFERENCES users (id),
  region_id BIGINT NOT NULL REFERENCES regions (id),
  kind VARCHAR(16) NOT NULL,
  format VARCHAR(8) NOT NULL,
  course_code VARCHAR(80),
  export_year INT,
  language VARCHAR(16) NOT NULL,
  state VARCHAR(12) NOT NULL,
  rows_written BIGINT NOT NULL,
  rows_total BIGINT,
  file_bytes BIGINT,
  error_key VARCHAR(100),
  error_detail VARCHAR(500),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_export_jobs_owner_idx ON report_export_jobs (owner_id, created_at);
CREATE INDEX report_export_jobs_expiry_idx ON report_export_jobs (expires_at);
