package org.latih.evaluation.response.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.latih.api.forms.FormDefinition;
import org.latih.evaluation.form.control.FormCatalogue;
import org.latih.evaluation.form.control.FormCatalogue.Entry;
import org.latih.evaluation.response.control.Issuing.Occasion;
import org.latih.evaluation.response.entity.AlreadyAnsweredException;
import org.latih.evaluation.response.entity.FormResponse;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Filling in forms: which forms a person can fill in and on which occasions they are still waited
 * for (the reminders on the home page), and storing an answer once per person, form, course and
 * occasion.
 */
@ApplicationScoped
@Transactional
public class Responses {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;
  @Inject FormCatalogue catalogue;
  @Inject Issuing issuing;
  @Inject RespondentKey key;
  @Inject Clock clock;

  /**
   * A form with the occasions still waiting for the caller's answer and those already answered.
   * Staff who read summaries see every form of the region; {@code canFill} says whether the form is
   * for them.
   */
  public record Available(
      String pluginId,
      FormDefinition form,
      List<Pending> pending,
      List<Pending> done,
      boolean canFill) {}

  public record Pending(String course, String courseTitle, String about, String aboutLabel) {}

  public List<Available> available(Caller caller) {
    if (caller.region() == null) {
      return List.of();
    }
    boolean staff =
        caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR);
    Issuing.Asked asked = issuing.askedOf(caller);
    List<Asking> asking = new ArrayList<>();
    for (Entry entry : catalogue.open(caller.region())) {
      boolean canFill = asked.inAudience(entry.form());
      if (canFill || staff) {
        asking.add(new Asking(entry, canFill, canFill ? asked.occasions(entry) : List.of()));
      }
    }
    Set<String> answered = answered(asking, caller.userId());
    return asking.stream()
        .map(
            a -> {
              Map<Boolean, List<Pending>> byDone =
                  a.occasions().stream()
                      .collect(
                          Collectors.partitioningBy(
                              o -> answered.contains(respondent(a.entry(), o, caller.userId())),
                              Collectors.mapping(
                                  o ->
                                      new Pending(
                                          o.course(), o.courseTitle(), o.about(), o.aboutLabel()),
                                  Collectors.toList())));
              return new Available(
                  a.entry().source(),
                  a.entry().form(),
                  byDone.get(false),
                  byDone.get(true),
                  a.canFill());
            })
        .toList();
  }

  /** A form offered to the caller, with the occasions it is asked on. */
  private record Asking(Entry entry, boolean canFill, List<Occasion> occasions) {}

  /** Which of the occasions the user has answered, asked of the database in one statement. */
  private Set<String> answered(List<Asking> asking, Long userId) {
    Set<String> digests = new HashSet<>();
    asking.forEach(a -> a.occasions().forEach(o -> digests.add(respondent(a.entry(), o, userId))));
    if (digests.isEmpty()) {
      return Set.of();
    }
    // source and form narrow the search to the unique index that leads with them
    return new HashSet<>(
        em.createQuery(
                "SELECT r.respondent FROM FormResponse r WHERE r.pluginId IN :sources"
                    + " AND r.formId IN :forms AND r.respondent IN :digests",
                String.class)
            .setParameter(
                "sources", asking.stream().map(a -> a.entry().source()).distinct().toList())
            .setParameter(
                "forms", asking.stream().map(a -> a.entry().form().id()).distinct().toList())
            .setParameter("digests", List.copyOf(digests))
            .getResultList());
  }

  private String respondent(Entry entry, Occasion occasion, Long userId) {
    return respondent(entry, occasion.course(), occasion.about(), userId);
  }

  /** What an answer is for: the form, and the course and occasion when there is one. */
  public record Target(String source, String formId, String course, String about) {}

  /** Stores the caller's answers to a form of their region. */
  public void submit(Caller caller, Target target, Map<String, String> given) {
    Region region = region(caller);
    Entry entry = catalogue.open(region, target.source(), target.formId());
    FormDefinition form = entry.form();
    Map<String, String> answers = AnswerCheck.check(form, given);
    Issuing.Asked asked = issuing.askedOf(caller);
    if (!asked.inAudience(form)) {
      throw new ForbiddenException("evaluation.notAudience", form.title());
    }
    String code = blankToNull(target.course());
    String about = blankToNull(target.about());
    // only an occasion the form was issued on takes an answer: a completed course, an attended
    // session, a participant one supervises, a cohort one taught or organised
    Occasion occasion =
        asked.occasions(entry).stream()
            .filter(o -> Objects.equals(o.course(), code) && Objects.equals(o.about(), about))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        about == null ? "course" : "about", "evaluation.notIssued"));
    String unitKerja =
        occasion.unitKerja() != null
            ? occasion.unitKerja()
            : em.find(User.class, caller.userId()).profile().unitKerja();
    String cohort = occasion.cohort();
    if (answered(entry, code, about, caller.userId())) {
      throw new AlreadyAnsweredException(form.title());
    }
    em.persist(
        new FormResponse(
            new FormResponse.Subject(
                region,
                entry.source(),
                form.id(),
                form.version(),
                code,
                cohort,
                unitKerja,
                about,
                clock.instant().atZone(WIB).getYear()),
            form.anonymous() ? null : caller.userId(),
            respondent(entry, code, about, caller.userId()),
            AnswersJson.write(answers),
            clock.instant()));
  }

  /** A form whose answers the caller's region keeps (archived forms of its own included). */
  public FormDefinition form(Caller caller, String source, String formId) {
    return catalogue.readable(region(caller), source, formId);
  }

  private boolean answered(Entry entry, String course, String about, Long userId) {
    return !em.createNamedQuery(FormResponse.BY_RESPONDENT, FormResponse.class)
        .setParameter("pluginId", entry.source())
        .setParameter("formId", entry.form().id())
        .setParameter("respondent", respondent(entry, course, about, userId))
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Who answered, as a keyed digest of the user, form, course and occasion: enough to refuse a
   * second answer, not enough to tell from the database who gave an anonymous one.
   */
  private String respondent(Entry entry, String course, String about, Long userId) {
    return key.digest(
        entry.source() + "|" + entry.form().id() + "|" + course + "|" + about + "|" + userId);
  }

  private static Region region(Caller caller) {
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    return caller.region();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
