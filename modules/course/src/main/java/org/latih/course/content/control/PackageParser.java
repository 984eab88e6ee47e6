package org.latih.course.content.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.content.api.CoursePackage.AttachmentFile;
import org.latih.course.content.api.CoursePackage.LessonContent;
import org.latih.course.content.api.CoursePackage.ModuleContent;
import org.latih.course.content.api.CoursePackage.QuestionFile;
import org.latih.course.content.api.PackageProblem;
import org.latih.course.course.api.CompetencyType;

/**
 * Checks a whole course package before anything is written and turns it into a {@link
 * CoursePackage}. Every problem is collected, not only the first, and reported with its file and
 * line; any problem refuses the package.
 */
public final class PackageParser {

  // looked up once: Json.createX finds the provider through the ServiceLoader on every call
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String MANIFEST = "manifest.json";

  /**
   * A manifest is a few levels deep; a parser recursing 100k levels deep ends the server thread.
   */
  static final int MAX_MANIFEST_DEPTH = 32;

  private static final Set<String> FIELDS =
      Set.of(
          "id",
          "version",
          "title",
          "description",
          "jp",
          "competencyType",
          "language",
          "tags",
          "modules",
          "preTest",
          "postTest");
  private static final Set<String> MODULE_FIELDS = Set.of("title", "lessons");
  private static final Set<String> LANGUAGES = Set.of("id", "en");

  private final Map<String, byte[]> files;
  private final List<PackageProblem> problems = new ArrayList<>();

  private PackageParser(PackageFiles files) {
    this.files = files.files();
    this.problems.addAll(files.problems());
  }

  public static CoursePackage parse(PackageFiles files) {
    return new PackageParser(files.unwrapped()).parse();
  }

