package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.app.AuthorisationTable;

/**
 * Every endpoint called as each role of region A (Kupang) and region B (Solok) and anonymously, on
 * objects of region A, against the outcomes written in authz-matrix.csv. A region B staff member
 * succeeding on a region A object, a learner reaching staff data, or an allowed caller newly
 * refused shows up as a cell that differs; the failure lists each such cell and the row as
 * observed.
 *
 * <p>Reads run in parallel first; calls that change something run one after another in the table's
 * order, so each finds the state the one before left (a plugin disabled before it is enabled
 * again); sign-out runs last.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIT {

  @ArquillianResource URL base;

  private final AuthorisationTable table = AuthorisationTable.read();
  private MatrixFixture fixture;
  private MatrixRequests requests;

  private record Seen(MatrixRequests.Call call, Api.Reply reply) {

    String outcome() {
      return AuthorisationTable.outcome(reply.status());
    }
  }

  @AfterAll
  void waitForTheSearchRebuildASystemAdminStarted() throws InterruptedException {
    if (fixture == null) {
      return;
    }
    // the index rebuild runs on after its 202: let it finish before another test searches; the
    // matrix signed every caller out last, so the system admin signs in again to ask
    Api admin = People.signIn(base, fixture.systemAdminA);
    Waits.until(
        () -> admin.get("api/v1/search/rebuild").json().getString("state"),
        state -> !"RUNNING".equals(state),
        java.time.Duration.ofMinutes(2));
  }

  @Test
  void everyEndpointAnswersEachIdentityAsTheTableSays() throws Exception {
    assertEquals(MatrixFixture.IDENTITIES, table.identities(), "the columns of authz-matrix.csv");
    // one shared setup: the deployment's URL is injected only once the test runs
    fixture = new MatrixFixture(base);
    requests = new MatrixRequests(fixture);
    Map<String, Seen> seen = new ConcurrentHashMap<>();
    List<String> reads = new ArrayList<>();
    List<String> writes = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (String endpoint : table.rows().keySet()) {
      if (MatrixRequests.LAST.contains(endpoint)) {
        last.add(endpoint);
      } else {
        (endpoint.startsWith("GET ") ? reads : writes).add(endpoint);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (String endpoint : reads) {
        for (String identity : table.identities()) {
          running.add(pool.submit(() -> seen.put(endpoint + identity, call(endpoint, identity))));
        }
      }
      for (Future<?> call : running) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }
    for (String endpoint : concat(writes, last)) {
      for (String identity : table.identities()) {
        seen.put(endpoint + identity, call(endpoint, identity));
      }
    }

    List<String> differences = new ArrayList<>();
    List<String> observedRows = new ArrayList<>();
    for (var row : table.rows().entrySet()) {
      List<String> observed = new ArrayList<>();
      boolean differs = false;
      for (String identity : table.identities()) {
        Seen s = seen.get(row.getKey() + identity);
        observed.add(s.outcome());
        if (!s.outcome().equals(row.getValue().get(identity))) {
          differs = true;
          differences.add(
              "%s as %s: expected %s, got %s (%s → %s)"
                  .formatted(
                      row.getKey(),
                      identity,
                      row.getValue().get(identity),
                      s.outcome(),
                      s.call(),
                      abbreviate(s.reply())));
        }
      }
      if (differs) {
        observedRows.add(AuthorisationTable.line(row.getKey(), observed));
      }
    }
    assertEquals(
        List.of(),
        differences,
        () ->
            "outcomes differ from authz-matrix.csv; the rows as observed:\n"
                + String.join("\n", observedRows)
                + "\n");
  }

  private Seen call(String endpoint, String identity) {
    boolean allowed = "2xx".equals(table.rows().get(endpoint).get(identity));
    MatrixRequests.Call call = requests.call(endpoint, allowed);
    Api api = fixture.api(identity);
    Api.Reply reply =
        switch (call.method()) {
          case "GET" -> api.get(call.path());
          case "DELETE" -> api.delete(call.path());
          case "POST" -> api.post(call.path(), call.body());
          case "PUT" -> api.put(call.path(), call.body());
          case "PATCH" -> api.patch(call.path(), call.body());
          default -> throw new AssertionError("no way to send " + call);
        };
    return new Seen(call, reply);
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return Collections.unmodifiableList(all);
  }

  private static String abbreviate(Api.Reply reply) {
    String body = reply.body().replaceAll("\\s+", " ");
    return reply.status() + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
  }
}
