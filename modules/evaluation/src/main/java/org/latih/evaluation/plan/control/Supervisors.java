package org.latih.evaluation.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.control.Users;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Finds the direct supervisor a participant names by NIP. Users carry no supervisor link, so the
 * participant's word is the link; it must name an active colleague of the same region, never the
 * participant. A NIP of another region reads as unknown: the form must not tell who works where.
 */
@ApplicationScoped
public class Supervisors {

  static final String FIELD = "supervisorNip";

  @Inject Users users;

  /** The supervisor, or empty with the reasons added to {@code problems}. */
  public Optional<User> named(
      String text, Region region, User participant, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      problems.add(new FieldProblem(FIELD, "actionPlan.supervisorMissing"));
      return Optional.empty();
    }
    Nip nip;
    try {
      nip = Nip.of(text);
    } catch (InvalidInputException e) {
      e.fieldProblems()
          .forEach(p -> problems.add(new FieldProblem(FIELD, p.messageKey(), p.args())));
      return Optional.empty();
    }
    Optional<User> found =
        users
            .byUsername(nip.value())
            .filter(u -> nip.equals(u.nip()) && u.active())
            .filter(u -> u.region() != null && Objects.equals(u.region().id(), region.id()));
    if (found.isEmpty()) {
      problems.add(new FieldProblem(FIELD, "actionPlan.supervisorUnknown", nip.value()));
    } else if (found.get().id().equals(participant.id())) {
      problems.add(new FieldProblem(FIELD, "actionPlan.supervisorSelf"));
      return Optional.empty();
    }
    return found;
  }
}
