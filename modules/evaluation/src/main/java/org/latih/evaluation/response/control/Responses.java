package org.latih.evaluation.response.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.Audience;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.TimingKind;
import org.latih.course.course.control.Courses;
import org.latih.course.course.entity.Course;
import org.latih.course.enrolment.control.Enrolments;
import org.latih.course.enrolment.entity.Enrolment;
import org.latih.evaluation.response.entity.FormResponse;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.plugin.control.Plugins;
import org.latih.kernel.plugin.control.Plugins.Contribution;
import org.latih.kernel.rest.ConflictException;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;

/**
 * Filling in the plugins' forms: which forms a person can fill in and which completed courses still
 * wait for their answer (the reminders on the home page), and storing an answer once per person,
 * form and course.
 */
@ApplicationScoped
@Transactional
public class Responses {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @PersistenceContext EntityManager em;
  @Inject Plugins plugins;
  @Inject Enrolments enrolments;
  @Inject Courses courses;
  @Inject Clock clock;

  /** A form of a plugin with the completed courses still waiting for the caller's answer. */
  public record Available(String pluginId, FormDefinition form, List<Pending> pending) {}

  public record Pending(String course, String courseTitle) {}

  public List<Available> available(Caller caller) {
    if (caller.region() == null) {
      return List.of();
    }
    List<Available> out = new ArrayList<>();
    for (Contribution<FormDefinition> c : plugins.formsFor(caller.region())) {
      List<Pending> pending = new ArrayList<>();
      FormDefinition form = c.value();
      if (form.audience() == Audience.PARTICIPANT
          && form.timing().kind() == TimingKind.COURSE_END) {
        for (Enrolment e : enrolments.mine(caller)) {
          if (e.completedAt() != null
              && !answered(c.pluginId(), form, e.course().code(), caller.userId())) {
            pending.add(new Pending(e.course().code(), e.course().title()));
          }
        }
      }
      out.add(new Available(c.pluginId(), form, pending));
    }
    return out;
  }

  /** Stores the caller's answers to a form of a plugin serving their region. */
  public void submit(
      Caller caller, String pluginId, String formId, String courseCode, Map<String, String> given) {
    if (caller.region() == null) {
      throw new ForbiddenException("evaluation.noRegion");
    }
    FormDefinition form = form(caller, pluginId, formId);
    Map<String, String> answers = AnswerCheck.check(form, given);
    User user = em.find(User.class, caller.userId());
    String code = courseCode == null || courseCode.isBlank() ? null : courseCode.strip();
    String cohort = null;
    if (code != null) {
      Course course = courses.visible(caller, code);
      cohort =
          enrolments
              .mine(caller, course)
              .map(e -> e.cohort() == null ? null : e.cohort().name())
              .orElse(null);
    }
    if (answered(pluginId, form, code, caller.userId())) {
      throw new ConflictException("evaluation.answered", form.title());
    }
    String respondent = respondent(pluginId, form.id(), code, caller.userId());
    em.persist(
        new FormResponse(
            new FormResponse.Subject(
                caller.region(),
                pluginId,
                form.id(),
                form.version(),
                code,
                cohort,
                user.profile().unitKerja(),
                clock.instant().atZone(WIB).getYear()),
            form.anonymous() ? null : caller.userId(),
            respondent,
            AnswersJson.write(answers),
            clock.instant()));
  }

  public FormDefinition form(Caller caller, String pluginId, String formId) {
    return plugins.formsFor(caller.region()).stream()
        .filter(c -> c.pluginId().equals(pluginId) && c.value().id().equals(formId))
        .map(Contribution::value)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("evaluation.formNotFound", pluginId, formId));
  }

  private boolean answered(String pluginId, FormDefinition form, String course, Long userId) {
    String respondent = respondent(pluginId, form.id(), course, userId);
    return em
        .createNamedQuery(FormResponse.BY_RESPONDENT, FormResponse.class)
        .setParameter("pluginId", pluginId)
        .setParameter("formId", form.id())
        .setParameter("respondent", respondent)
        .getResultList()
        .stream()
        .anyMatch(r -> java.util.Objects.equals(r.courseCode(), course));
  }

  /**
   * Who answered, as a digest of the user, form and course: enough to refuse a second answer, not
   * enough to tell from the table who gave an anonymous one.
   */
  static String respondent(String pluginId, String formId, String course, Long userId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String key = pluginId + "|" + formId + "|" + course + "|" + userId;
      return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
