package org.latih.evaluation.response.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.ItemKind;
import org.latih.api.forms.Section;
import org.latih.evaluation.response.entity.FormResponse;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * A form's answers in the caller's region, per item: how many answered, the mean of scale and
 * number items, the distribution of every closed item, and the free texts.
 */
@ApplicationScoped
@Transactional
public class Summaries {

  @PersistenceContext EntityManager em;
  @Inject Responses responses;

  public record ItemSummary(
      String itemId,
      String text,
      ItemKind kind,
      String aspect,
      int count,
      Double mean,
      Map<String, Integer> distribution,
      List<String> texts) {}

  /** The mean of an aspect's scale answers (such as "materi" or "fasilitas") over its items. */
  public record AspectSummary(String aspect, int items, int answers, Double mean) {}

  public record Summary(
      String pluginId,
      String formId,
      String title,
      int responses,
      List<ItemSummary> items,
      List<AspectSummary> aspects) {}

  public Summary of(Caller caller, String pluginId, String formId) {
    if (!caller.hasAny(Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.EVALUATOR, Role.INSTRUCTOR)) {
      throw new ForbiddenException("evaluation.staffOnly");
    }
    FormDefinition form = responses.form(caller, pluginId, formId);
    List<Map<String, String>> all =
        em
            .createNamedQuery(FormResponse.OF_FORM, FormResponse.class)
            .setParameter("regionId", caller.region().id())
            .setParameter("pluginId", pluginId)
            .setParameter("formId", formId)
            .getResultList()
            .stream()
            .map(r -> AnswersJson.read(r.answers()))
            .toList();
    List<ItemSummary> items = new ArrayList<>();
    for (Section section : form.sections()) {
      for (Item item : section.items()) {
        items.add(summarise(item, all));
      }
    }
    return new Summary(pluginId, formId, form.title(), all.size(), items, aspects(items));
  }

  /** Per aspect, the mean over the Likert and rating answers of its items. */
  static List<AspectSummary> aspects(List<ItemSummary> items) {
    Map<String, double[]> sums = new TreeMap<>(); // aspect -> {items, answers, sum}
    for (ItemSummary item : items) {
      boolean scale = item.kind() == ItemKind.LIKERT || item.kind() == ItemKind.RATING;
      if (!scale || item.aspect() == null || item.aspect().isBlank()) {
        continue;
      }
      double[] sum = sums.computeIfAbsent(item.aspect(), a -> new double[3]);
      sum[0]++;
      sum[1] += item.count();
      sum[2] += item.mean() == null ? 0 : item.mean() * item.count();
    }
    List<AspectSummary> out = new ArrayList<>();
    sums.forEach(
        (aspect, sum) ->
            out.add(
                new AspectSummary(
                    aspect, (int) sum[0], (int) sum[1], sum[1] == 0 ? null : sum[2] / sum[1])));
    return out;
  }

  static ItemSummary summarise(Item item, List<Map<String, String>> all) {
    Map<String, Integer> distribution = new TreeMap<>();
    List<String> texts = new ArrayList<>();
    double sum = 0;
    int numbers = 0;
    int count = 0;
    for (Map<String, String> answers : all) {
      String value = answers.get(item.id());
      if (value == null) {
        continue;
      }
      count++;
      switch (item.kind()) {
        case TEXT -> texts.add(value);
        case MULTIPLE_CHOICE -> {
          for (String option : value.split("\\s*;\\s*")) {
            distribution.merge(option, 1, Integer::sum);
          }
        }
        default -> distribution.merge(value, 1, Integer::sum);
      }
      if (item.kind() == ItemKind.LIKERT
          || item.kind() == ItemKind.RATING
          || item.kind() == ItemKind.NUMBER) {
        sum += Double.parseDouble(value.replace(',', '.'));
        numbers++;
      }
    }
    return new ItemSummary(
        item.id(),
        item.text(),
        item.kind(),
        item.aspect(),
        count,
        numbers == 0 ? null : sum / numbers,
        distribution,
        texts);
  }
}
