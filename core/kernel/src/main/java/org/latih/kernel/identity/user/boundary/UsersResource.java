package org.latih.kernel.identity.user.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.control.UserDraft;
import org.latih.kernel.identity.user.control.UserImport;
import org.latih.kernel.identity.user.control.UserQuery;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Problem;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** User administration for system admins (everyone) and regional admins (their region). */
@Tag(name = "Users", description = "User administration by system and regional admins.")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN})
public class UsersResource {

  @Inject Users users;
  @Inject UserImport userImport;
  @Inject Caller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest http;

  @Inject
  @ConfigProperty(name = "latih.import.max-bytes", defaultValue = "2097152")
  long maxImportBytes;

  /** A user as a form or client sends it; on PATCH, absent fields stay as they are. */
  public record UserRequest(
      String nip,
      String name,
      String email,
      String instansi,
      String unitKerja,
      String jabatan,
      String golongan,
      String region,
      List<String> roles,
      String password,
      Boolean active,
      String currentPassword) {

    UserDraft draft() {
      return new UserDraft(
          nip, name, email, instansi, unitKerja, jabatan, golongan, region, roles, password,
          active);
    }
  }

  public record RowView(int line, String nip, String outcome, List<Problem.FieldError> errors) {}

  public record ImportView(int created, int updated, int rejected, List<RowView> rows) {}

  @Operation(
      summary = "List users",
      description =
          "Paged; filter by text (`q`), region, role, active and activated (has a password). A regional admin sees only their own region's users.")
  @GET
  public Page<UserView> list(
      @QueryParam("q") String text,
      @QueryParam("region") String region,
      @QueryParam("role") String role,
      @QueryParam("active") Boolean active,
      @QueryParam("activated") Boolean activated,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return users
        .list(
            caller,
            new UserQuery(text, region, role, active, activated),
            PageRequest.of(page, size))
        .map(UserView::of);
  }

  @Operation(summary = "Get a user")
  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.find(caller, id));
  }

  @Operation(
      summary = "Create a user",
      description =
          "A regional admin creates users of their own region only and cannot grant SYSTEM_ADMIN.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(UserRequest request) {
    User user = users.create(caller, body(request).draft());
    return Response.created(URI.create("users/" + user.id())).entity(UserView.of(user)).build();
  }

  @Operation(
      summary = "Change a user",
      description =
          "Absent fields stay as they are; `\"active\": false` deactivates; `password` sets a new one and ends every session and token of that user. Only a system admin changes a system admin. On one's own account `password` needs `currentPassword` too.")
  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public UserView update(@PathParam("id") long id, UserRequest request) {
    UserRequest change = body(request);
    return UserView.of(
        users.update(caller, id, change.draft(), change.currentPassword(), http.getRemoteAddr()));
  }

  /** Imports a CSV file sent as the request body; answers what happened to every row. */
  @Operation(
      summary = "Import users from CSV",
      description =
          "Creates or updates a user per row (each row in its own transaction) and answers the outcome of every row. A file that cannot be read as a whole is refused and nothing is written.")
  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  public ImportView importCsv(InputStream body, @HeaderParam("Content-Length") Long length) {
    if (length != null && length > Uploads.DRAIN_FACTOR * maxImportBytes) {
      throw new PayloadTooLargeException(maxImportBytes);
    }
    String csv = Uploads.utf8(Uploads.read(body, maxImportBytes), "file");
    UserImport.Report report = userImport.run(caller, csv);
    Locale locale = Messages.pick(headers.getAcceptableLanguages());
    List<RowView> rows =
        report.rows().stream()
            .map(
                r ->
                    new RowView(
                        r.line(),
                        r.nip(),
                        r.outcome(),
                        r.problems().stream()
                            .map(
                                p ->
                                    new Problem.FieldError(
                                        p.field(), Messages.text(locale, p.messageKey(), p.args())))
                            .toList()))
            .toList();
    return new ImportView(report.created(), report.updated(), report.rejected(), rows);
  }

  private static UserRequest body(UserRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    return request;
  }
}
