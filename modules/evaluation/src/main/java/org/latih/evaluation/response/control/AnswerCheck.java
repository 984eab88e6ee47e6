package org.latih.evaluation.response.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Checks answers against the form they answer, every item at once, so the person sees all that is
 * missing or wrong: required items answered, choices among the options, scale points in range,
 * numbers that are numbers. Answers to items the form does not have are refused too.
 */
final class AnswerCheck {

  static final int MAX_TEXT = 5_000;

  private AnswerCheck() {}

  /** The answers, trimmed and without empty ones; throws listing every problem. */
  static Map<String, String> check(FormDefinition form, Map<String, String> given) {
    Map<String, String> answers = new LinkedHashMap<>();
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Item> items = new LinkedHashMap<>();
    for (Section section : form.sections()) {
      for (Item item : section.items()) {
        items.put(item.id(), item);
      }
    }
    for (String id : given == null ? List.<String>of() : given.keySet()) {
      if (!items.containsKey(id)) {
        problems.add(new FieldProblem(id, "evaluation.unknownItem", id));
      }
    }
    for (Item item : items.values()) {
      String value = given == null ? null : given.get(item.id());
      value = value == null ? "" : value.strip();
      if (value.isEmpty()) {
        if (item.required()) {
          problems.add(new FieldProblem(item.id(), "evaluation.required", item.text()));
        }
        continue;
      }
      String problem = problem(item, value);
      if (problem != null) {
        problems.add(new FieldProblem(item.id(), problem, value, item.text()));
      } else {
        answers.put(item.id(), value);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return answers;
  }

  private static String problem(Item item, String value) {
    return switch (item.kind()) {
      case LIKERT, RATING -> inScale(item, value) ? null : "evaluation.scale";
      case SINGLE_CHOICE -> item.options().contains(value) ? null : "evaluation.option";
      case MULTIPLE_CHOICE ->
          List.of(value.split("\\s*;\\s*")).stream().allMatch(item.options()::contains)
              ? null
              : "evaluation.option";
      case NUMBER -> number(value) ? null : "evaluation.number";
      case TEXT -> value.length() <= MAX_TEXT ? null : "evaluation.tooLong";
    };
  }

  private static boolean inScale(Item item, String value) {
    try {
      int point = Integer.parseInt(value);
      return point >= item.scaleMin() && point <= item.scaleMax();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean number(String value) {
    try {
      return Double.isFinite(Double.parseDouble(value.replace(',', '.')));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
