package org.latih.assessment.question.entity;

import java.util.List;
import java.util.Map;

/**
 * What a learner answered: chosen option ids (single choice, multiple response, true/false), a text
 * (short answer, numeric, essay) or, for matching, the answer picked for each prompt by its index.
 * An empty response is a question left unanswered.
 */
public record Response(List<String> choices, String text, Map<String, String> matches) {

  public static final Response EMPTY = new Response(List.of(), null, Map.of());

  public Response {
    choices = choices == null ? List.of() : List.copyOf(choices);
    text = text == null || text.isBlank() ? null : text;
    matches = matches == null ? Map.of() : Map.copyOf(matches);
  }

  public static Response choosing(String... ids) {
    return new Response(List.of(ids), null, Map.of());
  }

  public static Response text(String text) {
    return new Response(List.of(), text, Map.of());
  }

  public static Response matching(Map<String, String> matches) {
    return new Response(List.of(), null, matches);
  }

  public boolean empty() {
    return choices.isEmpty() && text == null && matches.isEmpty();
  }
}
