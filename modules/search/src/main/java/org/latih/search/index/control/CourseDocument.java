package org.latih.search.index.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything searchable about one course, as the course module sees it at publication time. The
 * index replaces a course as a whole, so this record always describes the complete course, never a
 * change.
 *
 * @param code the course's unique code; the unit of replacement and removal
 * @param language {@code "id"} or {@code "en"}: picks the stemmer for all text of the course
 * @param region the region code, or {@code null} when the course is shared by all regions
 * @param published unpublished courses are found only by staff (see {@link Visibility})
 * @param parts lessons and attachments, each indexed as its own search hit
 */
public record CourseDocument(
    String code,
    String title,
    String description,
    List<String> tags,
    String language,
    String competencyType,
    int jp,
    String region,
    boolean published,
    List<Part> parts) {

  /** The languages an analyzer exists for. */
  public static final Set<String> LANGUAGES = Set.of("id", "en");

  public CourseDocument {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("course code is required");
    }
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException(
          "language '" + language + "' has no analyzer; use one of " + LANGUAGES);
    }
    if (jp < 0) {
      throw new IllegalArgumentException("jp must not be negative: " + jp);
    }
    title = Objects.requireNonNullElse(title, "");
    description = Objects.requireNonNullElse(description, "");
    tags = tags == null ? List.of() : List.copyOf(tags);
    parts = parts == null ? List.of() : List.copyOf(parts);
    region = region == null || region.isBlank() ? null : region;
  }

  /**
   * A lesson or an attachment of the course: a search hit of its own, so a learner lands on the
   * lesson that answers the question rather than on the course's front page.
   *
   * @param kind {@code "lesson"} or {@code "attachment"}
   * @param key the lesson key, or the attachment's file name
   * @param moduleTitle the title of the module the part belongs to (may be null)
   * @param text plain text; see {@link MarkdownText#plain} and {@link PdfText#extract}
   */
  public record Part(String kind, String key, String title, String moduleTitle, String text) {

    /** The kinds of part; they are also the {@code kind} of the search hit. */
    public static final Set<String> KINDS = Set.of("lesson", "attachment");

    public Part {
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("part kind '" + kind + "' unknown; use one of " + KINDS);
      }
      Objects.requireNonNull(key, "key");
      title = Objects.requireNonNullElse(title, key);
      text = Objects.requireNonNullElse(text, "");
    }
  }
}
