package org.latih.course.course.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.cohort.api.Cohort;
import org.latih.course.cohort.control.Cohorts;
import org.latih.course.content.control.CourseExport;
import org.latih.course.course.api.Course;
import org.latih.course.course.api.CourseAccess;
import org.latih.course.course.control.CatalogueQuery;
import org.latih.course.course.control.Courses;
import org.latih.course.course.entity.Attachment;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.Compressed;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.Page;
import org.latih.kernel.rest.PageRequest;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** The course catalogue, a course's page, its attachments and its package export. */
@Tag(name = "Courses", description = "The course catalogue, course details, editing and export.")
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class CoursesResource {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Inject Courses courses;
  @Inject Enrolments enrolments;
  @Inject Cohorts cohorts;
  @Inject Caller caller;

  /** A change made in the course form; absent fields stay as they are. */
  public record CourseChange(
      String title, String description, Integer jp, String competencyType, Boolean published) {}

  @Operation(
      summary = "List courses",
      description =
          "The catalogue as the caller may see it; `region=shared` for courses of all regions. Paged.")
  @GET
  public Page<CourseViews.Summary> catalogue(
      @QueryParam("competency") String competency,
      @QueryParam("jpMin") Integer jpMin,
      @QueryParam("jpMax") Integer jpMax,
      @QueryParam("region") String region,
      @QueryParam("published") Boolean published,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<Course> found =
        courses.catalogue(
            caller,
            new CatalogueQuery(competency, jpMin, jpMax, region, published),
            PageRequest.of(page, size));
    Map<Long, Integer> lessons = courses.lessonCounts(found.items());
    return found.map(c -> CourseViews.Summary.of(c, lessons.getOrDefault(c.id(), 0)));
  }

  @Operation(
      summary = "Get a course",
      description =
          "Outline, the caller's progress, the cohorts of the caller's region and whether the caller may edit it.")
  @GET
  @Compressed
  @Path("{code}")
  public CourseViews.Detail detail(@PathParam("code") String code) {
    Course course = courses.visible(caller, code);
    List<Courses.OutlineModule> outline = courses.outline(course);
    List<String> keys =
        outline.stream().flatMap(m -> m.lessons().stream()).map(l -> l.key()).toList();
    Optional<Enrolments.Standing> standing = enrolments.standing(caller, course);
    List<CourseViews.ModuleItem> modules =
        outline.stream()
            .map(
                m ->
                    new CourseViews.ModuleItem(
                        m.title(),
                        m.lessons().stream()
                            .map(
                                l ->
                                    new CourseViews.LessonItem(
                                        l.key(),
                                        l.title(),
                                        l.minutes(),
                                        standing
                                            .map(s -> s.finished().contains(l.key()))
                                            .orElse(false)))
                            .toList()))
            .toList();
    CourseViews.MyProgress progress =
        standing
            .map(
                s ->
                    new CourseViews.MyProgress(
                        true, s.percentOf(keys), s.finishedOf(keys), s.completedAt(), s.cohort()))
            .orElse(new CourseViews.MyProgress(false, null, null, null, null));
    LocalDate today = LocalDate.now(WIB);
    List<Cohort> ofCourse = cohorts.ofCourse(caller, course);
    Map<Long, Long> enrolled = cohorts.enrolled(ofCourse);
    List<CourseViews.CohortItem> cohortItems =
        ofCourse.stream()
            .map(
                c ->
                    new CourseViews.CohortItem(
                        c.id(),
                        c.name(),
                        c.startsOn().toString(),
                        c.endsOn().toString(),
                        c.capacity(),
                        enrolled.getOrDefault(c.id(), 0L),
                        c.openOn(today)))
            .toList();
    return new CourseViews.Detail(
        CourseViews.Summary.of(course, keys.size()),
        modules,
        progress,
        CourseAccess.editable(caller, course),
        cohortItems);
  }

  @Operation(
      summary = "Change a course",
      description = "Title, description, JP, competency type, published; absent fields stay.")
  @PATCH
  @Path("{code}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Consumes(MediaType.APPLICATION_JSON)
  public CourseViews.Summary change(@PathParam("code") String code, CourseChange change) {
    if (change == null) {
      throw new InvalidInputException("body", "body.missing");
    }
    return CourseViews.Summary.of(
        courses.change(
            caller,
            code,
            change.title(),
            change.description(),
            change.jp(),
            change.competencyType(),
            change.published()));
  }

  /** Removes a course nobody has enrolled in; one with learners can only be unpublished. */
  @Operation(
      summary = "Delete a course",
      description = "Only while nobody has enrolled (409 otherwise); unpublish it instead.")
  @DELETE
  @Path("{code}")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  public Response delete(@PathParam("code") String code) {
    courses.delete(caller, code);
    return Response.noContent().build();
  }

  /** A course's file, with its checked type; never rendered inline when it could hold script. */
  @Operation(
      summary = "Download a lesson attachment",
      description = "With its checked content type.")
  @GET
  @Path("{code}/attachments/{name}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(@PathParam("code") String code, @PathParam("name") String name) {
    Attachment file = courses.attachment(caller, code, name);
    String disposition =
        file.contentType().startsWith("image/") || file.contentType().equals("application/pdf")
            ? "inline"
            : "attachment";
    return Response.ok(file.bytes(), file.contentType())
        .header(
            "Content-Disposition",
            disposition + "; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        // signed-in content on what may be a shared office PC: never kept in the browser's cache
        .header("Cache-Control", "no-store")
        .build();
  }

  /** The course as a package zip, in the format it is imported from. */
  @Operation(
      summary = "Export a course as a package",
      description = "A zip in the format it is imported from.")
  @GET
  @Path("{code}/package")
  @Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
  @Produces("application/zip")
  public Response export(@PathParam("code") String code) {
    Course course = courses.editable(caller, code);
    return Response.ok(CourseExport.zip(course), "application/zip")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + course.code() + "-" + course.packageVersion() + ".zip\"")
        .build();
  }
}
