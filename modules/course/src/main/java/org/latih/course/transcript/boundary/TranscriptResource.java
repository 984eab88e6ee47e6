package org.latih.course.transcript.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.transcript.control.Transcripts;
import org.latih.course.transcript.entity.JpCredit;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * The signed-in person's transcript: completed courses and JP per year against the 20-JP target.
 */
@Tag(name = "Transcript", description = "JP earned per year against the 20-JP target.")
@Path("me/transcript")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class TranscriptResource {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Inject Transcripts transcripts;
  @Inject Caller caller;

  public record CreditView(String course, String title, int jp, int year, String completedOn) {}

  public record YearView(int year, int jp, int target, int percentOfTarget) {}

  public record TranscriptView(
      int currentYear,
      int jpThisYear,
      int target,
      List<YearView> years,
      List<CreditView> courses) {}

  @Operation(
      summary = "Get my JP transcript",
      description = "Completed courses and JP per year against the 20-JP target.")
  @GET
  public TranscriptView transcript() {
    List<JpCredit> credits = transcripts.credits(caller.userId());
    Map<Integer, Integer> perYear = new TreeMap<>(Comparator.reverseOrder());
    credits.forEach(c -> perYear.merge(c.year(), c.jp(), Integer::sum));
    int year = LocalDate.now(WIB).getYear();
    int target = Transcripts.ANNUAL_TARGET_JP;
    List<YearView> years =
        perYear.entrySet().stream()
            .map(
                e ->
                    new YearView(
                        e.getKey(),
                        e.getValue(),
                        target,
                        Math.min(100, e.getValue() * 100 / target)))
            .toList();
    List<CreditView> courses =
        credits.stream()
            .map(
                c ->
                    new CreditView(
                        c.course().code(),
                        c.course().title(),
                        c.jp(),
                        c.year(),
                        c.creditedAt().atZone(WIB).toLocalDate().toString()))
            .toList();
    return new TranscriptView(year, perYear.getOrDefault(year, 0), target, years, courses);
  }
}
