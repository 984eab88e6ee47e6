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

  /**
   * Size limits: per file (uncompressed), for the whole package (uncompressed), the number of
   * files, and how many times larger than its compressed bytes the unpacked content may grow (a zip
   * bomb grows a thousandfold; text and images stay far below 100).
   */
  public record Limits(long maxFileBytes, long maxTotalBytes, int maxFiles, int maxRatio) {
    public static final Limits DEFAULT = new Limits(20L << 20, 200L << 20, 2_000, 100);

    public Limits(long maxFileBytes, long maxTotalBytes, int maxFiles) {
      this(maxFileBytes, maxTotalBytes, maxFiles, DEFAULT.maxRatio());
    }
  }

  /** Below this many unpacked bytes the ratio is not judged: tiny files compress unevenly. */
  private static final long RATIO_FLOOR = 1L << 20;

  private final Map<String, byte[]> files = new TreeMap<>();
  private final List<PackageProblem> problems = new ArrayList<>();

  private PackageFiles() {}

  /**
   * Reads a zip as it streams in. Reading stops at the first limit crossed (file size, package
   * size, number of files, compression ratio): the rest is never inflated, so a small zip claiming
   * gigabytes costs no more than the limit. A path that appears twice is refused, never
   * overwritten.
   */
  public static PackageFiles fromZip(InputStream in, Limits limits) {
    PackageFiles result = new PackageFiles();
    CountingStream compressed = new CountingStream(in);
    long total = 0;
    boolean empty = true;
    try (ZipInputStream zip = new ZipInputStream(compressed)) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        empty = false;
        if (entry.isDirectory()) {
          continue;
        }
        String path = result.checkedPath(entry.getName());
        if (result.files.size() >= limits.maxFiles()) {
          result.problem(entry.getName(), "package.tooManyFiles", limits.maxFiles());
          break;
        }
        if (path != null && result.files.containsKey(path)) {
          result.problem(entry.getName(), "package.duplicateEntry");
          break;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String crossed = copy(zip, out, compressed, total, limits);
        if (crossed != null) {
          result.problem(entry.getName(), crossed, limitArgument(crossed, limits));
          break;
        }
        total += out.size();
        if (path != null) {
          result.files.put(path, out.toByteArray());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipInputStream throws IllegalArgumentException for entry names that are not valid UTF-8
      empty = false;
      result.problem("", "package.notZip");
    }
    if (empty) {
      // ZipInputStream reads anything that is not a zip as an archive without entries
      result.problem("", "package.notZip");
    }
    return result;
  }

  /**
   * Copies one entry, checking every buffer against the limits; the message key of the limit
   * crossed, or null when the entry was read whole.
   */
  private static String copy(
      InputStream entry,
      java.io.ByteArrayOutputStream out,
      CountingStream compressed,
      long before,
      Limits limits)
      throws IOException {
    byte[] buffer = new byte[8192];
    for (int n; (n = entry.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
      long unpacked = before + out.size();
      if (out.size() > limits.maxFileBytes()) {
        return "package.fileTooLarge";
      }
      if (unpacked > limits.maxTotalBytes()) {
        return "package.tooLarge";
      }
      if (unpacked > RATIO_FLOOR && unpacked > limits.maxRatio() * compressed.count) {
        return "package.ratio";
      }
    }
    return null;
  }

  private static Object limitArgument(String key, Limits limits) {
    return switch (key) {
      case "package.fileTooLarge" -> limits.maxFileBytes() >> 20;
      case "package.tooLarge" -> limits.maxTotalBytes() >> 20;
      default -> limits.maxRatio();
    };
  }

  private void problem(String path, String key, Object... args) {
    problems.add(new PackageProblem(path, 0, key, args));
  }

  /** Counts the compressed bytes the zip reader has taken so far, to judge the ratio. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    /** The caller owns the stream: it may still have to read the rest of an HTTP body. */
    @Override
    public void close() {}

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
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
