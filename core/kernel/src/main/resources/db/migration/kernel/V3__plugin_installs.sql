-- Installs are per region: each region has its own copy of a plugin id, at its own version
-- (NULL region: installed by a system admin for every region). The definitions a plugin offers
-- (forms and reports, as JSON) are read once per installed version, in the plugin's worker, and
-- kept here, so filling in and listing forms never runs plugin code. A failed install is retried
-- after a backoff that grows with its consecutive failures.

CREATE TABLE plugin_installs (
  id BIGINT PRIMARY KEY,
  plugin_id VARCHAR(40) NOT NULL,
  region_id BIGINT REFERENCES regions (id),
  -- the region's id, or 0 for all regions: UNIQUE treats NULLs as distinct
  scope BIGINT NOT NULL,
  version VARCHAR(40) NOT NULL,
  state VARCHAR(16) NOT NULL,
  error VARCHAR(2000),
  file_name VARCHAR(200) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  installed_by VARCHAR(64) NOT NULL,
  installed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  definitions VARCHAR(1000000),
  failures INT NOT NULL,
  retry_at TIMESTAMP WITH TIME ZONE,
  UNIQUE (plugin_id, scope)
);
CREATE SEQUENCE plugin_installs_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX plugin_installs_region_idx ON plugin_installs (region_id);

-- the files of installs made before stay where they are (the plugin folder's top level)
INSERT INTO plugin_installs (id, plugin_id, region_id, scope, version, state, error, file_name,
    checksum, installed_by, installed_at, definitions, failures, retry_at)
  SELECT ROW_NUMBER() OVER (ORDER BY id), id, region_id, COALESCE(region_id, 0), version, state,
      error, file_name, checksum, installed_by, installed_at, NULL, 0, NULL
  FROM plugins;

DROP TABLE plugins;
