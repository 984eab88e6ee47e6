package org.latih.evaluation.report.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One object for each distinct string of one region's outcome data while it is read. The database
 * hands back a new string for every cell, and a region's 50,000 responses repeat the same few
 * hundred item ids and answers, its enrolments the same course codes, cohorts and unit kerja: held
 * once each, a whole region's data is tens of megabytes smaller on the server's heap, and the
 * worker protocol's dictionary finds a string again by reference instead of comparing its text.
 */
final class SharedStrings {

  private final Map<String, String> seen = new ConcurrentHashMap<>(); // two threads read at once

  String of(String text) {
    if (text == null) {
      return null;
    }
    String known = seen.putIfAbsent(text, text);
    return known == null ? text : known;
  }
}
