package org.latih.course.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.latih.course.content.api.PackageProblem;

/**
 * The files of a course package, read from a zip, a folder or the class path, with every path and
 * size checked while reading: a path that would escape the package (zip-slip), a file over the size
 * limit or too many files is a problem, and such a file is never kept.
 */
public final class PackageFiles {

  /** Size limits: per file (uncompressed), for the whole package, and the number of files. */
  public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles) {
    public static final Limits DEFAULT = new Limits(20L << 20, 200L << 20, 2_000);
  }

  private final Map<String, byte[]> files = new TreeMap<>();
  private final List<PackageProblem> problems = new ArrayList<>();

  private PackageFiles() {}

  public static PackageFiles fromZip(InputStream in, Limits limits) {
    PackageFiles result = new PackageFiles();
    long total = 0;
    boolean empty = true;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        empty = false;
        if (entry.isDirectory()) {
          continue;
        }
        String path = result.checkedPath(entry.getName());
        if (result.files.size() >= limits.maxFiles()) {
          result.problems.add(
              new PackageProblem(entry.getName(), 0, "package.tooManyFiles", limits.maxFiles()));
          break;
        }
        byte[] bytes = readLimited(zip, limits.maxFileBytes());
        if (bytes == null) {
          result.problems.add(
              new PackageProblem(
                  entry.getName(), 0, "package.fileTooLarge", limits.maxFileBytes() >> 20));
          continue;
        }
        total += bytes.length;
        if (total > limits.maxTotalBytes()) {
          result.problems.add(
              new PackageProblem(
                  entry.getName(), 0, "package.tooLarge", limits.maxTotalBytes() >> 20));
          break;
        }
        if (path != null) {
          result.files.put(path, bytes);
        }
      }
    } catch (IOException e) {
      empty = false;
      result.problems.add(new PackageProblem("", 0, "package.notZip"));
    }
    if (empty) {
      // ZipInputStream reads anything that is not a zip as an archive without entries
      result.problems.add(new PackageProblem("", 0, "package.notZip"));
    }
    return result;
  }

  public static PackageFiles fromFolder(Path folder, Limits limits) {
    try (var walk = Files.walk(folder)) {
      List<Path> paths = walk.filter(Files::isRegularFile).toList();
      return fromNames(
          paths.stream().map(p -> folder.relativize(p).toString().replace('\\', '/')).toList(),
          name -> {
            try {
              return Files.newInputStream(folder.resolve(name));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          },
          limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the named files through {@code open}, for packages whose listing is known up front. */
  public static PackageFiles fromNames(
      List<String> names, Function<String, InputStream> open, Limits limits) {
    PackageFiles result = new PackageFiles();
    for (String name : names) {
      String path = result.checkedPath(name);
      try (InputStream in = open.apply(name)) {
        byte[] bytes = readLimited(in, limits.maxFileBytes());
        if (bytes == null) {
          result.problems.add(
              new PackageProblem(name, 0, "package.fileTooLarge", limits.maxFileBytes() >> 20));
        } else if (path != null) {
          result.files.put(path, bytes);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return result;
  }

  /** The normalised path, or null (with a problem recorded) when it leaves the package. */
  private String checkedPath(String name) {
    String path = name.replace('\\', '/');
    boolean escapes =
        path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains("\u0000");
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        escapes = true;
      }
    }
    if (escapes) {
      problems.add(new PackageProblem(name, 0, "package.pathEscapes"));
      return null;
    }
    return path.replaceAll("/{2,}", "/").replaceAll("(^|/)\\./", "$1");
  }

  /** The stream's bytes, or null once more than {@code max} bytes have been read. */
  private static byte[] readLimited(InputStream in, long max) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /** Strips one top-level folder when every file is inside it, as zips of a folder often are. */
  public PackageFiles unwrapped() {
    String first = files.keySet().stream().findFirst().orElse("");
    int slash = first.indexOf('/');
    if (slash < 0 || files.containsKey("manifest.json")) {
      return this;
    }
    String prefix = first.substring(0, slash + 1);
    if (!files.keySet().stream().allMatch(p -> p.startsWith(prefix))) {
      return this;
    }
    PackageFiles inner = new PackageFiles();
    files.forEach((p, b) -> inner.files.put(p.substring(prefix.length()), b));
    inner.problems.addAll(problems);
    return inner;
  }

  public Map<String, byte[]> files() {
    return files;
  }

  public List<PackageProblem> problems() {
    return problems;
  }
}
