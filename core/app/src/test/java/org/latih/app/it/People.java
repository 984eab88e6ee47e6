package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

/** Creates the people a test needs, through the API as the bootstrap admin. */
final class People {

  static final String PASSWORD = "Kata-Sandi-Uji-42";

  private People() {}

  /** Creates a user and returns their NIP (which is also their username). */
  static String create(URL base, String region, String... roles) {
    String nip = Api.newNip();
    StringBuilder roleList = new StringBuilder();
    for (String role : roles) {
      roleList.append(roleList.length() == 0 ? "" : ",").append('"').append(role).append('"');
    }
    Api.Reply reply =
        Api.admin(base)
            .post(
                "api/v1/users",
                "{\"nip\":\""
                    + nip
                    + "\",\"name\":\"Uji "
                    + nip.substring(14)
                    + "\",\"region\":\""
                    + region
                    + "\",\"roles\":["
                    + roleList
                    + "],\"password\":\""
                    + PASSWORD
                    + "\"}");
    assertEquals(201, reply.status(), reply::toString);
    return nip;
  }

  static long idOf(URL base, String nip) {
    Api.Reply reply = Api.admin(base).get("api/v1/users?q=" + nip);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  static Api signIn(URL base, String nip) {
    return Api.as(base, nip, PASSWORD);
  }
}
