package org.latih.search.index.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.latih.search.index.control.SearchResult.Segment;

/**
 * Formats the highlighter's best passage as {@link Segment}s instead of HTML, so the UI escapes
 * nothing and course text can never inject markup. The passage is cut to about {@value #WINDOW}
 * characters, starting a little before the first match, at word boundaries, with "…" where text was
 * cut.
 */
final class SegmentFormatter extends PassageFormatter {

  static final int WINDOW = 200;
  private static final int LEAD = 60;
  private static final String ELLIPSIS = "…";

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return List.<Segment>of();
    }
    Passage passage = passages[0];
    int first =
        passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : passage.getStartOffset();
    int start = Math.max(passage.getStartOffset(), first - LEAD);
    start = wordStart(content, start, passage.getStartOffset());
    int end = wordEnd(content, Math.min(passage.getEndOffset(), start + WINDOW));
    end = Math.min(end, passage.getEndOffset());
    return segments(passage, content, start, end);
  }

  private static List<Segment> segments(Passage passage, String content, int start, int end) {
    List<Segment> segments = new ArrayList<>();
    if (start > 0) {
      segments.add(new Segment(ELLIPSIS, false));
    }
    int cursor = start;
    for (int i = 0; i < passage.getNumMatches(); i++) {
      int matchStart = Math.max(passage.getMatchStarts()[i], cursor);
      int matchEnd = Math.min(passage.getMatchEnds()[i], end);
      if (matchStart >= matchEnd) {
        continue; // overlaps a previous match (phrase and term), or lies outside the window
      }
      text(segments, content.substring(cursor, matchStart), false);
      text(segments, content.substring(matchStart, matchEnd), true);
      cursor = matchEnd;
    }
    text(segments, content.substring(cursor, end), false);
    if (end < content.strip().length()) {
      segments.add(new Segment(ELLIPSIS, false));
    }
    return List.copyOf(segments);
  }

  private static void text(List<Segment> segments, String text, boolean match) {
    if (text.isEmpty()) {
      return;
    }
    String flat = text.replaceAll("\\s+", " ");
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).match() == match && !match) {
      segments.set(last, new Segment(segments.get(last).text() + flat, false));
    } else {
      segments.add(new Segment(flat, match));
    }
  }

  /** Moves {@code offset} forward to the start of a word, unless that passes the limit. */
  private static int wordStart(String content, int offset, int passageStart) {
    if (offset <= passageStart || !Character.isLetterOrDigit(content.charAt(offset - 1))) {
      return offset;
    }
    int i = offset;
    while (i < content.length() && Character.isLetterOrDigit(content.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Moves {@code offset} back to the end of a word, if it cuts one. */
  private static int wordEnd(String content, int offset) {
    if (offset >= content.length() || !Character.isLetterOrDigit(content.charAt(offset))) {
      return offset;
    }
    int i = offset;
    while (i > 0 && Character.isLetterOrDigit(content.charAt(i - 1))) {
      i--;
    }
    return i == 0 ? offset : i;
  }
}
