package org.latih.assessment.analysis.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Classical test theory item analysis of a quiz: which questions are too easy or too hard, which do
 * not separate stronger from weaker learners, and how consistently the quiz as a whole measures.
 *
 * <p>Input is a matrix of attempts (rows) by items (columns); each cell is the fraction of the
 * item's mark the attempt earned, from 0 to 1.
 *
 * <ul>
 *   <li><b>Facility</b> of an item is its mean score, 0 to 1 (the share answering a right/wrong
 *       item correctly).
 *   <li><b>Discrimination</b> is the corrected item-total correlation: the Pearson correlation
 *       between the item score and the <em>rest score</em>, the total of the other items. Leaving
 *       the item out of the total keeps it from correlating with itself, which inflates the plain
 *       item-total correlation on short quizzes. For a right/wrong item this is the point-biserial
 *       correlation with the rest score. Null when the item or the rest score does not vary.
 *   <li><b>Reliability</b> is internal consistency, {@code k/(k−1) · (1 − Σ σ²_i / σ²_total)} over
 *       k items: Cronbach's alpha, which for items scored only 0 or 1 (where {@code σ²_i = p·q}) is
 *       KR-20, {@code k/(k−1) · (1 − Σ p·q / σ²_total)}. {@code method} says which was applied. All
 *       variances here, item and total, are <em>population</em> variances (divided by the number of
 *       attempts N, not N − 1), as KR-20's {@code p·q} is; using the same divisor in numerator and
 *       denominator is what matters. Null when {@code k < 2} or the totals do not vary.
 *   <li>{@code meanTotal} and {@code sdTotal} describe the attempts' total scores (in items, each
 *       worth 1); {@code sdTotal} is the population SD, so {@code sdTotal²} is the {@code σ²_total}
 *       above.
 * </ul>
 *
 * @param attempts the number of attempts (rows)
 * @param items per item, in column order
 * @param reliability KR-20 or alpha, or null when undefined
 * @param method the formula behind {@code reliability}; null when it is null
 */
public record ItemAnalysis(
    int attempts,
    List<Item> items,
    Double reliability,
    Method method,
    double meanTotal,
    double sdTotal) {

  /** How the reliability was computed. */
  public enum Method {
    /** Kuder-Richardson formula 20: every score was 0 or 1. */
    KR20,
    /** Cronbach's alpha: some item gave partial credit. */
    CRONBACH_ALPHA
  }

  /**
   * One item's statistics.
   *
   * @param index the item's column, from 0
   * @param facility the mean score, 0 to 1
   * @param discrimination the corrected item-total correlation, or null when undefined
   */
  public record Item(int index, double facility, Double discrimination) {}

  /** Scores closer than this (in marks) are treated as equal when deciding a variance is 0. */
  private static final double SAME_SCORE = 1e-9;

  public ItemAnalysis {
    items = List.copyOf(items);
  }

  /**
   * Analyses a score matrix.
   *
   * @param scores rows are attempts, columns are items, each cell a fraction 0 to 1
   * @throws IllegalArgumentException with fewer than 2 attempts or no items, ragged rows, or a cell
   *     outside 0 to 1
   */
  public static ItemAnalysis of(double[][] scores) {
    validate(scores);
    int n = scores.length;
    int k = scores[0].length;
    double[] totals = new double[n];
    boolean dichotomous = true;
    for (int a = 0; a < n; a++) {
      for (int i = 0; i < k; i++) {
        totals[a] += scores[a][i];
        dichotomous &= scores[a][i] == 0 || scores[a][i] == 1;
      }
    }

    List<Item> items = new ArrayList<>(k);
    double sumItemVariances = 0;
    for (int i = 0; i < k; i++) {
      double[] item = new double[n];
      double[] rest = new double[n];
      for (int a = 0; a < n; a++) {
        item[a] = scores[a][i];
        rest[a] = totals[a] - scores[a][i];
      }
      sumItemVariances += populationVariance(item);
      items.add(new Item(i, mean(item), correlation(item, rest)));
    }

    double totalVariance = populationVariance(totals);
    Double reliability = null;
    Method method = null;
    if (k >= 2 && totalVariance > 0) {
      reliability = k / (k - 1.0) * (1 - sumItemVariances / totalVariance);
      method = dichotomous ? Method.KR20 : Method.CRONBACH_ALPHA;
    }
    return new ItemAnalysis(n, items, reliability, method, mean(totals), Math.sqrt(totalVariance));
  }

  private static void validate(double[][] scores) {
    if (scores == null || scores.length < 2) {
      throw new IllegalArgumentException("item analysis needs at least 2 attempts (rows)");
    }
    if (scores[0] == null || scores[0].length < 1) {
      throw new IllegalArgumentException("item analysis needs at least 1 item (column)");
    }
    int k = scores[0].length;
    for (int a = 0; a < scores.length; a++) {
      if (scores[a] == null || scores[a].length != k) {
        throw new IllegalArgumentException(
            "attempt " + a + " does not have a score for each of the " + k + " items");
      }
      for (int i = 0; i < k; i++) {
        double cell = scores[a][i];
        if (!(cell >= 0 && cell <= 1)) {
          throw new IllegalArgumentException(
              "score of attempt " + a + " on item " + i + " must be between 0 and 1, was " + cell);
        }
      }
    }
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** Population variance; exactly 0 when all values are equal, whatever the rounding. */
  private static double populationVariance(double[] values) {
    return constant(values) ? 0 : sumOfProducts(values, values) / values.length;
  }

  /** Pearson's r; null when either variable is constant. */
  private static Double correlation(double[] x, double[] y) {
    if (constant(x) || constant(y)) {
      return null;
    }
    return sumOfProducts(x, y) / Math.sqrt(sumOfProducts(x, x) * sumOfProducts(y, y));
  }

  /** {@code Σ (x − mean x)(y − mean y)}. */
  private static double sumOfProducts(double[] x, double[] y) {
    double meanX = mean(x);
    double meanY = mean(y);
    double sum = 0;
    for (int a = 0; a < x.length; a++) {
      sum += (x[a] - meanX) * (y[a] - meanY);
    }
    return sum;
  }

  /**
   * Whether the values are all equal, allowing for rounding: rest scores are differences of sums,
   * and {@code 0.1 + 0.2 + 0.7 − 0.2} need not equal {@code 0.7 + 0.2 + 0.1 − 0.2} to the last bit.
   * A spread below {@link #SAME_SCORE} (scores are fractions of one mark) is no spread.
   */
  private static boolean constant(double[] values) {
    double lowest = values[0];
    double highest = values[0];
    for (double value : values) {
      lowest = Math.min(lowest, value);
      highest = Math.max(highest, value);
    }
    return highest - lowest <= SAME_SCORE;
  }
}
