package org.latih.evaluation.plan.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.course.course.api.Course;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.identity.region.entity.RegionType;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.identity.user.entity.Profile;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.identity.user.entity.User;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

class ActionPlanTest {

  // 17:30 UTC on 1 March is already 2 March in WIB: the day the participant saw the course end
  private static final Instant COMPLETED = Instant.parse("2026-03-01T17:30:00Z");
  private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 3, 2);
  private static final Instant NOW = Instant.parse("2026-03-03T02:00:00Z");

  private final Region region = new Region("kupang", "Kota Kupang", RegionType.KOTA);
  private final User participant = person("198501012010011001", "Peserta");
  private final User boss = person("197502022000031002", "Atasan");
  private final Course course = new Course("manajemen-waktu", null, NOW);

  private User person(String nip, String name) {
    return User.asn(
        Nip.of(nip),
        new Profile(name, null, null, "Bagian Umum", null, null),
        region,
        EnumSet.of(Role.LEARNER),
        NOW);
  }

  private static ActionPlan.Action action(String description, LocalDate target) {
    return new ActionPlan.Action(description, "Laporan mingguan tersusun", target);
  }

  private ActionPlan plan(ActionPlan.Action... actions) {
    return new ActionPlan(participant, course, COMPLETED, boss, List.of(actions), NOW);
  }

  private static List<String> fields(InvalidInputException e) {
    return e.fieldProblems().stream().map(FieldProblem::field).toList();
  }

  @Test
  void targetsLieAfterTheCompletionDayInWibAndWithinAYear() {
    assertEquals(
        COMPLETED_ON, plan(action("Susun jadwal", COMPLETED_ON.plusDays(1))).completedOn());
    assertTrue(
        PlanRules.actions(List.of(action("a", COMPLETED_ON.plusDays(1))), COMPLETED_ON).isEmpty());
    assertTrue(
        PlanRules.actions(List.of(action("a", COMPLETED_ON.plusDays(365))), COMPLETED_ON)
            .isEmpty());
    for (LocalDate wrong :
        List.of(COMPLETED_ON, COMPLETED_ON.minusDays(3), COMPLETED_ON.plusDays(366))) {
      List<FieldProblem> problems = PlanRules.actions(List.of(action("a", wrong)), COMPLETED_ON);
      assertEquals(1, problems.size(), wrong::toString);
      assertEquals("actions[0].targetOn", problems.get(0).field());
      assertEquals("actionPlan.targetRange", problems.get(0).messageKey());
    }
  }

  @Test
  void oneToTenActionsEachWithDescriptionIndicatorAndDateWithinTheirLengths() {
    LocalDate target = COMPLETED_ON.plusDays(30);
    assertEquals(
        "actionPlan.actionCount", PlanRules.actions(List.of(), COMPLETED_ON).get(0).messageKey());
    assertEquals(
        "actionPlan.actionCount",
        PlanRules.actions(Collections.nCopies(11, action("a", target)), COMPLETED_ON)
            .get(0)
            .messageKey());
    assertTrue(
        PlanRules.actions(Collections.nCopies(10, action("a", target)), COMPLETED_ON).isEmpty());

    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                plan(
                    action("Susun jadwal", target),
                    new ActionPlan.Action("  ", "x".repeat(501), null),
                    action("x".repeat(1001), target)));
    assertEquals(
        List.of(
            "actions[1].description",
            "actions[1].indicator",
            "actions[1].targetOn",
            "actions[2].description"),
        fields(e));
    assertTrue(
        PlanRules.actions(List.of(action("x".repeat(1000), target)), COMPLETED_ON).isEmpty());
  }

  @Test
  void theSupervisorIsSomeoneElse() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new ActionPlan(
                    participant,
                    course,
                    COMPLETED,
                    participant,
                    List.of(action("a", COMPLETED_ON.plusDays(9))),
                    NOW));
    assertEquals(List.of("supervisorNip"), fields(e));
  }

  @Test
  void theFollowUpIsDueTheDayAfterTheLatestTarget() {
    ActionPlan plan =
        plan(action("a", COMPLETED_ON.plusDays(30)), action("b", COMPLETED_ON.plusDays(90)));
    LocalDate latest = COMPLETED_ON.plusDays(90);
    assertEquals(latest, plan.lastTargetOn());
    assertFalse(plan.due(latest));
    assertTrue(plan.due(latest.plusDays(1)));
  }

  @Test
  void editingRewritesTheActionsInPlace() {
    ActionPlan plan =
        plan(action("a", COMPLETED_ON.plusDays(30)), action("b", COMPLETED_ON.plusDays(90)));
    plan.revise(boss, List.of(action("c", COMPLETED_ON.plusDays(10))), NOW.plusSeconds(60));
    assertEquals(1, plan.actions().size());
    assertEquals("c", plan.actions().get(0).description());
    assertEquals(1, plan.actions().get(0).position());
    assertEquals(COMPLETED_ON.plusDays(10), plan.lastTargetOn());
    assertEquals(NOW, plan.writtenAt());
    assertEquals(NOW.plusSeconds(60), plan.updatedAt());
  }

  @Test
  void theFollowUpNeedsAStatusPerActionAndAScoreFromOneToFour() {
    ActionPlan plan =
        plan(action("a", COMPLETED_ON.plusDays(30)), action("b", COMPLETED_ON.plusDays(90)));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                plan.followUp(
                    List.of(
                        new ActionPlan.Assessment(FollowUpStatus.TERLAKSANA, null),
                        new ActionPlan.Assessment(null, "x".repeat(10))),
                    5,
                    "x".repeat(1001),
                    NOW));
    assertEquals(List.of("actions[1].status", "score", "comment"), fields(e));
    e =
        assertThrows(
            InvalidInputException.class,
            () ->
                plan.followUp(
                    List.of(new ActionPlan.Assessment(FollowUpStatus.BELUM, null)), 2, null, NOW));
    assertEquals(List.of("actions"), fields(e));
    assertFalse(plan.followedUp());
    assertNull(plan.score());
  }

  @Test
  void onceFollowedUpThePlanAndItsSupervisorAreFixedButTheFollowUpMayChange() {
    ActionPlan plan =
        plan(action("a", COMPLETED_ON.plusDays(30)), action("b", COMPLETED_ON.plusDays(90)));
    assertTrue(plan.editable());
    Instant first = NOW.plusSeconds(3600);
    plan.followUp(
        List.of(
            new ActionPlan.Assessment(FollowUpStatus.TERLAKSANA, " Sudah berjalan "),
            new ActionPlan.Assessment(FollowUpStatus.SEBAGIAN, "")),
        3,
        "Baik",
        first);
    assertFalse(plan.editable());
    assertFalse(plan.due(COMPLETED_ON.plusDays(200)), "a written follow-up is never due");
    assertEquals("Sudah berjalan", plan.actions().get(0).note());
    assertNull(plan.actions().get(1).note());
    assertEquals(FollowUpStatus.SEBAGIAN, plan.actions().get(1).status());
    assertThrows(
        ActionPlanLockedException.class,
        () -> plan.revise(boss, List.of(action("c", COMPLETED_ON.plusDays(5))), NOW));
    assertThrows(SupervisorLockedException.class, () -> plan.correctSupervisor(participant, NOW));

    Instant later = first.plusSeconds(86400);
    plan.followUp(
        List.of(
            new ActionPlan.Assessment(FollowUpStatus.TERLAKSANA, null),
            new ActionPlan.Assessment(FollowUpStatus.TERLAKSANA, null)),
        4,
        null,
        later);
    assertEquals(first, plan.followedUpAt(), "the first follow-up's time stays");
    assertEquals(later, plan.followUpChangedAt());
    assertEquals(4, plan.score());
    assertEquals(FollowUpStatus.TERLAKSANA, plan.actions().get(1).status());
  }

  @Test
  void anAdminCorrectsTheSupervisorBeforeTheFollowUp() {
    ActionPlan plan = plan(action("a", COMPLETED_ON.plusDays(30)));
    User right = person("198003032005012003", "Atasan Benar");
    plan.correctSupervisor(right, NOW.plusSeconds(5));
    assertEquals(right, plan.supervisor());
    assertThrows(InvalidInputException.class, () -> plan.correctSupervisor(participant, NOW));
  }
}
