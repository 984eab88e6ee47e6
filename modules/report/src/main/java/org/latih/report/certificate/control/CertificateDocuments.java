package org.latih.report.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.report.certificate.entity.Certificate;
import org.latih.report.letterhead.control.StoredLetterheads;

/** Certificates as PDF files under their region's letterhead, alone or a cohort's in a zip. */
@ApplicationScoped
public class CertificateDocuments {

  @Inject StoredLetterheads letterheads;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /** The public verification page of a certificate, the address its QR code holds. */
  public String verifyUrl(Certificate certificate) {
    return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/")
        + "#/verify/"
        + certificate.code();
  }

  public byte[] pdf(Certificate certificate, Region region, Locale locale) {
    certificate.ensureValid();
    return CertificatePdf.render(
        certificate, letterhead(region), verifyUrl(certificate), today(), locale);
  }

  /** "sertifikat-0007-sttpp-kota-kupang-2026.pdf": the number in letters, digits and dashes. */
  public static String fileName(Certificate certificate) {
    String number = certificate.number().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return "sertifikat-" + number.replaceAll("^-+|-+$", "") + ".pdf";
  }

  /**
   * Writes the certificates as a zip, one PDF each, rendering one at a time as the zip streams out
   * (revoked ones are left out).
   */
  public void zip(List<Certificate> certificates, Region region, Locale locale, OutputStream out)
      throws IOException {
    Letterhead letterhead = letterhead(region);
    LocalDate today = today();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Certificate certificate : certificates) {
        if (certificate.revoked()) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(fileName(certificate)));
        zip.write(
            CertificatePdf.render(certificate, letterhead, verifyUrl(certificate), today, locale));
        zip.closeEntry();
      }
    }
  }

  private Letterhead letterhead(Region region) {
    return letterheads.orFallback(region.id(), region.name());
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Issuing.WIB));
  }
}
