package org.latih.report.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.report.export.entity.ExportJob;

/**
 * Where finished exports wait for their download: {@code <data dir>/exports/<job id>.<ext>}. A file
 * is written under a ".part" name and renamed when complete, so a download never sees half a file.
 * The files are this node's: behind a load balancer, downloads need sticky sessions (or a shared
 * data directory).
 */
@ApplicationScoped
public class ExportFiles {

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  public Path folder() {
    Path folder = Path.of(dataDir, "exports");
    try {
      return Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path part(ExportJob job) {
    return folder().resolve(job.fileName() + ".part");
  }

  /** The finished file of {@code job}, or null when it is gone. */
  public Path file(ExportJob job) {
    Path file = folder().resolve(job.fileName());
    return Files.isRegularFile(file) ? file : null;
  }

  public void publish(Path part, ExportJob job) throws IOException {
    Files.move(
        part,
        folder().resolve(job.fileName()),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  public void delete(ExportJob job) throws IOException {
    Files.deleteIfExists(folder().resolve(job.fileName()));
    Files.deleteIfExists(part(job));
  }
}
