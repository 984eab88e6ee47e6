package org.latih.course.content.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.latih.course.course.api.AttachedFile;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.TestFile;
import org.latih.course.course.entity.CourseModule;
import org.latih.course.course.entity.Lesson;

/** Writes a course back as a package zip in the format it is imported from. */
public final class CourseExport {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final JsonWriterFactory PRETTY =
      JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private CourseExport() {}

  public static byte[] zip(Course course) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      put(zip, PackageParser.MANIFEST, manifest(course));
      for (Lesson lesson : course.lessons()) {
        put(zip, lesson.path(), lessonFile(lesson));
      }
      for (AttachedFile attachment : course.attachments()) {
        zip.putNextEntry(new ZipEntry("attachments/" + attachment.name()));
        zip.write(attachment.bytes());
        zip.closeEntry();
      }
      for (TestFile file : course.questionFiles()) {
        put(zip, file.path(), file.text());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String manifest(Course course) {
    JsonArrayBuilder modules = JSON.createArrayBuilder();
    for (CourseModule module : course.modules()) {
      JsonArrayBuilder lessons = JSON.createArrayBuilder();
      module.lessons().forEach(l -> lessons.add(l.path()));
      modules.add(JSON.createObjectBuilder().add("title", module.title()).add("lessons", lessons));
    }
    JsonArrayBuilder tags = JSON.createArrayBuilder();
    course.tags().forEach(tags::add);
    JsonObjectBuilder manifest =
        JSON.createObjectBuilder()
            .add("id", course.code())
            .add("version", course.packageVersion())
            .add("title", course.title())
            .add("description", course.description())
            .add("jp", course.jp())
            .add("competencyType", course.competencyType().code())
            .add("language", course.language())
            .add("tags", tags)
            .add("modules", modules);
    course.questionFiles().forEach(q -> manifest.add(q.kind(), q.path()));
    StringWriter out = new StringWriter();
    PRETTY.createWriter(out).write(manifest.build());
    return out.toString().strip() + "\n";
  }

  static String lessonFile(Lesson lesson) {
    StringBuilder text = new StringBuilder("---\ntitle: ").append(lesson.title()).append('\n');
    if (lesson.minutes() != null) {
      text.append("minutes: ").append(lesson.minutes()).append('\n');
    }
    if (lesson.videoUrl() != null) {
      text.append("video: ").append(lesson.videoUrl()).append('\n');
    }
    return text.append("---\n\n").append(lesson.markdown()).append('\n').toString();
  }

  private static void put(ZipOutputStream zip, String path, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(path));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
