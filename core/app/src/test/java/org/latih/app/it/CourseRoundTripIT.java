package org.latih.app.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Export → import into an empty instance → the identical course. The empty instance is a Payara
 * Micro of its own on a fresh embedded database with the starter catalogue switched off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CourseRoundTripIT {

  private static final String COURSE = "manajemen-waktu";

  @ArquillianResource URL base;

  @Test
  void anExportedCourseImportsIntoAnEmptyInstanceAsTheSameCourse() throws Exception {
    Api source = Api.admin(base);
    byte[] exported = source.download("api/v1/courses/" + COURSE + "/package");

    Path data =
        Path.of(System.getProperty("latih.it.data.dir") + "-roundtrip-" + System.nanoTime());
    List<String> properties =
        List.of(
            "-Dlatih.content.starter=false",
            "-Dlatih.bootstrap.admin.password=" + Api.ADMIN_PASSWORD,
            "-Dlatih.db.url=jdbc:h2:file:" + data.resolve("db/latih") + ";WRITE_DELAY=0",
            "-Dlatih.db.user=latih",
            "-Dlatih.db.password=latih");
    try (PayaraProcess empty = new PayaraProcess(data, properties)) {
      empty.start();
      Api target = Api.as(empty.base(), "admin", Api.ADMIN_PASSWORD);
      assertEquals(0, target.get("api/v1/courses").json().getInt("totalItems"), "empty instance");

      Api.Reply imported = target.postBytes("api/v1/course-packages", "application/zip", exported);
      assertEquals(200, imported.status(), imported::toString);
      assertEquals("CREATED", imported.json().getString("outcome"));
      byte[] again = target.download("api/v1/courses/" + COURSE + "/package");

      Map<String, byte[]> first = entries(exported);
      Map<String, byte[]> second = entries(again);
      assertEquals(first.keySet(), second.keySet());
      first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));

      JsonObject before = source.get("api/v1/courses/" + COURSE).json();
      JsonObject after = target.get("api/v1/courses/" + COURSE).json();
      assertEquals(before.getJsonArray("modules"), after.getJsonArray("modules"));
      for (String field : List.of("title", "description", "version", "competencyType", "tags")) {
        assertEquals(
            before.getJsonObject("course").get(field),
            after.getJsonObject("course").get(field),
            field);
      }
      String lesson =
          before
              .getJsonArray("modules")
              .getJsonObject(0)
              .getJsonArray("lessons")
              .getJsonObject(0)
              .getString("key");
      String path = "api/v1/courses/" + COURSE + "/lessons/" + lesson;
      assertEquals(
          source.get(path).json().getString("html"), target.get(path).json().getString("html"));
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
