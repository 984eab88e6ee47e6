package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

/** Regions of a test's own, so that nothing other tests install or publish in theirs shows up. */
final class Regions {

  private Regions() {}

  /** Creates a new kabupaten through the API as the bootstrap admin and returns its code. */
  static String create(URL base, String prefix) {
    String tag = Long.toString(System.nanoTime(), 36);
    String code = prefix + "-" + tag;
    Api.Reply added =
        Api.admin(base)
            .post(
                "api/v1/regions",
                "{\"code\":\"%s\",\"name\":\"Kabupaten Uji %s\",\"type\":\"KABUPATEN\"}"
                    .formatted(code, tag));
    assertEquals(201, added.status(), added::toString);
    return code;
  }

  /** As {@link #create}, and its admins' plugin uploads wait for a system admin's approval. */
  static String requiringPluginApproval(URL base, String prefix) {
    String code = create(base, prefix);
    Api.Reply required = Api.admin(base).put("api/v1/plugin-uploads/approval-regions/" + code, "");
    assertEquals(204, required.status(), required::toString);
    return code;
  }
}
