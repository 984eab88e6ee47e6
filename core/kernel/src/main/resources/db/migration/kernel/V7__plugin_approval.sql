-- Optional approval of regional plugin uploads (issue #13). A system admin may require, region by
-- region, that an upload by that region's admin waits, unrun, until a system admin approves its
-- jar by checksum. An approved checksum runs straight away in any region after that.

-- The regions whose admins' uploads wait for approval.
CREATE TABLE plugin_approval_regions (
  region_id BIGINT PRIMARY KEY REFERENCES regions (id)
);

-- Jars a system admin approved, by SHA-256 (hex), with the plugin id and version they declared.
CREATE TABLE plugin_approvals (
  checksum VARCHAR(64) PRIMARY KEY,
  plugin_id VARCHAR(40) NOT NULL,
  version VARCHAR(40) NOT NULL,
  approved_by VARCHAR(64) NOT NULL,
  approved_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Uploads waiting for approval: at most one per plugin id and region (a newer upload replaces
-- the waiting one). The jar is kept here until it is approved (and installed) or rejected.
CREATE TABLE plugin_uploads (
  id BIGINT PRIMARY KEY,
  plugin_id VARCHAR(40) NOT NULL,
  region_id BIGINT NOT NULL REFERENCES regions (id),
  version VARCHAR(40) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  bytes BYTEA NOT NULL,
  downgrade BOOLEAN NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  UNIQUE (plugin_id, region_id)
);
CREATE SEQUENCE plugin_uploads_seq START WITH 1000 INCREMENT BY 50;
