package org.latih.app.it;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * One learner of the exam-day benchmark, on a thread of its own: waits for the common start, starts
 * the post-test, answers every question after a think time, changes some answers, and submits. It
 * remembers the last answer the server acknowledged for each question, for the check against the
 * database afterwards.
 */
final class ExamTaker implements Runnable {

  /** What one run of many learners measured, shared by all of them. */
  static final class Run {
    /** When the common start was given. */
    volatile long goNanos;

    final Latencies start = new Latencies();
    final Latencies save = new Latencies();
    final Latencies submit = new Latencies();
    final Latencies resume = new Latencies();

    /** Nanoseconds from the common start until each learner had question 1. */
    final List<Long> toQuestionOne = java.util.Collections.synchronizedList(new ArrayList<>());

    /** Requests still unanswered (or refused) when the learner gave up, by kind. */
    final Map<String, Integer> gaveUp = new ConcurrentHashMap<>();

    /** Seconds by which a deadline read after an outage differs from the one given at start. */
    final List<Long> deadlineDrift = java.util.Collections.synchronizedList(new ArrayList<>());

    final List<Long> remainingAfterResume =
        java.util.Collections.synchronizedList(new ArrayList<>());

    void failed(String kind) {
      gaveUp.merge(kind, 1, Integer::sum);
    }
  }

  /** The last acknowledged answer of one question. */
  record Ack(long sequence, String option) {}

  private final ExamClient client;
  private final String token;
  private final long quizId;
  private final Duration thinkMin;
  private final Duration thinkMax;
  private final CountDownLatch go;
  private final Run run;
  private final Random random;
  private final Map<Integer, Ack> acks = new ConcurrentHashMap<>();
  private long attemptId;
  private Instant deadline;

  ExamTaker(
      ExamClient client,
      String token,
      long quizId,
      Duration thinkMin,
      Duration thinkMax,
      CountDownLatch go,
      Run run,
      long seed) {
    this.client = client;
    this.token = token;
    this.quizId = quizId;
    this.thinkMin = thinkMin;
    this.thinkMax = thinkMax;
    this.go = go;
    this.run = run;
    this.random = new Random(seed);
  }

  long attemptId() {
    return attemptId;
  }

  Map<Integer, Ack> acks() {
    return acks;
  }

  @Override
  public void run() {
    try {
      go.await();
    } catch (InterruptedException e) {
      return;
    }
    ExamClient.Answer started =
        client.untilAnswered(
            "POST", "api/v1/quizzes/" + quizId + "/attempts", token, null, run.start);
    if (!started.ok()) {
      run.failed("start " + started.status());
      return;
    }
    run.toQuestionOne.add(System.nanoTime() - run.goNanos);
    JsonObject attempt = started.json();
    attemptId = attempt.getJsonNumber("id").longValue();
    deadline = attempt.isNull("deadline") ? null : Instant.parse(attempt.getString("deadline"));
    List<JsonObject> questions = attempt.getJsonArray("questions").getValuesAs(JsonObject.class);
    for (JsonObject question : questions) {
      answer(question, 1);
    }
    // about one question in ten is answered again with another option, as learners do on review
    for (JsonObject question : questions) {
      if (random.nextInt(10) == 0) {
        answer(question, 2);
      }
    }
    think();
    ExamClient.Answer submitted =
        client.untilAnswered(
            "POST", "api/v1/attempts/" + attemptId + "/submit", token, "", run.submit);
    if (!submitted.ok()) {
      run.failed("submit " + submitted.status());
    }
  }

  private void answer(JsonObject question, long sequence) {
    think();
    int position = question.getInt("position");
    var options = question.getJsonArray("options").getValuesAs(JsonObject.class);
    String option = options.get(random.nextInt(options.size())).getString("id");
    String body = "{\"sequence\":" + sequence + ",\"response\":{\"choices\":[\"" + option + "\"]}}";
    ExamClient.Answer saved =
        client.untilAnswered(
            "PUT", "api/v1/attempts/" + attemptId + "/answers/" + position, token, body, run.save);
    if (saved.ok()) {
      acks.put(position, new Ack(sequence, option));
    } else {
      run.failed("save " + saved.status());
    }
    if (saved.ok() && saved.afterOutage()) {
      resume();
    }
  }

  /** After an outage the page reads its attempt again: the deadline must not have moved. */
  private void resume() {
    ExamClient.Answer read =
        client.untilAnswered("GET", "api/v1/attempts/" + attemptId, token, null, run.resume);
    if (!read.ok()) {
      run.failed("resume " + read.status());
      return;
    }
    JsonObject attempt = read.json();
    if (deadline != null && !attempt.isNull("deadline")) {
      Instant now = Instant.parse(attempt.getString("deadline"));
      run.deadlineDrift.add(Duration.between(deadline, now).toSeconds());
      run.remainingAfterResume.add(attempt.getJsonNumber("remainingSeconds").longValue());
    }
  }

  private void think() {
    long min = thinkMin.toMillis();
    long spread = Math.max(1, thinkMax.toMillis() - min);
    ExamClient.pause(Duration.ofMillis(min + (long) (random.nextDouble() * spread)));
  }
}
