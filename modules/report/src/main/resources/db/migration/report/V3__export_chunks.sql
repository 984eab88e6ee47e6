-- Background exports on several nodes (#18): a finished export's bytes are kept in the database, so
-- a download may land on any node, and a job records the node that runs it, so a job whose node
-- died is run again elsewhere instead of staying RUNNING for ever.

-- The node that runs (or will run) the job, and which try this is: the node renews updated_at
-- while it has the job; the sweeper gives a job that went quiet to another node, as the next try.
ALTER TABLE report_export_jobs ADD COLUMN node_id VARCHAR(40);
ALTER TABLE report_export_jobs ADD COLUMN attempt INT DEFAULT 1 NOT NULL;
CREATE INDEX report_export_jobs_node_idx ON report_export_jobs (node_id, state);
CREATE INDEX report_export_jobs_quiet_idx ON report_export_jobs (state, updated_at);

-- The file, in pieces of about 1 MiB written while the export streams and read back one at a
-- time on download, so no node holds a whole file in memory. Keyed by the try that wrote them: a
-- node thought dead that still writes cannot mix its pieces into the next try's file.
-- BYTEA is VARBINARY on H2 and bytea on PostgreSQL (as plugin_jars.bytes).
CREATE TABLE report_export_chunks (
  job_id VARCHAR(36) NOT NULL REFERENCES report_export_jobs (id) ON DELETE CASCADE,
  attempt INT NOT NULL,
  seq INT NOT NULL,
  bytes BYTEA NOT NULL,
  PRIMARY KEY (job_id, attempt, seq)
);

-- Exports finished before this version are files in one node's data directory, which downloads
-- no longer read: they go (they were kept for a day only). Their files, <data dir>/exports/, may
-- be deleted.
DELETE FROM report_export_jobs WHERE state = 'DONE';
