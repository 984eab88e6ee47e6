package org.latih.course.starter.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.course.content.control.CourseImport;
import org.latih.course.content.control.PackageFiles;
import org.latih.course.content.control.PackageParser;
import org.latih.kernel.cluster.control.Leases;

/**
 * On the first start (no course yet), imports the starter catalogue shipped in the WAR under {@code
 * starter/} (the project's {@code content/} folder) as published courses shared by all regions, so
 * a new installation has something to learn. Switch off with {@code latih.content.starter=false}.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StarterCatalogue {

  private static final Logger LOG = Logger.getLogger(StarterCatalogue.class.getName());

  @Inject CourseImport courseImport;
  @Inject Leases leases;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "latih.content.starter", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void importOnFirstStart() {
    if (!enabled
        || em.createQuery("SELECT COUNT(c) FROM Course c", Long.class).getSingleResult() > 0
        // nodes starting together on a new database: one imports, the others find it done
        || !leases.hold("starter-catalogue", Duration.ofMinutes(10))) {
      return;
    }
    URL index = StarterCatalogue.class.getClassLoader().getResource("starter/catalogue.txt");
    if (index == null) {
      LOG.warning("No starter catalogue in this build (starter/catalogue.txt missing)");
      return;
    }
    try (InputStream in = index.openStream()) {
      List<String> ids =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      withFolder(index, root -> ids.forEach(id -> importOne(root.resolve(id), id)));
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Starter catalogue not imported", e);
    }
  }

  private void importOne(Path folder, String id) {
    try {
      var result =
          courseImport.store(
              PackageParser.parse(PackageFiles.fromFolder(folder, PackageFiles.Limits.DEFAULT)),
              null,
              true);
      LOG.info(() -> "Starter course " + id + " " + result.version() + ": " + result.outcome());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Starter course " + id + " not imported", e);
    }
  }

  /** Runs {@code work} on the folder holding the index, whether it lies in a directory or a jar. */
  private static void withFolder(URL index, java.util.function.Consumer<Path> work)
      throws IOException {
    try {
      URI uri = index.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          work.accept(jar.provider().getPath(uri).getParent());
        }
      } else {
        work.accept(Path.of(uri).getParent());
      }
    } catch (java.net.URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
