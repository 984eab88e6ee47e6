package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out by cookie and by token, CSRF, lockout, and wrong or missing credentials. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthIT {

  @ArquillianResource URL base;

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
  void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
    String nip = People.create(base, "bengkulu", "LEARNER");
    for (int i = 0; i < 5; i++) {
      Api.anonymous(base)
          .post("api/v1/auth/tokens", credentials(nip, "Salah-Sandi-000"))
          .problem(401);
    }
    Api.Reply locked =
        Api.anonymous(base).post("api/v1/auth/tokens", credentials(nip, People.PASSWORD));
    String detail = locked.problem(429);
    assertNotNull(locked.header("Retry-After"));
    assertTrue(detail.contains("15"), "says how long to wait: " + detail);
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
