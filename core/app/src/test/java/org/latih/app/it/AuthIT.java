package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in and out by cookie and by token, CSRF, sign-in throttling, wrong or missing
 * credentials, and one's own password, sessions and tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthIT {

  /** Another client on this machine: all of 127.0.0.0/8 is the loopback interface. */
  private static final String OTHER_ADDRESS = "127.0.0.2";

  @ArquillianResource URL base;

  /**
   * Asks for a token from {@code address} and answers the HTTP status. A plain socket, because the
   * JDK's HTTP client cannot choose its local address.
   */
  private int tokenStatusFrom(String address, String username, String password) throws IOException {
    byte[] body = credentials(username, password).getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()));
      String head =
          "POST "
              + base.getPath()
              + "api/v1/auth/tokens HTTP/1.1\r\nHost: localhost:"
              + base.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      String status =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  private static String credentials(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void bootstrapAdminSignsInWithACookieThatNeedsTheCsrfTokenToChangeAnything() {
    Api.Reply login =
        Api.anonymous(base).post("api/v1/auth/login", credentials("admin", Api.ADMIN_PASSWORD));
    assertEquals(200, login.status(), login::toString);
    String setCookie = login.header("Set-Cookie");
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    String csrf = login.json().getString("csrfToken");
    assertEquals(
        "SYSTEM_ADMIN", login.json().getJsonObject("user").getJsonArray("roles").getString(0));

    Api browser = Api.anonymous(base).header("Cookie", cookie);
    assertEquals(200, browser.get("api/v1/users").status(), "reading needs no CSRF token");
    assertEquals(csrf, browser.get("api/v1/auth/session").json().getString("csrfToken"));

    String nip = Api.newNip();
    String body = "{\"nip\":\"" + nip + "\",\"name\":\"Tanpa CSRF\",\"region\":\"solok\"}";
    browser.post("api/v1/users", body).problem(403);
    assertEquals(
        0,
        Api.admin(base).get("api/v1/users?q=" + nip).json().getInt("totalItems"),
        "a request without the CSRF token changed nothing");
    browser.header("X-CSRF-Token", "forged").post("api/v1/users", body).problem(403);
    assertEquals(201, browser.header("X-CSRF-Token", csrf).post("api/v1/users", body).status());

    assertEquals(204, browser.header("X-CSRF-Token", csrf).post("api/v1/auth/logout", "").status());
    browser.get("api/v1/users").problem(401);
  }

  @Test
  void wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
    String wrongPassword =
        Api.anonymous(base)
            .post("api/v1/auth/tokens", credentials("admin", "not-the-password"))
            .problem(401);
    String unknownUser =
        Api.anonymous(base)
            .post("api/v1/auth/tokens", credentials("nobody", "not-the-password"))
            .problem(401);
    assertEquals(wrongPassword, unknownUser);
  }

  @Test
  void missingOrInvalidTokenIsRefused() {
    assertTrue(Api.anonymous(base).get("api/v1/me").problem(401).length() > 10);
    String detail =
        Api.anonymous(base).header("Authorization", "Bearer made-up").get("api/v1/me").problem(401);
    assertTrue(detail.contains("/api/v1/auth/tokens"), "tells how to get a token: " + detail);
  }

  @Test
  void signInsToOneAccountAtTheSameMomentAllSucceed() throws Exception {
    String nip = People.create(base, "bengkulu", "LEARNER");
    // a double-clicked button, or the same learner on a phone and a laptop
    List<CompletableFuture<Api.Reply>> logins =
        IntStream.range(0, 6)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            Api.anonymous(base)
                                .post("api/v1/auth/login", credentials(nip, People.PASSWORD))))
            .toList();
    for (var login : logins) {
      Api.Reply reply = login.get();
      assertEquals(200, reply.status(), reply::toString);
    }
  }

  @Test
  void concurrentWrongPasswordsAreAllCounted() throws Exception {
    String nip = People.create(base, "bengkulu", "LEARNER");
    List<CompletableFuture<Api.Reply>> guesses =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            Api.anonymous(base)
                                .post(
                                    "api/v1/auth/tokens", credentials(nip, "Salah-Sandi-00" + i))))
            .toList();
    for (var guess : guesses) {
      guess.get().problem(401);
    }
    Api.anonymous(base).post("api/v1/auth/tokens", credentials(nip, People.PASSWORD)).problem(429);
  }

  @Test
  void repeatedFailuresMakeThatAddressWaitEvenForTheRightPassword() {
    String nip = People.create(base, "bengkulu", "LEARNER");
    for (int i = 0; i < 5; i++) {
      Api.anonymous(base)
          .post("api/v1/auth/tokens", credentials(nip, "Salah-Sandi-000"))
          .problem(401);
    }
    Api.Reply waiting =
        Api.anonymous(base).post("api/v1/auth/tokens", credentials(nip, People.PASSWORD));
    String detail = waiting.problem(429);
    String seconds = waiting.header("Retry-After");
    assertNotNull(seconds);
    assertTrue(detail.contains(seconds), "says how long to wait: " + detail);
  }

  @Test
  void someoneGuessingFromAnotherAddressNeverLocksOutTheAdmin() throws Exception {
    List<Integer> guesses = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      guesses.add(tokenStatusFrom(OTHER_ADDRESS, "admin", "Tebakan-Sandi-00" + i));
    }
    assertEquals(List.of(401, 401, 401, 401, 401, 429, 429, 429), guesses);
    assertEquals(
        429,
        tokenStatusFrom(OTHER_ADDRESS, "admin", Api.ADMIN_PASSWORD),
        "the guessing address waits, even with the right password");
    assertEquals(
        201,
        Api.anonymous(base)
            .post("api/v1/auth/tokens", credentials("admin", Api.ADMIN_PASSWORD))
            .status(),
        "the admin signs in from their own address");
  }

  @Test
  void unknownNipsAndAccountsWithoutPasswordAnswerExactlyLikeRealOnes() {
    String real = People.create(base, "bengkulu", "LEARNER");
    String unknown = Api.newNip();
    String withoutPassword = Api.newNip();
    assertEquals(
        201,
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\""
                    + withoutPassword
                    + "\",\"name\":\"Tanpa Sandi\",\"region\":\"bengkulu\"}")
            .status());
    List<String> answers = new ArrayList<>();
    for (String nip : List.of(real, unknown, withoutPassword)) {
      StringBuilder seen = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        Api.Reply reply =
            Api.anonymous(base).post("api/v1/auth/tokens", credentials(nip, "Salah-Sandi-000"));
        seen.append(reply.status())
            .append(' ')
            .append(reply.json().getString("detail"))
            .append(' ')
            .append(reply.header("Retry-After"))
            .append('\n');
      }
      answers.add(seen.toString());
    }
    assertTrue(answers.get(0).startsWith("401"), answers.get(0));
    assertTrue(answers.get(0).contains("429"), answers.get(0));
    assertEquals(answers.get(0), answers.get(1), "an unknown NIP is told apart from a real one");
    assertEquals(answers.get(0), answers.get(2), "an account without a password is told apart");
  }

  @Test
  void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, nip);
    for (int i = 0; i < 5; i++) {
      learner
          .post(
              "api/v1/me/password",
              "{\"currentPassword\":\"Tebakan-" + i + "\",\"newPassword\":\"Baru-Sekali-123\"}")
          .problem(400);
    }
    Api.Reply waiting =
        learner.post(
            "api/v1/me/password",
            "{\"currentPassword\":\""
                + People.PASSWORD
                + "\",\"newPassword\":\"Baru-Sekali-123\"}");
    waiting.problem(429);
    assertNotNull(waiting.header("Retry-After"));
    assertEquals(200, learner.get("api/v1/me").status(), "a wrong guess does not sign one out");
  }

  @Test
  void changingMyPasswordEndsMyOtherSessionsAndTokensButNotThisOne() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api phone = People.signIn(base, nip);
    Api laptop = People.signIn(base, nip);
    Api.Reply login =
        Api.anonymous(base).post("api/v1/auth/login", credentials(nip, People.PASSWORD));
    String cookie = login.header("Set-Cookie");
    Api browser = Api.anonymous(base).header("Cookie", cookie.substring(0, cookie.indexOf(';')));
    assertEquals(200, browser.get("api/v1/me").status());

    assertEquals(
        204,
        phone
            .post(
                "api/v1/me/password",
                "{\"currentPassword\":\""
                    + People.PASSWORD
                    + "\",\"newPassword\":\"Baru-Sekali-123\"}")
            .status());
    assertEquals(200, phone.get("api/v1/me").status(), "the session that changed it stays");
    laptop.get("api/v1/me").problem(401);
    browser.get("api/v1/me").problem(401);
  }

  @Test
  void anAdminResettingAPasswordEndsEverySessionOfThatPerson() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, nip);
    long id = People.idOf(base, nip);
    assertEquals(
        200,
        Api.admin(base)
            .patch("api/v1/users/" + id, "{\"password\":\"Disetel-Ulang-77\"}")
            .status());
    learner.get("api/v1/me").problem(401);
    assertEquals(200, Api.as(base, nip, "Disetel-Ulang-77").get("api/v1/me").status());
  }

  @Test
  void iSeeMySessionsAndTokensAndRevokeOne() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api here = People.signIn(base, nip);
    Api.Reply issued =
        Api.anonymous(base)
            .post(
                "api/v1/auth/tokens",
                "{\"username\":\""
                    + nip
                    + "\",\"password\":\""
                    + People.PASSWORD
                    + "\",\"label\":\"skrip laporan\"}");
    assertEquals(201, issued.status(), issued::toString);
    Api script =
        Api.anonymous(base).header("Authorization", "Bearer " + issued.json().getString("token"));

    List<JsonObject> mine =
        here.get("api/v1/me/sessions").structure().asJsonArray().getValuesAs(JsonObject.class);
    assertEquals(2, mine.size(), mine::toString);
    JsonObject other =
        mine.stream().filter(s -> !s.getBoolean("current")).findFirst().orElseThrow();
    assertEquals("skrip laporan", other.getString("label"));
    assertEquals("TOKEN", other.getString("kind"));
    assertFalse(other.getString("id").isBlank());

    String stranger = People.create(base, "kupang", "LEARNER");
    People.signIn(base, stranger)
        .delete("api/v1/me/sessions/" + other.getString("id"))
        .problem(404);
    assertEquals(200, script.get("api/v1/me").status(), "nobody else can revoke it");

    assertEquals(204, here.delete("api/v1/me/sessions/" + other.getString("id")).status());
    script.get("api/v1/me").problem(401);
    assertEquals(1, here.get("api/v1/me/sessions").structure().asJsonArray().size());
  }

  @Test
  void messagesFollowTheRequestedLanguage() {
    String indonesian = Api.anonymous(base).get("api/v1/me").problem(401);
    String english =
        Api.anonymous(base).header("Accept-Language", "en").get("api/v1/me").problem(401);
    assertEquals("Silakan masuk terlebih dahulu.", indonesian);
    assertEquals("Please sign in first.", english);
  }

  @Test
  void deactivatedUserIsSignedOutEverywhere() {
    String nip = People.create(base, "batanghari", "LEARNER");
    Api learner = People.signIn(base, nip);
    assertEquals(200, learner.get("api/v1/me").status());
    long id = People.idOf(base, nip);
    assertEquals(200, Api.admin(base).patch("api/v1/users/" + id, "{\"active\":false}").status());
    learner.get("api/v1/me").problem(401);
    String detail =
        Api.anonymous(base)
            .post("api/v1/auth/tokens", credentials(nip, People.PASSWORD))
            .problem(403);
    assertFalse(detail.isBlank());
  }

  @Test
  void learnerChangesOwnPasswordOnlyWithTheCurrentOne() {
    String nip = People.create(base, "kupang", "LEARNER");
    Api learner = People.signIn(base, nip);
    learner
        .post(
            "api/v1/me/password",
            "{\"currentPassword\":\"wrong\",\"newPassword\":\"Baru-Sekali-123\"}")
        .problem(400);
    learner
        .post(
            "api/v1/me/password",
            "{\"currentPassword\":\"" + People.PASSWORD + "\",\"newPassword\":\"pendek\"}")
        .problem(400);
    assertEquals(
        204,
        learner
            .post(
                "api/v1/me/password",
                "{\"currentPassword\":\""
                    + People.PASSWORD
                    + "\",\"newPassword\":\"Baru-Sekali-123\"}")
            .status());
    assertEquals(200, Api.as(base, nip, "Baru-Sekali-123").get("api/v1/me").status());
  }
}
