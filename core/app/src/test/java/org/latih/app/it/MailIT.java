package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail with a real SMTP server: GreenMail listens in this JVM on the port the build reserved, and
 * the shared test server is configured to send there (arquillian.xml). "Forgot password" mails a
 * one-time link; issuing codes can mail each person their code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

  private static final Pattern LINK = Pattern.compile("#/reset/([A-Za-z0-9_-]{20,200})");
  private static final long WAIT_MILLIS = 30_000;

  private static GreenMail smtp;

  @ArquillianResource URL base;

  @BeforeAll
  static void startSmtp() {
    int port = Integer.parseInt(System.getProperty("latih.it.smtp.port"));
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
  }

  /** The messages to one address, waiting until {@code count} have come. */
  private static List<MimeMessage> mailTo(String address, int count) throws Exception {
    assertTrue(smtp.waitForIncomingEmail(WAIT_MILLIS, count), "no mail came within the wait");
    List<MimeMessage> to = new java.util.ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)) {
        to.add(message);
      }
    }
    return to;
  }

  @Test
  void forgottenPasswordIsResetWithAOneTimeLinkMailedToThePerson() throws Exception {
    String email = "lupa-" + System.nanoTime() + "@bkpsdm.example";
    Activation region = Activation.region(base, 1, Map.of(0, email));
    String nip = region.nips().get(0);

    Api.Reply unknown =
        Api.anonymous(base)
            .post("api/v1/auth/password-reset", "{\"identifier\":\"" + Api.newNip() + "\"}");
    Api.Reply known =
        Api.anonymous(base).post("api/v1/auth/password-reset", "{\"identifier\":\"" + nip + "\"}");
    assertEquals(202, known.status(), known::toString);
    assertEquals(unknown.status(), known.status());
    assertEquals(unknown.body(), known.body(), "the answer does not tell whether anyone matched");
    assertTrue(known.json().getString("message").startsWith("Jika akun ditemukan"));

    List<MimeMessage> mails = mailTo(email, 1);
    assertEquals(1, mails.size());
    assertEquals(1, smtp.getReceivedMessages().length, "nothing was mailed for the unknown NIP");
    String body = (String) mails.get(0).getContent();
    Matcher link = LINK.matcher(body);
    assertTrue(link.find(), body);
    String token = link.group(1);

    Api.Reply reset =
        Api.anonymous(base)
            .post(
                "api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"password\":\"Sandi-Baru-Dari-Email-7\"}");
    assertEquals(200, reset.status(), reset::toString);
    assertTrue(reset.header("Set-Cookie").contains("HttpOnly"), "signed in");
    Api.as(base, nip, "Sandi-Baru-Dari-Email-7");

    Api.anonymous(base)
        .post(
            "api/v1/auth/password-reset/confirm",
            "{\"token\":\"" + token + "\",\"password\":\"Sandi-Kedua-Kalinya-8\"}")
        .problem(400, "password-reset-refused");
    Api.as(base, nip, "Sandi-Baru-Dari-Email-7");
  }

  @Test
  void anEmailAddressFindsTheAccountToo() throws Exception {
    String email = "surel-" + System.nanoTime() + "@bkpsdm.example";
    Activation.region(base, 1, Map.of(0, email));
    Api.Reply asked =
        Api.anonymous(base)
            .post(
                "api/v1/auth/password-reset",
                "{\"identifier\":\" " + email.toUpperCase(java.util.Locale.ROOT) + " \"}");
    assertEquals(202, asked.status(), asked::toString);
    List<MimeMessage> mails = mailTo(email, 1);
    assertEquals(1, mails.size());
  }

  @Test
  void issuingCodesMailsEachPersonWithAnAddressTheirOwnCode() throws Exception {
    String email = "kode-" + System.nanoTime() + "@bkpsdm.example";
    Activation region = Activation.region(base, 2, Map.of(0, email));
    Api.Reply issued =
        region.admin().post("api/v1/users/activation-codes", "{\"mail\":true,\"days\":3}");
    Map<String, String> codes = Activation.codes(issued);
    assertEquals(1, issued.json().getInt("mailed"));
    JsonObject withMail =
        issued.json().getJsonArray("codes").getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getBoolean("mailed"))
            .findFirst()
            .orElseThrow();
    assertEquals(region.nips().get(0), withMail.getString("nip"));

    List<MimeMessage> mails = mailTo(email, 1);
    assertEquals(1, mails.size());
    String body = (String) mails.get(0).getContent();
    String nip = region.nips().get(0);
    assertTrue(body.contains(codes.get(nip)), "the mail carries the person's code");
    assertTrue(body.contains(nip), body);
    assertFalse(body.contains(codes.get(region.nips().get(1))), "and nobody else's");

    Api.Reply activated =
        Api.anonymous(base)
            .post(
                "api/v1/auth/activation",
                Activation.activation(nip, codes.get(nip), "Sandi-Dari-Surel-9"));
    assertEquals(200, activated.status(), activated::toString);
  }
}
