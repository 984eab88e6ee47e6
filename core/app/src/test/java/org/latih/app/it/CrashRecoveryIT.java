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
    List<String> acknowledged = new ArrayList<>();

    try (PayaraProcess server = PayaraProcess.fresh("crash")) {
      server.start();
      Path data = server.dataDir();
      String password = server.adminPassword();
      if (PayaraProcess.embedded()) {
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
