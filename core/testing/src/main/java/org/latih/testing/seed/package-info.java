/**
 * A region's worth of realistic data written straight into a database whose schema the app's
 * migrations made: users, courses with their tests, cohorts, enrolments, attempts, attendance,
 * evaluation answers, action plans and unit indicators. Rows go in as JDBC batches with ids taken
 * from the app's own sequences, so a running server never hands out the same id. {@link
 * org.latih.testing.seed.RegionSeed} is the entry point; {@code bench/seed-region} and the ITs'
 * {@code SeedDatabase} call it.
 */
package org.latih.testing.seed;
