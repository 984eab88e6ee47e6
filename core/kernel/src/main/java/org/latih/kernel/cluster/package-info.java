/**
 * Several nodes on one database: the change feed every node follows (a {@code change_log} row
 * written with each change, PostgreSQL {@code LISTEN/NOTIFY} to wake followers, polling by id as
 * the fallback and the catch-up), and leases for background work that must run once across the
 * cluster. Nodes talk to each other only through the database.
 */
package org.latih.kernel.cluster;
