package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 of the server while a learner's answers are being saved: every save the server
 * acknowledged is there after the restart, the attempt keeps its deadline (so the remaining time is
 * right), and a retried or stale save is still recognised as such.
 */
class AttemptCrashIT {

  private record Ack(long sequence, String response) {}

  @Test
  void everyAcknowledgedAnswerSurvivesKillMinusNineDuringSaves() throws Exception {
    try (PayaraProcess server = PayaraProcess.fresh("attempt")) {
      server.start();
      Api admin = server.admin();
      String nip = Api.newNip();
      assertEquals(
          201,
          admin
              .post(
                  "api/v1/users",
                  "{\"nip\":\""
                      + nip
                      + "\",\"name\":\"Peserta Tangguh\",\"region\":\"kupang\","
                      + "\"password\":\""
                      + People.PASSWORD
                      + "\"}")
              .status());
      Api learner = Api.as(server.base(), nip, People.PASSWORD);
      learner.post("api/v1/courses/manajemen-waktu/enrolment", "{}");
      JsonObject attempt =
          Tests.start(learner, Tests.quizId(learner, "manajemen-waktu", "PRE_TEST"));
      long id = attempt.getJsonNumber("id").longValue();
      String deadline = attempt.getString("deadline");
      List<JsonObject> choiceQuestions =
          attempt.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
              .filter(q -> !q.getJsonArray("options").isEmpty())
              .toList();

      // one writer per question, each changing its answer again and again, all in parallel
      Map<Integer, Ack> acknowledged = new ConcurrentHashMap<>();
      AtomicInteger acks = new AtomicInteger();
      ExecutorService writers = Executors.newFixedThreadPool(choiceQuestions.size());
      for (JsonObject q : choiceQuestions) {
        int position = q.getInt("position");
        JsonArray options = q.getJsonArray("options");
        writers.submit(
            () -> {
              for (long sequence = 1; sequence < 10_000; sequence++) {
                String response =
                    Tests.choices(options.getJsonObject((int) (sequence % options.size())));
                try {
                  Api.Reply reply = Tests.answer(learner, id, position, sequence, response);
                  if (reply.status() != 200) {
                    return;
                  }
                  acknowledged.put(position, new Ack(sequence, response));
                  acks.incrementAndGet();
                } catch (RuntimeException | AssertionError serverGone) {
                  return;
                }
              }
            });
      }
      while (acks.get() < 60) {
        Thread.sleep(20);
      }
      server.kill(); // saves are still in flight
      writers.shutdown();
      assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));

      server.start();
      Api again = Api.as(server.base(), nip, People.PASSWORD);
      JsonObject resumed = again.get("api/v1/attempts/" + id).json();
      assertEquals("OPEN", resumed.getString("state"));
      assertEquals(deadline, resumed.getString("deadline"), "the deadline is the one set at start");
      long remaining = resumed.getJsonNumber("remainingSeconds").longValue();
      long expected =
          java.time.Duration.between(Instant.now(), Instant.parse(deadline)).toSeconds();
      assertTrue(Math.abs(remaining - expected) <= 5, remaining + " vs " + expected);

      List<String> lost = new ArrayList<>();
      for (JsonObject q : resumed.getJsonArray("questions").getValuesAs(JsonObject.class)) {
        Ack ack = acknowledged.get(q.getInt("position"));
        if (ack == null) {
          continue;
        }
        long saved = q.getInt("sequence");
        if (saved < ack.sequence()) {
          lost.add(q.getInt("position") + ": saved " + saved + " < acknowledged " + ack.sequence());
        }
        if (saved == ack.sequence()) {
          assertEquals(
              ack.response(),
              "{\"choices\":" + q.getJsonObject("response").getJsonArray("choices") + "}",
              "question " + q.getInt("position"));
        }
      }
      assertTrue(lost.isEmpty(), "acknowledged answers lost: " + lost);

      Map.Entry<Integer, Ack> one = acknowledged.entrySet().iterator().next();
      long current =
          resumed.getJsonArray("questions").getValuesAs(JsonObject.class).stream()
              .filter(q -> q.getInt("position") == one.getKey())
              .findFirst()
              .orElseThrow()
              .getInt("sequence");
      Api.Reply stale =
          Tests.answer(again, id, one.getKey(), current - 1, one.getValue().response());
      stale.problem(409, "answer-stale");
      JsonObject latest =
          again
              .get("api/v1/attempts/" + id)
              .json()
              .getJsonArray("questions")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(q -> q.getInt("position") == one.getKey())
              .findFirst()
              .orElseThrow();
      Api.Reply duplicate =
          Tests.answer(
              again, id, one.getKey(), current, latest.getJsonObject("response").toString());
      assertEquals("ALREADY_SAVED", duplicate.json().getString("outcome"), duplicate::toString);
    }
  }
}
