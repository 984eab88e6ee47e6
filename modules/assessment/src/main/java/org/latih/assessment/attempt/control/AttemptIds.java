package org.latih.assessment.attempt.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.latih.kernel.cluster.control.Node;

/**
 * Ids for a start: the attempt's and all its slots', each kind under a lock of its own, taken once
 * per start. Through EclipseLink's sequencing a 40-question start took one sequence lock 41 times,
 * and flight recordings of exam waves on PostgreSQL found starts parked on it for 88 s of thread
 * time in 28 s (then, with the slots' ids taken here, 107 s for the attempts' alone). Blocks come
 * from the sequences, whose increments are the block sizes (assessment V1 and V4); a value v is the
 * block ending at v, as EclipseLink took it, so blocks never overlap across nodes or with the ids
 * handed out before.
 */
@ApplicationScoped
public class AttemptIds {

  @PersistenceContext EntityManager em;
  @Inject Node node;

  private final Block attempts = new Block("attempts_seq", 50);
  private final Block slots = new Block("attempt_slots_seq", 1000);

  public long attempt() {
    return attempts.take(1)[0];
  }

  public long[] slots(int count) {
    return slots.take(count);
  }

  /** The ids left of the last block taken from one sequence. */
  private final class Block {

    private final String sequence;
    private final long size;
    private long next;
    private long last = -1;

    Block(String sequence, long size) {
      this.sequence = sequence;
      this.size = size;
    }

    /** {@code count} unused ids; fetches a block (one statement) when this one runs out. */
    synchronized long[] take(int count) {
      long[] ids = new long[count];
      for (int i = 0; i < count; i++) {
        if (next > last) {
          last = nextBlockEnd();
          next = last - size + 1;
        }
        ids[i] = next++;
      }
      return ids;
    }

    // nextval is outside transactions on both databases: a block taken by a start that then
    // fails is simply skipped
    private long nextBlockEnd() {
      String sql =
          node.postgres()
              ? "SELECT nextval('" + sequence + "')"
              : "SELECT NEXT VALUE FOR " + sequence;
      return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
  }
}
