package org.latih.assessment.attempt.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.Gap;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;

class SlotTokensTest {

  private static final Random RANDOM = new SecureRandom();

  private static final QuestionContent CHOICE =
      new QuestionContent(
          QuestionType.SINGLE_CHOICE,
          "Ibu kota",
          "Ibu kota NTT?",
          List.of(
              new Choice("a", "Kupang", 1, "Benar"),
              new Choice("b", "Ende", 0, null),
              new Choice("c", "Maumere", 0, null)),
          null,
          null,
          null,
          1);

  private static final QuestionContent MATCHING =
      new QuestionContent(
          QuestionType.MATCHING,
          "Pasangan",
          "Pasangkan.",
          null,
          null,
          List.of(
              new MatchPair("NTT", "Kupang"),
              new MatchPair("Sumbar", "Padang"),
              new MatchPair("NTB", "Mataram"),
              new MatchPair("Flores", "Kupang")),
          null,
          1);

  private static SlotTokens tokens(QuestionContent content, List<String> keys) {
    SlotOptions drawn = SlotOptions.draw(keys, RANDOM);
    // as stored and read back
    return new SlotTokens(content, SlotOptions.parse(drawn.format()));
  }

  @Test
  void theLearnerSeesTokensThatNameNoAuthorIdAndDifferBetweenAttempts() {
    SlotTokens first = tokens(CHOICE, List.of("b", "a", "c"));
    SlotTokens second = tokens(CHOICE, List.of("b", "a", "c"));

    List<String> ids = first.shown().stream().map(SlotTokens.Shown::id).toList();
    assertEquals(3, new HashSet<>(ids).size());
    ids.forEach(id -> assertFalse(List.of("a", "b", "c").contains(id), id));
    assertEquals(
        List.of("Ende", "Kupang", "Maumere"),
        first.shown().stream().map(SlotTokens.Shown::text).toList(),
        "in the order drawn for the attempt");
    assertNotEquals(ids, second.shown().stream().map(SlotTokens.Shown::id).toList());
  }

  @Test
  void aTokenIsGradedAsTheChoiceItStandsForAndReadBackAsTheSameToken() {
    SlotTokens tokens = tokens(CHOICE, List.of("c", "b", "a"));
    String kupang = tokens.shown().get(2).id();

    Response authored = tokens.toAuthor(Response.choosing(kupang));
    assertEquals(List.of("a"), authored.choices());
    assertEquals(1.0, CHOICE.grade(authored).fraction());
    assertEquals(List.of(kupang), tokens.toLearner(authored).choices());
    assertEquals(List.of(kupang), tokens.tokensOf(List.of("a")));
  }

  @Test
  void anAuthorIdOrAnotherAttemptsTokenIsRefused() {
    SlotTokens mine = tokens(CHOICE, List.of("a", "b", "c"));
    SlotTokens other = tokens(CHOICE, List.of("a", "b", "c"));

    assertThrows(UnknownOptionException.class, () -> mine.toAuthor(Response.choosing("a")));
    String theirs = other.shown().get(0).id();
    assertThrows(UnknownOptionException.class, () -> mine.toAuthor(Response.choosing(theirs)));
  }

  @Test
  void matchingOffersEachAnswerOnceUnderATokenAndGradesByItsText() {
    SlotTokens tokens = tokens(MATCHING, List.of("2", "1", "0"));
    List<SlotTokens.Shown> answers = tokens.shown();
    assertEquals(
        List.of("Mataram", "Padang", "Kupang"),
        answers.stream().map(SlotTokens.Shown::text).toList());
    String kupang = answers.get(2).id();
    String padang = answers.get(1).id();

    Response authored =
        tokens.toAuthor(Response.matching(Map.of("0", kupang, "1", padang, "3", kupang)));
    assertEquals(Map.of("0", "Kupang", "1", "Padang", "3", "Kupang"), authored.matches());
    assertEquals(0.75, MATCHING.grade(authored).fraction(), 1e-9);
    assertEquals(
        Map.of("0", kupang, "1", padang, "3", kupang), tokens.toLearner(authored).matches());
    assertThrows(
        UnknownOptionException.class,
        () -> tokens.toAuthor(Response.matching(Map.of("0", "Kupang"))));
  }

  @Test
  void aSlotSavedBeforeTokensKeepsItsIdsAndAnswerTexts() {
    SlotTokens choice = new SlotTokens(CHOICE, SlotOptions.parse("b,a,c"));
    assertEquals(
        List.of("b", "a", "c"), choice.shown().stream().map(SlotTokens.Shown::id).toList());
    assertEquals(List.of("a"), choice.toAuthor(Response.choosing("a")).choices());
    assertEquals(List.of("a"), choice.toLearner(Response.choosing("a")).choices());

    SlotTokens matching = new SlotTokens(MATCHING, SlotOptions.parse("3,1,0,2"));
    assertEquals(
        List.of("Kupang", "Padang", "Mataram"),
        matching.shown().stream().map(SlotTokens.Shown::id).toList(),
        "picked by their text, as before");
    Response old = Response.matching(Map.of("0", "Kupang"));
    assertEquals(old, matching.toAuthor(old));
    assertTrue(SlotOptions.parse("b,a,c").format().equals("b,a,c"));
  }

