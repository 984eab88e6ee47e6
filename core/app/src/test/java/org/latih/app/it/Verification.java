package org.latih.app.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exam-day benchmark's check against the database: every answer the server acknowledged is
 * stored, as the last one acknowledged for its question, and no learner got a second attempt.
 */
record Verification(int acknowledged, int lost, int duplicateAttempts, int learners) {

  private record Stored(long sequence, String response) {}

  static Verification of(Connection db, long quiz, List<ExamTaker> takers) throws SQLException {
    Map<Long, Map<Integer, Stored>> stored = new HashMap<>();
    try (PreparedStatement slots =
        db.prepareStatement(
            "SELECT s.attempt_id, s.position, s.sequence, s.response FROM attempt_slots s"
                + " JOIN attempts a ON a.id = s.attempt_id WHERE a.quiz_id = ?")) {
      slots.setLong(1, quiz);
      try (ResultSet rows = slots.executeQuery()) {
        while (rows.next()) {
          stored
              .computeIfAbsent(rows.getLong(1), a -> new HashMap<>())
              .put(rows.getInt(2), new Stored(rows.getLong(3), rows.getString(4)));
        }
      }
    }
    int acknowledged = 0;
    int lost = 0;
    for (ExamTaker taker : takers) {
      for (var ack : taker.acks().entrySet()) {
        acknowledged++;
        Stored row = stored.getOrDefault(taker.attemptId(), Map.of()).get(ack.getKey());
        // the learner names options by the attempt's tokens while the slot keeps the author's ids,
        // so the option cannot be compared here; the sequence can, and the server refuses the
        // same sequence with another answer (409): the acknowledged sequence stored is the answer
        boolean kept =
            row != null && row.sequence() == ack.getValue().sequence() && row.response() != null;
        if (!kept) {
          lost++;
        }
      }
    }
    int duplicates;
    try (PreparedStatement twice =
        db.prepareStatement(
            "SELECT COUNT(*) FROM (SELECT user_id FROM attempts WHERE quiz_id = ?"
                + " GROUP BY user_id HAVING COUNT(*) > 1) d")) {
      twice.setLong(1, quiz);
      try (ResultSet rows = twice.executeQuery()) {
        rows.next();
        duplicates = rows.getInt(1);
      }
    }
    return new Verification(acknowledged, lost, duplicates, takers.size());
  }

  void print() {
    System.out.printf(
        "%n### Check against the database%n%n%d learners, %d acknowledged answers: %d lost or"
            + " not the last acknowledged; %d learners with more than one attempt%n",
        learners, acknowledged, lost, duplicateAttempts);
  }
}
