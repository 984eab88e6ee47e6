-- Installed plugins (one row per plugin id: its running version) and the audit of every
-- install, upgrade, state change and removal, which outlives the plugin.

CREATE TABLE plugins (
  id VARCHAR(40) PRIMARY KEY,
  version VARCHAR(40) NOT NULL,
  -- NULL: the plugin serves every region (installed by a system admin).
  region_id BIGINT REFERENCES regions (id),
  state VARCHAR(16) NOT NULL,
  error VARCHAR(2000),
  file_name VARCHAR(200) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  installed_by VARCHAR(64) NOT NULL,
  installed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plugins_region_idx ON plugins (region_id);

CREATE TABLE plugin_audit (
  id BIGINT PRIMARY KEY,
  plugin_id VARCHAR(40) NOT NULL,
  version VARCHAR(40) NOT NULL,
  region_id BIGINT,
  action VARCHAR(16) NOT NULL,
  username VARCHAR(64) NOT NULL,
  at TIMESTAMP WITH TIME ZONE NOT NULL,
  checksum VARCHAR(64),
  detail VARCHAR(2000)
);
CREATE SEQUENCE plugin_audit_seq START WITH 50 INCREMENT BY 50;
CREATE INDEX plugin_audit_plugin_idx ON plugin_audit (plugin_id, at);
