/**
 * The course search index, in plain Lucene (no CDI, no JPA), so it can be tested with a temporary
 * folder in milliseconds.
 *
 * <p>{@link org.latih.search.index.control.LuceneCourseIndex} keeps one Lucene document per course
 * and one per lesson or attachment, each carrying its course's visibility and filter fields, so a
 * single query answers "which lessons mention pelayanan, in courses this learner may see".
 * Indonesian text is stemmed with Lucene's {@code IndonesianAnalyzer} (pelatihan, latihan and
 * melatih all become {@code latih}), English with {@code EnglishAnalyzer}; user text never reaches
 * Lucene's query syntax. {@link org.latih.search.index.control.CourseDocument} is what the course
 * module hands in; {@link org.latih.search.index.control.MarkdownText} and {@link
 * org.latih.search.index.control.PdfText} turn lessons and PDF attachments into plain text first.
 */
package org.latih.search.index.control;
