package org.latih.kernel.cluster.control;

/**
 * The node has no record of what it applied (a first start, a lost data directory, or it was down
 * longer than the change log keeps): whatever it caches is rebuilt from the database.
 */
public record FeedReset(long fromId) {}
