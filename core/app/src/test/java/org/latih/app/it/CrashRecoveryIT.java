package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An acknowledged write survives kill -9 of the server, and a restart keeps all data. Runs its own
 * Payara Micro so it can kill it; on the embedded database it also proves that a fresh installation
 * creates the bootstrap admin with a generated password in the data directory.
 */
class CrashRecoveryIT {

  @Test
  void everyAcknowledgedUserSurvivesKillMinusNine() throws Exception {
    Path data = Path.of(System.getProperty("latih.it.data.dir") + "-crash-" + System.nanoTime());
    boolean embedded = System.getenv("LATIH_DB_URL") == null;
    List<String> properties =
        embedded ? List.of() : List.of("-Dlatih.bootstrap.admin.password=" + Api.ADMIN_PASSWORD);
    List<String> acknowledged = new ArrayList<>();

    try (PayaraProcess server = new PayaraProcess(data, properties)) {
      server.start();
      String password =
          embedded
              ? Files.readString(data.resolve("bootstrap-admin-password.txt")).strip()
              : Api.ADMIN_PASSWORD;
      if (embedded) {
        assertEquals(
            "rw-------",
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data.resolve("bootstrap-admin-password.txt"))));
        assertTrue(
            !Files.readString(server.logFile().toPath()).contains(password),
            "the password is never logged");
      }
      Api admin = Api.as(server.base(), "admin", password);
      for (int i = 0; i < 25; i++) {
        String nip = Api.newNip();
        Api.Reply reply =
            admin.post(
                "api/v1/users",
                "{\"nip\":\""
                    + nip
                    + "\",\"name\":\"Tahan Banting "
                    + i
                    + "\",\"region\":\"bengkulu\",\"password\":\""
                    + People.PASSWORD
                    + "\"}");
        assertEquals(201, reply.status(), reply::toString);
        acknowledged.add(nip);
      }
      server.kill();

      server.start();
      Api afterCrash = Api.as(server.base(), "admin", password);
      for (String nip : acknowledged) {
        assertEquals(
            1, afterCrash.get("api/v1/users?q=" + nip).json().getInt("totalItems"), "lost " + nip);
      }
      String last = acknowledged.get(acknowledged.size() - 1);
      assertEquals(
          200,
          Api.as(server.base(), last, People.PASSWORD).get("api/v1/me").status(),
          "the last user acknowledged before the kill can sign in");
    }
  }
}
