/**
 * Persistence set-up: the application's data source and its schema migrations.
 *
 * <p>The data source is chosen by one setting, {@code latih.db.url}: an H2 file under the data
 * directory by default, PostgreSQL in production. {@link
 * org.latih.kernel.persistence.UrlDataSource} picks the JDBC driver from the URL, so switching
 * needs nothing else. The schema belongs to Flyway migrations only, one history table per module;
 * JPA never generates tables.
 */
package org.latih.kernel.persistence;
