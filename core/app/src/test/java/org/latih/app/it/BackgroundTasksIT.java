package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latih.testing.seed.RegionSeed;

/**
 * Background work of one kind does not wait behind another's. A mail to an SMTP server that accepts
 * the connection and then says nothing keeps its sender waiting for the mail timeout (10 s); an
 * export started meanwhile is done while that sender still waits. Both run on Payara Micro's
 * default managed executor, whose configuration (no core threads, an unbounded queue) would run one
 * task at a time in a plain ThreadPoolExecutor: this shows it does not, and keeps it so. (With the
 * check made 12 s later, after the mail gave up, the test fails as it should.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackgroundTasksIT {

  private static ServerSocket silentSmtp;

  @ArquillianResource URL base;

  @BeforeAll
  static void openSilentSmtp() throws Exception {
    int port = Integer.parseInt(System.getProperty("latih.it.smtp.port"));
    silentSmtp = new ServerSocket(port, 5, InetAddress.getByName("127.0.0.1"));
  }

  @AfterAll
  static void closeSilentSmtp() throws Exception {
    silentSmtp.close();
  }

  @Test
  void anExportIsDoneWhileAMailStillWaitsForItsServer() throws Exception {
    RegionSeed.Result seeded = SeedDatabase.seedNewRegion(new RegionSeed.Size(6, 1, 1, 1, 0));
    String email = "senyap-" + System.nanoTime() + "@bkpsdm.example";
    String nip = Activation.region(base, 1, Map.of(0, email)).nips().get(0);
    Api.Reply asked =
        Api.anonymous(base).post("api/v1/auth/password-reset", "{\"identifier\":\"" + nip + "\"}");
    assertEquals(202, asked.status(), asked::toString);

    silentSmtp.setSoTimeout(30_000);
    try (Socket mail = silentSmtp.accept()) { // the mail's sender is now waiting for a greeting
      Api evaluator = Api.as(base, seeded.evaluator(), SeedDatabase.IT_PASSWORD);
      BackgroundExportIT.export(
          evaluator, "{\"kind\":\"attempts\",\"format\":\"csv\",\"lang\":\"id\"}");

      // the sender still holds its connection: it has neither given up nor been answered
      mail.setSoTimeout(1);
      InputStream fromSender = mail.getInputStream();
      assertThrows(
          SocketTimeoutException.class,
          fromSender::read,
          "the export waited until the mail gave up: they ran one after the other");
    }
  }
}
