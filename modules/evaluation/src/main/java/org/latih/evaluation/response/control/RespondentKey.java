package org.latih.evaluation.response.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.security.control.Secrets;

/**
 * The server secret under which respondents are digested. A plain hash of user, form and course
 * could be recomputed by anyone who reads the database, trying every user id until an anonymous
 * answer's digest matches; keyed with a secret kept outside the database, it cannot. The key is
 * {@code latih.evaluation.respondent-key} when set (the same on every node), or a file made on the
 * first start in the data directory. Losing it only means a person could answer an anonymous form a
 * second time.
 */
@ApplicationScoped
public class RespondentKey {

  @Inject
  @ConfigProperty(name = "latih.evaluation.respondent-key")
  Optional<String> configured;

  @Inject
  @ConfigProperty(name = "latih.data.dir", defaultValue = "./data")
  String dataDir;

  private SecretKeySpec key;

  @PostConstruct
  void load() {
    String secret =
        configured.filter(s -> !s.isBlank()).orElseGet(() -> fromFile(Path.of(dataDir)));
    key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /**
   * The key kept in the data directory, made on first use; also what bench/seed-region uses, so
   * seeded answers carry the digest the server will compute.
   */
  public static String fromFile(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve("keys/respondent.key");
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.getParent());
        try {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Secrets.newSecret());
        } catch (FileAlreadyExistsException raced) {
          // another node or thread made it first: read theirs
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  /** The keyed digest of a respondent's key, as 64 hex digits. */
  public String digest(String text) {
    return digest(key, text);
  }

  static String digest(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
