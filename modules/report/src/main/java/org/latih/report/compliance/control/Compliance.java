package org.latih.report.compliance.control;

import java.util.List;

/**
 * A JP compliance report: the figures of everyone in scope, each unit kerja's, each month's and one
 * page of people.
 */
public record Compliance(
    int year,
    int target,
    Tally total,
    List<UnitTally> units,
    List<Month> months,
    List<Person> people,
    long totalPeople) {

  /** How many people reached the target and how many did not, and their mean JP. */
  public record Tally(int people, int reached, int below, Double rate, Double meanJp, long jp) {

    static Tally of(List<Integer> earned, int target) {
      int reached = (int) earned.stream().filter(jp -> jp >= target).count();
      long sum = earned.stream().mapToLong(Integer::longValue).sum();
      int n = earned.size();
      return new Tally(
          n,
          reached,
          n - reached,
          n == 0 ? null : (double) reached / n,
          n == 0 ? null : (double) sum / n,
          sum);
    }
  }

  /** One unit kerja's tally; {@code unitKerja} is null for people without one. */
  public record UnitTally(String unitKerja, Tally tally) {}

  /**
   * One month of the year: the JP credited in it and how many people had reached the target by its
   * end; both null for a month still to come.
   */
  public record Month(int month, Long jp, Integer reachedByEnd) {}

  /** One person's JP in the year and how far below the target that is (0 when reached). */
  public record Person(
      long userId,
      String name,
      String nip,
      String unitKerja,
      String jabatan,
      String golongan,
      int jp,
      int shortfall) {}
}