  private CoursePackage parse() {
    JsonObject manifest = manifest();
    if (manifest == null) {
      throw new InvalidPackageException(problems);
    }
    for (String key : manifest.keySet()) {
      if (!FIELDS.contains(key)) {
        problem(
            MANIFEST,
            "manifest.unknownField",
            key,
            String.join(", ", new java.util.TreeSet<>(FIELDS)));
      }
    }
    String id = text(manifest, "id", true);
    if (id != null && !id.matches("[a-z0-9][a-z0-9-]{1,79}")) {
      problem(MANIFEST, "manifest.id", id);
    }
    String version = text(manifest, "version", true);
    if (version != null && !version.matches("\\d+\\.\\d+\\.\\d+")) {
      problem(MANIFEST, "manifest.version", version);
    }
    String title = text(manifest, "title", true);
    String description = text(manifest, "description", true);
    int jp = jp(manifest);
    String competency = text(manifest, "competencyType", true);
    CompetencyType type = CompetencyType.of(competency);
    if (competency != null && type == null) {
      problem(MANIFEST, "manifest.competencyType", competency);
    }
    String language = text(manifest, "language", true);
    if (language != null && !LANGUAGES.contains(language)) {
      problem(MANIFEST, "manifest.language", language);
    }
    List<String> tags = strings(manifest, "tags");
    Map<String, QuestionFile> questions = new LinkedHashMap<>();
    for (String field : List.of("preTest", "postTest")) {
      String path = text(manifest, field, false);
      if (path != null) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
          problem(MANIFEST, "manifest.missingFile", field, path);
        } else {
          questions.put(field, new QuestionFile(path, new String(bytes, StandardCharsets.UTF_8)));
        }
      }
    }
    List<ModuleContent> modules = modules(manifest);
    List<AttachmentFile> attachments = attachments();
    if (!problems.isEmpty()) {
      throw new InvalidPackageException(problems);
    }
    return new CoursePackage(
        id, version, title, description, jp, type, language, tags, modules, attachments, questions);
  }

  private JsonObject manifest() {
    byte[] bytes = files.get(MANIFEST);
    if (bytes == null) {
      problem("", "manifest.missing");
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (depth(text) > MAX_MANIFEST_DEPTH) {
      problem(MANIFEST, "manifest.tooDeep", MAX_MANIFEST_DEPTH);
      return null;
    }
    try {
      JsonValue value = JSON.createReader(new StringReader(text)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        problem(MANIFEST, "manifest.notObject");
        return null;
      }
      return value.asJsonObject();
    } catch (RuntimeException e) {
      // JsonException, and plain unchecked exceptions some JSON-P providers throw for their limits
      problem(MANIFEST, "manifest.json", e.getMessage());
      return null;
    }
  }

  /** The deepest nesting of arrays and objects, brackets inside strings not counted. */
  static int depth(String json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '[' || c == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ']' || c == '}') {
        depth--;
      }
    }
    return deepest;
  }

  private List<ModuleContent> modules(JsonObject manifest) {
    List<ModuleContent> modules = new ArrayList<>();
    JsonValue value = manifest.get("modules");
    if (!(value instanceof JsonArray array) || array.isEmpty()) {
      problem(MANIFEST, "manifest.modules");
      return modules;
    }
    Set<String> keys = new HashSet<>();
    Set<String> lessonPaths = new HashSet<>();
    array.stream()
        .filter(v -> v instanceof JsonObject)
        .forEach(v -> lessonPaths.addAll(strings(v.asJsonObject(), "lessons", false)));
    for (int i = 0; i < array.size(); i++) {
      if (!(array.get(i) instanceof JsonObject module)) {
        problem(MANIFEST, "manifest.modules");
        continue;
      }
      int number = i + 1;
      module.keySet().stream()
          .filter(k -> !MODULE_FIELDS.contains(k))
          .forEach(k -> problem(MANIFEST, "manifest.unknownModuleField", number, k));
      String title =
          module.get("title") instanceof JsonString s && !s.getString().isBlank()
              ? s.getString().strip()
              : null;
      if (title == null) {
        problem(MANIFEST, "manifest.moduleTitle", i + 1);
      }
      List<LessonContent> lessons = new ArrayList<>();
      List<String> paths = strings(module, "lessons");
      if (paths.isEmpty()) {
        problem(MANIFEST, "manifest.moduleLessons", i + 1);
      }
      for (String path : paths) {
        LessonContent lesson = lesson(path, lessonPaths);
        if (lesson != null && !keys.add(lesson.key())) {
          problem(path, "lesson.duplicateKey", lesson.key());
        } else if (lesson != null) {
          lessons.add(lesson);
        }
      }
      modules.add(new ModuleContent(title, lessons));
    }
    return modules;
  }

  private LessonContent lesson(String path, Set<String> lessonPaths) {
    byte[] bytes = files.get(path);
    if (bytes == null) {
      problem(MANIFEST, "manifest.missingLesson", path);
      return null;
    }
    if (!path.endsWith(".md")) {
      problem(path, "lesson.notMarkdown");
      return null;
    }
    FrontMatter front =
        FrontMatter.parse(path, new String(bytes, StandardCharsets.UTF_8), problems);
    problems.addAll(
        LessonLinks.check(path, front.body(), front.bodyOffset(), files.keySet(), lessonPaths));
    String name = path.substring(path.lastIndexOf('/') + 1);
    String key = name.substring(0, name.length() - 3);
    if (!key.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
      problem(path, "lesson.fileName", name);
    }
    return new LessonContent(
        path, key, front.title(), front.minutes(), front.video(), front.body().strip());
  }

  private List<AttachmentFile> attachments() {
    List<AttachmentFile> attachments = new ArrayList<>();
    files.forEach(
        (path, bytes) -> {
          if (!path.startsWith("attachments/")) {
            return;
          }
          String name = path.substring("attachments/".length());
          String type = Attachments.contentType(name, bytes);
          if (type == null) {
            problem(path, "attachment.type", Attachments.allowed());
          } else {
            attachments.add(new AttachmentFile(name, type, bytes));
          }
        });
    return attachments;
  }

  private String text(JsonObject object, String field, boolean required) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      if (required) {
        problem(MANIFEST, "manifest.required", field);
      }
      return null;
    }
    if (!(value instanceof JsonString s) || s.getString().isBlank()) {
      problem(MANIFEST, "manifest.notText", field);
      return null;
    }
    return s.getString().strip();
  }

  private int jp(JsonObject manifest) {
    JsonValue value = manifest.get("jp");
    if (value == null) {
      problem(MANIFEST, "manifest.required", "jp");
      return 0;
    }
    if (value.getValueType() != JsonValue.ValueType.NUMBER
        || !manifest.getJsonNumber("jp").isIntegral()
        || manifest.getInt("jp") < 1
        || manifest.getInt("jp") > 100) {
      problem(MANIFEST, "manifest.jp", value.toString());
      return 0;
    }
    return manifest.getInt("jp");
  }

  private List<String> strings(JsonObject object, String field) {
    return strings(object, field, true);
  }

  private List<String> strings(JsonObject object, String field, boolean report) {
    JsonValue value = object.get(field);
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof JsonArray array)
        || !array.stream().allMatch(v -> v instanceof JsonString)) {
      if (report) {
        problem(MANIFEST, "manifest.notTextList", field);
      }
      return result;
    }
    array.getValuesAs(JsonString.class).forEach(s -> result.add(s.getString().strip()));
    return result;
  }

  private void problem(String path, String key, Object... args) {
    problems.add(new PackageProblem(path, 0, key, args));
  }
}