  @Test
  void aMatchingDistractorIsOfferedUnderItsOwnTokenAndGradedWrong() {
    QuestionContent withDistractor =
        new QuestionContent(
            QuestionType.MATCHING,
            "Ibu kota",
            "Pasangkan provinsi dan ibu kotanya.",
            null,
            null,
            List.of(new MatchPair("NTT", "Kupang"), new MatchPair("Sumbar", "Padang")),
            null,
            1,
            List.of("Ende"));
    SlotTokens tokens = tokens(withDistractor, List.of("1", SlotTokens.DISTRACTOR + "0", "0"));

    assertEquals(
        List.of("Padang", "Ende", "Kupang"),
        tokens.shown().stream().map(SlotTokens.Shown::text).toList());
    String ende = tokens.shown().get(1).id();
    String padang = tokens.shown().get(0).id();
    Response authored =
        tokens.toAuthor(new Response(List.of(), null, Map.of("0", ende, "1", padang)));

    assertEquals(Map.of("0", "Ende", "1", "Padang"), authored.matches());
    assertEquals(0.5, withDistractor.grade(authored).fraction(), 1e-9);
    assertEquals(Map.of("0", ende, "1", padang), tokens.toLearner(authored).matches());
  }

  private static final QuestionContent CLOZE =
      QuestionContent.cloze(
          "Rumpang",
          "Ibu kota NTT {#1}, Sumbar {#2}, jumlah {#3}",
          List.of(
              new Gap(
                  1,
                  Gap.Kind.MULTIPLE_CHOICE,
                  1,
                  false,
                  null,
                  false,
                  List.of(new Choice("a", "Kupang", 1, null), new Choice("b", "Ende", 0, null)),
                  null),
              new Gap(
                  2,
                  Gap.Kind.MULTIPLE_CHOICE,
                  1,
                  false,
                  null,
                  false,
                  List.of(
                      new Choice("a", "Padang", 1, null), new Choice("b", "Bukittinggi", 0, null)),
                  null),
              new Gap(
                  3,
                  Gap.Kind.SHORT_ANSWER,
                  1,
                  false,
                  null,
                  false,
                  List.of(new Choice("a", "dua", 1, null)),
                  null)),
          null,
          3);

  @Test
  void clozeChoiceGapsHaveTokensOfTheirOwnGapOnly() {
    SlotTokens tokens = tokens(CLOZE, List.of("1.b", "1.a", "2.a", "2.b"));
    Gap first = CLOZE.gaps().get(0);
    Gap second = CLOZE.gaps().get(1);
    List<SlotTokens.Shown> shown = tokens.gapOptions(first);
    assertEquals(List.of("Ende", "Kupang"), shown.stream().map(SlotTokens.Shown::text).toList());
    shown.forEach(o -> assertFalse(o.id().contains("."), o.id()));
    String kupang = shown.get(1).id();
    String padang = tokens.gapOptions(second).get(0).id();

    Response authored =
        tokens.toAuthor(Response.matching(Map.of("1", kupang, "2", padang, "3", "dua")));
    assertEquals(Map.of("1", "a", "2", "a", "3", "dua"), authored.matches());
    assertEquals(1.0, CLOZE.grade(authored).fraction(), 1e-9);
    assertEquals(
        Map.of("1", kupang, "2", padang, "3", "dua"), tokens.toLearner(authored).matches());

    // a token of gap 2 does not answer gap 1, nor does an author id
    assertThrows(
        UnknownOptionException.class,
        () -> tokens.toAuthor(Response.matching(Map.of("1", padang))));
    assertThrows(
        UnknownOptionException.class, () -> tokens.toAuthor(Response.matching(Map.of("1", "a"))));
    // a multiple-response gap: several tokens of its own, joined by commas
    QuestionContent several =
        QuestionContent.cloze(
            "Banyak",
            "Pilih {#1}",
            List.of(
                new Gap(
                    1,
                    Gap.Kind.MULTIPLE_RESPONSE,
                    1,
                    false,
                    null,
                    false,
                    List.of(
                        new Choice("a", "NTT", 0.5, null),
                        new Choice("b", "NTB", 0.5, null),
                        new Choice("c", "Sumbar", -1, null)),
                    null)),
            null,
            1);
    SlotTokens checks = tokens(several, List.of("1.c", "1.a", "1.b"));
    List<SlotTokens.Shown> boxes = checks.gapOptions(several.gaps().get(0));
    String picks = boxes.get(1).id() + "," + boxes.get(2).id();
    Response picked = checks.toAuthor(Response.matching(Map.of("1", picks)));
    assertEquals(Map.of("1", "a,b"), picked.matches());
    assertEquals(1.0, several.grade(picked).fraction(), 1e-9);
    assertEquals(Map.of("1", picks), checks.toLearner(picked).matches());
    assertThrows(
        UnknownOptionException.class,
        () -> checks.toAuthor(Response.matching(Map.of("1", boxes.get(0).id() + ",b"))));

    // a cleared choice is a gap left empty
    assertEquals(Map.of(), tokens.toAuthor(Response.matching(Map.of("1", " "))).matches());
  }
}
