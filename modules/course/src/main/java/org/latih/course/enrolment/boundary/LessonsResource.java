package org.latih.course.enrolment.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.course.control.Courses;
import org.latih.course.course.entity.Lesson;
import org.latih.course.enrolment.api.Enrolment;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.kernel.rest.Compressed;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/** Reading a lesson and marking it finished. */
@Tag(name = "Lessons", description = "Reading lessons and marking them finished.")
@Path("courses/{code}/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class LessonsResource {

  @Inject Enrolments enrolments;
  @Inject Caller caller;

  /** Neighbour lessons for next/previous navigation; null at either end. */
  public record Neighbour(String key, String title) {}

  public record LessonView(
      String course,
      String courseTitle,
      String module,
      String key,
      String title,
      Integer minutes,
      String videoUrl,
      String html,
      boolean finished,
      Neighbour previous,
      Neighbour next,
      Integer percent,
      Instant completedAt) {}

  public record ProgressView(
      String lesson,
      int percent,
      int finishedLessons,
      int totalLessons,
      Instant completedAt,
      int jp) {}

  @Operation(
      summary = "Read a lesson",
      description = "Records the view; enrolled learners, staff may preview.")
  @GET
  @Compressed
  @Path("{key}")
  public LessonView read(@PathParam("code") String code, @PathParam("key") String key) {
    Enrolments.Reading reading = enrolments.read(caller, code, key);
    Lesson lesson = reading.lesson();
    List<Courses.OutlineLesson> all = reading.lessons();
    int at = all.stream().map(Courses.OutlineLesson::key).toList().indexOf(key);
    Optional<Enrolment> enrolment = reading.enrolment();
    return new LessonView(
        code,
        reading.course().title(),
        lesson.module().title(),
        lesson.key(),
        lesson.title(),
        lesson.minutes(),
        lesson.videoUrl(),
        lesson.html(),
        enrolment.map(e -> e.finished(key)).orElse(false),
        at > 0 ? new Neighbour(all.get(at - 1).key(), all.get(at - 1).title()) : null,
        at < all.size() - 1 ? new Neighbour(all.get(at + 1).key(), all.get(at + 1).title()) : null,
        reading.percent().orElse(null),
        enrolment.map(Enrolment::completedAt).orElse(null));
  }

  @Operation(
      summary = "Mark a lesson finished",
      description =
          "Finishing the last lesson completes the course (once a required post-test is passed) and credits its JP.")
  @POST
  @Path("{key}/completion")
  public ProgressView finish(@PathParam("code") String code, @PathParam("key") String key) {
    Enrolment enrolment = enrolments.finish(caller, code, key);
    return new ProgressView(
        key,
        enrolment.percent(),
        enrolment.finishedLessons(),
        enrolment.course().lessons().size(),
        enrolment.completedAt(),
        enrolment.course().jp());
  }
}
