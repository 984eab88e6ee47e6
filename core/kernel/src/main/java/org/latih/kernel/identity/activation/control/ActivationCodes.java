package org.latih.kernel.identity.activation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.activation.entity.ActivationCode;
import org.latih.kernel.identity.activation.entity.MailNotConfiguredException;
import org.latih.kernel.identity.activation.entity.OneTimeCode;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;
import org.latih.kernel.security.control.Secrets;

/**
 * Issues activation codes, for chosen people or for everyone of a region who has no password yet,
 * with the region rules of user administration. The cost does not grow with the people by
 * statement: the people are read in one query (per thousand chosen ids), their old codes deleted
 * likewise, and the new codes inserted in JDBC batches.
 */
@ApplicationScoped
@Transactional
public class ActivationCodes {

  public static final int DEFAULT_DAYS = 14;
  public static final int MAX_DAYS = 90;
  public static final int MAX_PEOPLE = 10_000;
  private static final int CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject Regions regions;
  @Inject Clock clock;
  @Inject Mailer mailer;
  @Inject Event<Mailer.Outbox> outbox;

  @Inject
  @ConfigProperty(name = "latih.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  /**
   * Whom to give a code: chosen user ids, or else a region's people without a password; {@code
   * mail} also mails each of them who has an e-mail address their code.
   */
  public record Selection(List<Long> userIds, String region, Integer days, boolean mail) {}

  /** A code as issued: shown once, never stored in the clear; {@code mailed} if it was sent. */
  public record Issued(User user, String code, Instant validUntil, boolean mailed) {}

  public List<Issued> issue(Caller caller, Selection selection) {
    int days = selection.days() == null ? DEFAULT_DAYS : selection.days();
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidInputException("days", "activation.days", 1, MAX_DAYS);
    }
    if (selection.mail() && !mailer.configured()) {
      throw new MailNotConfiguredException();
    }
    List<User> people =
        selection.userIds() != null && !selection.userIds().isEmpty()
            ? chosen(caller, selection.userIds())
            : withoutPassword(caller, selection.region());
    Instant now = clock.instant();
    Instant validUntil = now.plus(Duration.ofDays(days));
    List<Long> ids = people.stream().map(User::id).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em.createNamedQuery(ActivationCode.DELETE_OF_USERS)
          .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .executeUpdate();
    }
    List<Issued> issued = new ArrayList<>(people.size());
    List<Mailer.Mail> mails = new ArrayList<>();
    for (User user : people) {
      String code = OneTimeCode.generate();
      em.persist(
          new ActivationCode(user.id(), Secrets.sha256(code), caller.username(), now, validUntil));
      String email = user.profile().email();
      boolean mailed = selection.mail() && email != null && !email.isBlank();
      if (mailed) {
        mails.add(mail(user, OneTimeCode.display(code), validUntil));
      }
      issued.add(new Issued(user, OneTimeCode.display(code), validUntil, mailed));
    }
    outbox.fire(new Mailer.Outbox(mails));
    return issued;
  }

  /** In Indonesian: the language every ASN reads, whoever issued the code. */
  private Mailer.Mail mail(User user, String code, Instant validUntil) {
    Locale id = Messages.INDONESIAN;
    return new Mailer.Mail(
        user.id(),
        user.profile().email(),
        Messages.text(id, "mail.activation.subject"),
        Messages.text(
            id,
            "mail.activation.body",
            user.name(),
            user.nip().value(),
            code,
            SlipTime.format(validUntil),
            publicUrl));
  }

  private List<User> chosen(Caller caller, List<Long> userIds) {
    Set<Long> wanted = new LinkedHashSet<>(userIds);
    wanted.remove(null);
    if (wanted.size() > MAX_PEOPLE) {
      throw new InvalidInputException("users", "activation.tooMany", wanted.size(), MAX_PEOPLE);
    }
    List<Long> ids = List.copyOf(wanted);
    List<User> found = new ArrayList<>(ids.size());
    for (int from = 0; from < ids.size(); from += CHUNK) {
      found.addAll(
          em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .setHint("eclipselink.left-join-fetch", "u.region")
              // the roles of the chunk in one more statement, for the system-admin rule
              .setHint("eclipselink.batch", "u.roles")
              .setHint("eclipselink.batch.type", "IN")
              .getResultList());
    }
    if (found.size() < ids.size()) {
      Set<Long> missing = new LinkedHashSet<>(ids);
      found.forEach(u -> missing.remove(u.id()));
      throw new NotFoundException("user.notFound", missing.iterator().next());
    }
    for (User user : found) {
      caller.ensureAdministers(user.region());
      // a code sets a password: only a system admin may do that to a system admin
      if (user.hasRole(Role.SYSTEM_ADMIN) && !caller.systemAdmin()) {
        throw new ForbiddenException("user.systemAdminOnly");
      }
      if (user.nip() == null) {
        throw new InvalidInputException("users", "activation.noNip", user.username());
      }
      if (!user.active()) {
        throw new InvalidInputException("users", "activation.inactive", user.nip().value());
      }
    }
    found.sort(ORDER);
    return found;
  }

  private List<User> withoutPassword(Caller caller, String code) {
    Region region;
    if (code != null && !code.isBlank()) {
      region = regions.byCode("region", code);
    } else if (caller.systemAdmin() && caller.region() == null) {
      throw new InvalidInputException("region", "activation.chooseWhom");
    } else {
      region = caller.region();
    }
    caller.ensureAdministers(region);
    // a regional admin's sweep passes over system admins, whose passwords only system admins set
    boolean skipSystemAdmins = !caller.systemAdmin();
    TypedQuery<User> query =
        em.createQuery(
                "SELECT u FROM User u WHERE u.region = :region AND u.passwordHash IS NULL"
                    + " AND u.active = :active AND u.nip.value IS NOT NULL"
                    + (skipSystemAdmins ? " AND :systemAdmin NOT MEMBER OF u.roles" : ""),
                User.class)
            .setParameter("region", region)
            .setParameter("active", true);
    if (skipSystemAdmins) {
      query.setParameter("systemAdmin", Role.SYSTEM_ADMIN);
    }
    List<User> found =
        query
            .setHint("eclipselink.left-join-fetch", "u.region")
            .setMaxResults(MAX_PEOPLE + 1)
            .getResultList();
    if (found.size() > MAX_PEOPLE) {
      throw new InvalidInputException("region", "activation.tooMany", found.size(), MAX_PEOPLE);
    }
    List<User> sorted = new ArrayList<>(found);
    sorted.sort(ORDER);
    return sorted;
  }

  /** Slips come out by unit kerja, then name: how they are handed out. */
  private static final Comparator<User> ORDER =
      Comparator.comparing(
              (User u) -> u.profile().unitKerja() == null ? "" : u.profile().unitKerja())
          .thenComparing(User::name)
          .thenComparing(User::id);
}
