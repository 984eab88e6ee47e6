package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * A server started as config/start.sh starts it tells an anonymous client nothing about itself: no
 * Server or X-Powered-By header naming Payara, and no /metrics.
 */
class ServerHeadersIT {

  @Test
  void anAnonymousClientLearnsNothingOfTheServer() throws Exception {
    try (PayaraProcess server = PayaraProcess.fresh("headers")) {
      server.start();
      URL base = server.base();
      for (String path : new String[] {"", "api/v1/ping", "health/ready", "no-such-page"}) {
        Api.Reply reply = Api.anonymous(base).get(path);
        assertNull(reply.header("Server"), path + ": " + reply.header("Server"));
        assertNull(reply.header("X-Powered-By"), path);
      }
      assertEquals(200, Api.anonymous(base).get("api/v1/ping").status());
      assertNotEquals(200, Api.anonymous(base).get("metrics").status(), "metrics are off");
    }
  }
}
