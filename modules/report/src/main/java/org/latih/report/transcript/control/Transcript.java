package org.latih.report.transcript.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's transcript: who, the JP per year against the yearly target, and every completed course
 * with its certificate number (null while none is issued or once revoked).
 */
public record Transcript(
    Person person, int target, int currentYear, List<Year> years, List<Course> courses) {

  public record Person(Long id, String name, String nip, String region, Long regionId) {}

  public record Year(int year, int jp, int target, boolean met) {}

  public record Course(
      String code, String title, int jp, int year, LocalDate completedOn, String certificate) {}

  public int jpThisYear() {
    return years.stream().filter(y -> y.year() == currentYear).mapToInt(Year::jp).sum();
  }
}
