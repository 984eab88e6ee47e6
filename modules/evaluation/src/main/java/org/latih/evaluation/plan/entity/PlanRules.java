package org.latih.evaluation.plan.entity;

import static org.latih.evaluation.plan.entity.ActionPlan.MAX_ACTIONS;
import static org.latih.evaluation.plan.entity.ActionPlan.MAX_COMMENT;
import static org.latih.evaluation.plan.entity.ActionPlan.MAX_DESCRIPTION;
import static org.latih.evaluation.plan.entity.ActionPlan.MAX_INDICATOR;
import static org.latih.evaluation.plan.entity.ActionPlan.MAX_NOTE;
import static org.latih.evaluation.plan.entity.ActionPlan.MAX_SCORE;
import static org.latih.evaluation.plan.entity.ActionPlan.MIN_SCORE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.latih.evaluation.plan.entity.ActionPlan.Action;
import org.latih.evaluation.plan.entity.ActionPlan.Assessment;
import org.latih.kernel.rest.DomainException.FieldProblem;

/**
 * What a plan and its follow-up must satisfy, as field problems named the way the form names its
 * inputs ({@code actions[0].targetOn}), so a person learns about every wrong field at once.
 */
public final class PlanRules {

  private PlanRules() {}

  /** Everything wrong with a list of actions for a course completed on {@code completedOn}. */
  public static List<FieldProblem> actions(List<Action> actions, LocalDate completedOn) {
    List<FieldProblem> problems = new ArrayList<>();
    int count = actions == null ? 0 : actions.size();
    if (count < 1 || count > MAX_ACTIONS) {
      problems.add(new FieldProblem("actions", "actionPlan.actionCount", MAX_ACTIONS, count));
      return problems;
    }
    LocalDate latest = ActionPlan.latestTarget(completedOn);
    for (int i = 0; i < count; i++) {
      Action a = actions.get(i);
      String at = "actions[" + i + "].";
      int n = i + 1;
      if (a == null) {
        problems.add(new FieldProblem(at + "description", "actionPlan.descriptionMissing", n));
        continue;
      }
      if (a.description() == null) {
        problems.add(new FieldProblem(at + "description", "actionPlan.descriptionMissing", n));
      } else if (a.description().length() > MAX_DESCRIPTION) {
        problems.add(
            new FieldProblem(
                at + "description", "actionPlan.descriptionTooLong", n, text(MAX_DESCRIPTION)));
      }
      if (a.indicator() == null) {
        problems.add(new FieldProblem(at + "indicator", "actionPlan.indicatorMissing", n));
      } else if (a.indicator().length() > MAX_INDICATOR) {
        problems.add(
            new FieldProblem(
                at + "indicator", "actionPlan.indicatorTooLong", n, text(MAX_INDICATOR)));
      }
      if (a.targetOn() == null) {
        problems.add(new FieldProblem(at + "targetOn", "actionPlan.targetMissing", n));
      } else if (!a.targetOn().isAfter(completedOn) || a.targetOn().isAfter(latest)) {
        problems.add(
            new FieldProblem(
                at + "targetOn",
                "actionPlan.targetRange",
                n,
                a.targetOn().toString(),
                completedOn.toString(),
                latest.toString()));
      }
    }
    return problems;
  }

  /** Everything wrong with a follow-up of a plan of {@code actionCount} actions. */
  public static List<FieldProblem> followUp(
      int actionCount, List<Assessment> assessments, Integer score, String comment) {
    List<FieldProblem> problems = new ArrayList<>();
    int count = assessments == null ? 0 : assessments.size();
    if (count != actionCount) {
      problems.add(new FieldProblem("actions", "actionPlan.assessmentCount", actionCount, count));
    } else {
      for (int i = 0; i < count; i++) {
        Assessment a = assessments.get(i);
        if (a == null || a.status() == null) {
          problems.add(new FieldProblem("actions[" + i + "].status", "actionPlan.status", i + 1));
        } else if (a.note() != null && a.note().length() > MAX_NOTE) {
          problems.add(
              new FieldProblem(
                  "actions[" + i + "].note", "actionPlan.noteTooLong", i + 1, text(MAX_NOTE)));
        }
      }
    }
    if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
      problems.add(new FieldProblem("score", "actionPlan.score", MIN_SCORE, MAX_SCORE));
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      problems.add(new FieldProblem("comment", "actionPlan.commentTooLong", MAX_COMMENT));
    }
    return problems;
  }

  /** A number as message text: without the grouping separator MessageFormat would add. */
  private static String text(int n) {
    return String.valueOf(n);
  }
}
