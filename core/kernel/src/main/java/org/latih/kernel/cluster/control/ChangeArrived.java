package org.latih.kernel.cluster.control;

/**
 * A change read from the feed, fired on the feed's own thread to every observer on this node,
 * including for the node's own changes after a restart: observers apply it idempotently (read the
 * current state from the database, never the change's history). {@code local} is true when this
 * running node made the change itself, and so has applied it already.
 */
public record ChangeArrived(long id, String kind, String key, Long regionId, boolean local) {

  public boolean is(String kind) {
    return this.kind.equals(kind);
  }
}
