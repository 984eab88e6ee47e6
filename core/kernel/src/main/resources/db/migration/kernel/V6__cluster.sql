-- Several nodes on one database (issue #18). The database holds the truth; each node keeps only
-- caches it can rebuild (plugin jars unpacked to disk, the search index).

-- The jar of every installed plugin version, so any node can load the install from here. Keyed
-- like the files on disk were: one per install scope (0: all regions) and versioned file name.
-- BYTEA is VARBINARY on H2 and bytea on PostgreSQL (as course_attachments.bytes).
CREATE TABLE plugin_jars (
  scope BIGINT NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  bytes BYTEA NOT NULL,
  PRIMARY KEY (scope, file_name)
);

-- The change feed every node follows: one row per change, written in the transaction that made
-- it. Ids come from a sequence with no client-side allocation (INCREMENT BY 1, allocationSize 1),
-- so they grow in the order the rows were written on every node.
CREATE TABLE change_log (
  id BIGINT PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  item_key VARCHAR(200) NOT NULL,
  region_id BIGINT,
  origin VARCHAR(40) NOT NULL,
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE SEQUENCE change_log_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX change_log_at_idx ON change_log (changed_at);

-- Cluster-wide marks: how far the change log was pruned (a node whose cursor is below it
-- rebuilds instead of catching up).
CREATE TABLE cluster_marks (
  name VARCHAR(60) PRIMARY KEY,
  mark BIGINT NOT NULL
);
INSERT INTO cluster_marks (name, mark) VALUES ('change-log-pruned-below', 0);

-- Leases for background work that must run once across the cluster (the overdue sweep, the
-- session clean-up, pruning the change log): a node holds a lease until a time it renews.
CREATE TABLE cluster_leases (
  name VARCHAR(60) PRIMARY KEY,
  holder VARCHAR(40) NOT NULL,
  held_until TIMESTAMP WITH TIME ZONE NOT NULL
);
