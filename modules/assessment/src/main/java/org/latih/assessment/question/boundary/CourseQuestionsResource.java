package org.latih.assessment.question.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.assessment.question.boundary.QuestionsResource.QuestionRequest;
import org.latih.assessment.question.control.QuestionBank;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** A course's question bank: list, add, import and export GIFT or Moodle XML. */
@Tag(
    name = "Question bank",
    description = "A course's question bank: list, add, import and export.")
@Path("courses/{code}/questions")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
public class CourseQuestionsResource {

  private static final long MAX_FILE_BYTES = 5L << 20;

  @Inject QuestionBank bank;
  @Inject Caller caller;

  @Operation(
      summary = "List a course's questions",
      description = "Filter by category and text; paged.")
  @GET
  public Page<QuestionView> list(
      @PathParam("code") String code,
      @QueryParam("category") String category,
      @QueryParam("q") String text,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return bank.list(caller, code, category, text, PageRequest.of(page, size))
        .map(QuestionView::of);
  }

  @Operation(summary = "Add a question to a course's bank")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("code") String code, QuestionRequest request) {
    if (request == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    var question =
        bank.create(caller, code, request.category(), request.tags(), request.questionContent());
    return Response.status(Response.Status.CREATED).entity(QuestionView.of(question)).build();
  }

  /**
   * A whole file; every problem in it is reported by line and nothing is stored unless none, or,
   * with {@code skipUnsupported}, the readable questions are stored and the others listed.
   */
  @Operation(
      summary = "Import questions from GIFT or Moodle XML",
      description =
          "`format=gift` (the default) or `xml`; any other format is refused. `file` is the file's"
              + " name: a question re-imported from the same file at the same position, or with"
              + " the same Moodle ID number, into the same category is the same question. Every"
              + " problem is reported by line and nothing is stored unless there is none; with"
              + " `skipUnsupported=true` the readable questions are stored and the report lists"
              + " each skipped one with its line and reason.")
  @POST
  @Path("import")
  @Consumes({
    MediaType.TEXT_PLAIN,
    MediaType.TEXT_XML,
    MediaType.APPLICATION_XML,
    MediaType.APPLICATION_OCTET_STREAM
  })
  public ImportReport importFile(
      @PathParam("code") String code,
      @QueryParam("format") String format,
      @QueryParam("file") String fileName,
      @QueryParam("skipUnsupported") boolean skipUnsupported,
      @HeaderParam("Content-Length") Long length,
      @Context HttpHeaders headers,
      InputStream body) {
    if (length != null && length > Uploads.DRAIN_FACTOR * MAX_FILE_BYTES) {
      throw new PayloadTooLargeException(MAX_FILE_BYTES);
    }
    String text = Uploads.utf8(Uploads.read(body, MAX_FILE_BYTES), "file");
    return ImportReport.of(
        bank.importText(caller, code, format, fileName, text, skipUnsupported),
        Messages.pick(headers.getAcceptableLanguages()));
  }

  @Operation(
      summary = "Export a course's questions as GIFT or Moodle XML",
      description =
          "`format=gift` (the default) or `xml`; any other format is refused. Texts keep their"
              + " format (GIFT's [html]/[markdown]/[moodle] marker, Moodle XML's format attribute);"
              + " Moodle XML embeds the images of the course's attachments that texts show.")
  @GET
  @Path("export")
  @Produces({MediaType.TEXT_PLAIN + ";charset=UTF-8", MediaType.APPLICATION_XML + ";charset=UTF-8"})
  public Response export(
      @PathParam("code") String code,
      @QueryParam("category") String category,
      @QueryParam("format") String format) {
    QuestionBank.Export export = bank.export(caller, code, category, format);
    return Response.ok(export.text(), export.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + code + "." + export.extension() + "\"")
        .build();
  }
}
