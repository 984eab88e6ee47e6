package org.latih.search.index.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The index's folder on disk. The index is derived data (it can always be rebuilt from the
 * courses), so a damaged index is deleted rather than repaired; only files with Lucene's own names
 * are deleted, in case the folder was configured to somewhere shared.
 */
final class IndexFiles {

  private static final Pattern LUCENE_FILE =
      Pattern.compile("segments.*|pending_segments.*|write\\.lock|_.*|extra\\d*");

  private IndexFiles() {}

  /**
   * Whether {@code dir} holds an index that opens and whose files all pass their checksums. Reads
   * every file once: fine at start-up for a course catalogue, too slow for every request.
   */
  static boolean healthy(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
        return true;
      }
    } catch (IOException | RuntimeException e) {
      return false; // CorruptIndexException, EOFException, IndexFormatTooOldException, ...
    }
  }

  /** Deletes the Lucene files of {@code dir}, leaving anything else alone. */
  static void wipe(Path dir) throws IOException {
    for (Path file : luceneFiles(dir)) {
      Files.deleteIfExists(file);
    }
  }

  private static List<Path> luceneFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> LUCENE_FILE.matcher(file.getFileName().toString()).matches())
          .toList();
    }
  }
}
