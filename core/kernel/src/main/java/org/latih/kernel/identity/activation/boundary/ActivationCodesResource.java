package org.latih.kernel.identity.activation.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.csv.CsvDialect;
import org.latih.kernel.csv.CsvWriter;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.activation.control.ActivationCodes;
import org.latih.kernel.identity.activation.control.SlipTime;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Activation codes for imported ASN, issued by a system admin or their region's admin. */
@Tag(name = "Users", description = "User administration by system and regional admins.")
@Path("users/activation-codes")
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class ActivationCodesResource {

  static final String CSV = "text/csv;charset=UTF-8";

  @Inject ActivationCodes codes;
  @Inject Caller caller;
  @Context HttpHeaders headers;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /**
   * Whom to give codes: {@code users} (ids), or else everyone of {@code region} (default: the
   * caller's) who has no password yet; valid {@code days} (1-90, default 14); {@code mail} also
   * mails each person with an e-mail address their code.
   */
  public record IssueRequest(List<Long> users, String region, Integer days, Boolean mail) {}

  /** One person's code, as printed on their slip. */
  public record CodeView(
      long userId,
      String nip,
      String name,
      String unitKerja,
      String code,
      Instant validUntil,
      String validUntilText,
      boolean mailed) {}

  /** The codes, readable this once; {@code csv} is the same list for a spreadsheet. */
  public record IssuedView(
      int issued, int mailed, String signInUrl, List<CodeView> codes, String csv) {}

  @Operation(
      summary = "Issue activation codes",
      description =
          "Gives each chosen user (`users`: ids) or, without `users`, everyone of `region` (a"
              + " regional admin's own by default) who is active and has no password yet a new"
              + " one-time code, valid `days` (1-90, default 14), replacing any earlier code. The"
              + " codes are in this answer only: as JSON (with the same list as CSV text in `csv`),"
              + " or as a CSV file when `Accept: text/csv` (columns NIP, name, unit kerja, code,"
              + " valid until). With `mail: true` each person with an e-mail address is also"
              + " mailed their code (409 /problems/mail-not-configured without SMTP). A regional"
              + " admin issues codes for their own region only.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Response issue(IssueRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    List<ActivationCodes.Issued> issued =
        codes.issue(
            caller,
            new ActivationCodes.Selection(
                request.users(),
                request.region(),
                request.days(),
                Boolean.TRUE.equals(request.mail())));
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    byte[] csv = csv(issued, locale);
    boolean wantsCsv =
        headers.getAcceptableMediaTypes().stream()
            .findFirst()
            .filter(m -> m.isCompatible(MediaType.valueOf("text/csv")) && !m.isWildcardType())
            .isPresent();
    if (wantsCsv) {
      return Response.ok(csv, CSV)
          .header("Content-Disposition", "attachment; filename=\"kode-aktivasi.csv\"")
          .header("Cache-Control", "no-store")
          .build();
    }
    List<CodeView> views =
        issued.stream()
            .map(
                i ->
                    new CodeView(
                        i.user().id(),
                        i.user().nip().value(),
                        i.user().name(),
                        i.user().profile().unitKerja(),
                        i.code(),
                        i.validUntil(),
                        SlipTime.format(i.validUntil()),
                        i.mailed()))
            .toList();
    int mailed = (int) issued.stream().filter(ActivationCodes.Issued::mailed).count();
    return Response.ok(
            new IssuedView(
                views.size(), mailed, publicUrl, views, new String(csv, StandardCharsets.UTF_8)),
            MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  private static byte[] csv(List<ActivationCodes.Issued> issued, Locale locale) {
    CsvWriter csv = new CsvWriter(CsvDialect.of(locale));
    csv.row(
        Messages.text(locale, "activation.csv.nip"),
        Messages.text(locale, "activation.csv.name"),
        Messages.text(locale, "activation.csv.unitKerja"),
        Messages.text(locale, "activation.csv.code"),
        Messages.text(locale, "activation.csv.validUntil"));
    for (ActivationCodes.Issued i : issued) {
      csv.row(
          i.user().nip().value(),
          i.user().name(),
          i.user().profile().unitKerja(),
          i.code(),
          SlipTime.format(i.validUntil()));
    }
    return csv.bytes();
  }
}
