package org.latih.assessment.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.latih.assessment.question.entity.Response;

/**
 * GIFT import reads every supported construct exactly, reports the rest by line, and round-trips.
 */
class GiftFormatTest {

  private static QuestionContent one(String gift) {
    ImportResult result = GiftFormat.parse(gift);
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.questions().size());
    return result.questions().get(0).content();
  }

  private static ImportProblem problem(String gift) {
    ImportResult result = GiftFormat.parse(gift);
    assertEquals(1, result.problems().size(), result.problems().toString());
    return result.problems().get(0);
  }

  @Test
  void singleChoiceWithFeedbackTitleAndGeneralFeedback() {
    QuestionContent q =
        one(
            "::K01 Warna:: Warna antara jingga dan hijau? {=kuning#Benar! ~merah#Bukan ~biru"
                + "####Lihat spektrum.}");
    assertEquals(QuestionType.SINGLE_CHOICE, q.type());
    assertEquals("K01 Warna", q.name());
    assertEquals("Warna antara jingga dan hijau?", q.text());
    assertEquals(
        List.of(
            new Choice("a", "kuning", 1, "Benar!"),
            new Choice("b", "merah", 0, "Bukan"),
            new Choice("c", "biru", 0, null)),
        q.choices());
    assertEquals("Lihat spektrum.", q.generalFeedback());
    assertEquals(1, q.defaultMark());
  }

  @Test
  void questionWithoutTitleIsNamedAfterItsText() {
    assertEquals("Siapa?", one("Siapa? {=a ~b}").name());
  }

  @Test
  void multipleResponseFromWeightsWithoutEquals() {
    QuestionContent q = one("Pilih dua. {~%50%a ~%50%b ~%-100%c}");
    assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
    assertEquals(List.of(0.5, 0.5, -1.0), q.choices().stream().map(Choice::fraction).toList());
    assertEquals(1.0, q.grade(Response.choosing("a", "b")).fraction());
  }

  @Test
  void decimalWeightsAndPartialCreditInSingleChoice() {
    QuestionContent q = one("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}");
    assertEquals(QuestionType.MULTIPLE_RESPONSE, q.type());
    assertEquals(0.3333333, q.choices().get(0).fraction());
    QuestionContent partial = one("Q {=a ~%50%b ~c}");
    assertEquals(QuestionType.SINGLE_CHOICE, partial.type());
    assertEquals(0.5, partial.choices().get(1).fraction());
    QuestionContent onePositive = one("Q {~%100%a ~b}");
    assertEquals(QuestionType.SINGLE_CHOICE, onePositive.type());
  }

  @Test
  void trueFalseFollowsMoodleFeedbackOrder() {
    // Moodle: {TRUE#shown for a wrong answer#shown for the right answer}
    QuestionContent q = one("Bumi bulat. {TRUE#Keliru, bumi bulat.#Tepat.}");
    assertEquals(QuestionType.TRUE_FALSE, q.type());
    assertEquals(
        QuestionContent.TrueFalse.choices(true, "Tepat.", "Keliru, bumi bulat."), q.choices());
    assertEquals("Tepat.", q.grade(Response.choosing("true")).feedback());
    assertEquals("Keliru, bumi bulat.", q.grade(Response.choosing("false")).feedback());

    QuestionContent f = one("Matahari dingin. {F#Salah pilih}");
    assertEquals(QuestionContent.TrueFalse.choices(false, null, "Salah pilih"), f.choices());
    assertEquals(1.0, f.grade(Response.choosing("false")).fraction());
  }

  @ParameterizedTest
  @CsvSource({"T,true", "TRUE,true", "F,false", "FALSE,false"})
  void trueFalseWords(String word, boolean answer) {
    assertEquals(
        QuestionContent.TrueFalse.choices(answer, null, null),
        one("Pernyataan. {" + word + "}").choices());
  }

  @Test
  void shortAnswerWithWeightsAndFeedback() {
    QuestionContent q = one("Teknik 25 menit? {=Pomodoro#Ya =%50%tomat#Hampir}");
    assertEquals(QuestionType.SHORT_ANSWER, q.type());
    assertEquals(
        List.of(new Choice("a", "Pomodoro", 1, "Ya"), new Choice("b", "tomat", 0.5, "Hampir")),
        q.choices());
    assertEquals(QuestionType.SHORT_ANSWER, one("Ibu kota? {=Jakarta}").type());
  }

  @Test
  void numericForms() {
    assertEquals(
        List.of(new NumericAnswer(3.14, 0.01, 1, null)), one("Pi? {#3.14:0.01}").numbers());
    assertEquals(List.of(new NumericAnswer(3, 2, 1, null)), one("1 sampai 5? {#1..5}").numbers());
    assertEquals(List.of(new NumericAnswer(42, 0, 1, "ok")), one("Jawab {#42#ok}").numbers());
    QuestionContent q = one("Pi? {# =%100%3.14:0.0005#tepat =%50%3.1:0.05#kurang teliti}");
    assertEquals(QuestionType.NUMERIC, q.type());
    assertEquals(
        List.of(
            new NumericAnswer(3.14, 0.0005, 1, "tepat"),
            new NumericAnswer(3.1, 0.05, 0.5, "kurang teliti")),
        q.numbers());
    assertEquals(-2.5, one("Q {#-2.5}").numbers().get(0).value());
  }

  @Test
  void matching() {
    QuestionContent q = one("Pasangkan. {=kucing -> ikan =sapi -> rumput ####Umum}");
    assertEquals(QuestionType.MATCHING, q.type());
    assertEquals(
        List.of(new MatchPair("kucing", "ikan"), new MatchPair("sapi", "rumput")), q.pairs());
    assertEquals("Umum", q.generalFeedback());
  }

  @Test
  void essay() {
    QuestionContent q = one("Jelaskan pendapat Anda. {}");
    assertEquals(QuestionType.ESSAY, q.type());
    assertEquals("Jelaskan pendapat Anda.", q.text());
    assertEquals("Panduan", one("Tulis esai. {####Panduan}").generalFeedback());
  }

  @Test
  void missingWordPutsABlankWhereTheBracesWere() {
    assertEquals(
        "Grant _____ di makam Grant.", one("Grant {~dikubur =dimakamkan} di makam Grant.").text());
    assertEquals("Dua ditambah _____.", one("Dua ditambah {=dua =2}.").text());
    assertEquals(
        "Thanksgiving dirayakan pada Kamis _____ bulan November.",
        one("Thanksgiving dirayakan pada Kamis {\n  ~kedua\n  =keempat\n} bulan November.").text());
  }

  @Test
  void formatMarkersAreStripped() {
    assertEquals("Teks **tebal**", one("::T::[markdown]Teks **tebal** {=a ~b}").text());
    assertEquals("<b>x</b>", one("[html]<b>x</b> {T}").text());
    assertEquals("polos", one("[plain] polos {T}").text());
  }

  @Test
  void formatMarkersSayTheQuestionsFormat() {
    assertEquals(
        org.latih.assessment.question.entity.TextFormat.MARKDOWN,
        one("::T::[markdown]Teks **tebal** {=a ~b}").format());
    assertEquals(
        org.latih.assessment.question.entity.TextFormat.HTML, one("[html]<b>x</b> {T}").format());
    assertEquals(
        org.latih.assessment.question.entity.TextFormat.MOODLE, one("[moodle]x {T}").format());
    assertEquals(
        org.latih.assessment.question.entity.TextFormat.PLAIN, one("[plain] polos {T}").format());
    assertEquals(org.latih.assessment.question.entity.TextFormat.PLAIN, one("polos {T}").format());
  }

  @Test
  void aPlainTextThatStartsLikeAMarkerRoundTrips() {
    QuestionContent plain =
        new QuestionContent(
            QuestionType.ESSAY, "N", "[html] is how GIFT marks HTML", null, null, null, null, 1);
    assertRoundTrip(plain);
    assertRoundTrip(plain.withFormat(org.latih.assessment.question.entity.TextFormat.HTML));
  }

  @Test
  void escapesAndNewline() {
    QuestionContent q =
        one(
            "::a\\:b:: 1 + 1 \\= 2\\? \\{x\\} \\~ \\# \\\\ akhir\\nbaris {=ya\\#1#umpan \\= balik ~tidak}");
    assertEquals("a:b", q.name());
    assertEquals("1 + 1 = 2\\? {x} ~ # \\ akhir\nbaris", q.text());
    assertEquals("ya#1", q.choices().get(0).text());
    assertEquals("umpan = balik", q.choices().get(0).feedback());
  }

  @Test
  void multiLineQuestionsWindowsLineEndingsBomCategoriesCommentsAndTags() {
    String gift =
        "\uFEFF$CATEGORY: kursus/pre\r\n"
            + "\r\n"
            + "// komentar biasa\r\n"
            + "// [tag:etika] [tag:dasar]\r\n"
            + "::Q1:: Baris satu\r\n"
            + "baris dua {\r\n"
            + "  =benar\r\n"
            + "  ~salah\r\n"
            + "}\r\n"
            + "\r\n"
            + "// [tag:lanjut]\r\n"
            + "\r\n"
            + "::Q2:: Kedua {T}\r\n"
            + "\r\n"
            + "$CATEGORY: $course$/top/kursus/post\r\n"
            + "::Q3:: Ketiga {F}\r\n";
    ImportResult result = GiftFormat.parse(gift);
    assertEquals(List.of(), result.problems());
    List<ImportedQuestion> qs = result.questions();
    assertEquals(3, qs.size());
    assertEquals(
        new ImportedQuestion(
            "kursus/pre", qs.get(0).content(), 5, List.of("etika", "dasar"), 1, null),
        qs.get(0));
    assertEquals("Baris satu baris dua", qs.get(0).content().text());
    assertEquals(2, qs.get(0).content().choices().size());
    assertEquals(13, qs.get(1).line());
    assertEquals(List.of("lanjut"), qs.get(1).tags());
    assertEquals("kursus/post", qs.get(2).category());
    assertEquals(16, qs.get(2).line());
    assertEquals(List.of(), qs.get(2).tags());
  }

  @Test
  void commentsInsideAQuestionDoNotSplitIt() {
    QuestionContent q = one("Pertanyaan {\n// pilihan benar\n=a\n~b}");
    assertEquals(2, q.choices().size());
  }

  @Test
  void choiceIdsAreLettersInOrder() {
    assertEquals("a", GiftFormat.id(0));
    assertEquals("z", GiftFormat.id(25));
    assertEquals("aa", GiftFormat.id(26));
    assertEquals(
        List.of("a", "b", "c", "d"),
        one("Q {=1 ~2 ~3 ~4}").choices().stream().map(Choice::id).toList());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Kalimat {=a ~b | gift.unclosedBrace",
        "Isi {1:MC:~a~=b} rumpang {1:SA:=c} | gift.cloze",
        "Dua {=a ~b} blok {=c ~d} | gift.extraBraces",
        "Kurung } liar {=a ~b} | gift.extraBraces",
        "::Judul tanpa tutup {=a ~b} | gift.unclosedTitle",
        "::Judul:: {=a ~b} | gift.noText",
        "Tanpa benar {~a ~b ~c} | gift.noRightAnswer",
        "Q {=a ~%50%b ~%50%c ~} | gift.emptyAnswer",
        "Q {~%abc%a =b} | gift.badWeight",
        "Q {=a ~%150%b} | question.fraction",
        "Q {#tiga} | gift.notANumber",
        "Q {#3:x} | gift.notANumber",
        "Q {#5..1} | gift.badRange",
        "Q {#3:-1} | question.tolerance",
        "Jodohkan {=a -> b} | question.matching",
        "Jodohkan {=a -> b ~c} | gift.matchingSyntax",
        "Jodohkan {=a -> b#fb =c -> d} | gift.matchingSyntax",
        "Jodohkan {= -> b =c -> d} | question.matching",
        "Jodohkan {=a -> =c -> d} | question.matchPair",
        "Q {=a ~%33%b} | question.badFraction",
        "Q {#=3 =%45%4} | question.badFraction",
        "Q {TRUE#a#b#c} | gift.trueFalseFeedback",
        "Q {benar} | gift.badAnswers",
        "Q {x =a ~b} | gift.badAnswers",
        "$FOO: bar | gift.unknownDirective",
        "$CATEGORY: | gift.emptyCategory",
      })
  void brokenQuestionsAreReportedAtTheirLine(String gift, String key) {
    String file = "::Baik:: Sebelum {T}\n\n// komentar\n" + gift + "\n\n::Baik2:: Sesudah {F}\n";
    ImportResult result = GiftFormat.parse(file);
    assertEquals(1, result.problems().size(), result.problems().toString());
    ImportProblem p = result.problems().get(0);
    assertEquals(4, p.line());
    assertEquals(key, p.messageKey());
    if (key.startsWith("gift.")) {
      assertEquals(4, p.args().get(0));
    }
    assertEquals(
        List.of("Baik", "Baik2"),
        result.questions().stream().map(q -> q.content().name()).toList());
  }

  @Test
  void textOnANewLineAfterTheAnswersIsNotAQuestion() {
    ImportResult result =
        GiftFormat.parse("::A:: Satu {=a ~b}\n\n::B:: Dua {=a ~b}\nTeks liar di sini.\n");
    assertEquals(List.of(ImportProblem.of(3, "gift.textAfterAnswers", 3)), result.problems());
    assertEquals(1, result.questions().size());
  }

  @Test
  void problemsCarryTheirArguments() {
    assertEquals(ImportProblem.of(1, "gift.notANumber", 1, "tiga"), problem("Q {#tiga}"));
    assertEquals(ImportProblem.of(1, "gift.badWeight", 1, "abc"), problem("Q {~%abc%a =b}"));
    assertEquals(
        ImportProblem.of(2, "gift.unknownDirective", 2, "$QUESTION"), problem("\n$QUESTION: x"));
    ImportProblem entity = problem("::Jodoh:: Jodohkan {=a -> b}");
    assertEquals(ImportProblem.of(1, "question.matching", "Jodoh"), entity);
  }

  @Test
  void emptyInputHasNothing() {
    ImportResult result = GiftFormat.parse("\n\n// hanya komentar\n\n");
    assertTrue(result.questions().isEmpty());
    assertTrue(result.problems().isEmpty());
    assertTrue(GiftFormat.parse(null).clean());
  }

  @Test
  void categoryPrefixesOfMoodleAreDropped() {
    assertEquals("a/b", GiftFormat.category(" $course$/top/a/b "));
    assertEquals("a/b", GiftFormat.category("a/b"));
    assertNull(GiftFormat.category("$system$/top/"));
  }

  // ---- round trip -------------------------------------------------------------------------

  private static final String TRICKY = "Teks {dengan} ~ = # : \\ dan\nbaris baru";

  private static void assertRoundTrip(QuestionContent content) {
    List<ImportedQuestion> in = List.of(new ImportedQuestion("k/pre", content, 1, List.of("t1")));
    String gift = GiftFormat.write(in);
    ImportResult back = GiftFormat.parse(gift);
    assertEquals(List.of(), back.problems(), gift);
    assertEquals(1, back.questions().size(), gift);
    assertEquals(content, back.questions().get(0).content(), gift);
    assertEquals("k/pre", back.questions().get(0).category());
    assertEquals(List.of("t1"), back.questions().get(0).tags());
  }

  private static QuestionContent content(
      QuestionType type, List<Choice> choices, List<NumericAnswer> numbers, List<MatchPair> pairs) {
    return new QuestionContent(
        type, "Nama: {x} #1", TRICKY, choices, numbers, pairs, "Umum ~ = # {}", 1);
  }

  @Test
  void roundTripSingleChoice() {
    assertRoundTrip(
        content(
            QuestionType.SINGLE_CHOICE,
            List.of(
                new Choice("a", "benar = ya", 1, "umpan # balik"),
                new Choice("b", "sebagian {}", 0.5, null),
                new Choice("c", "%50% bukan bobot", 0, "x:y"),
                new Choice("d", "salah ~", -0.25, null)),
            null,
            null));
    assertRoundTrip(
        content(
            QuestionType.SINGLE_CHOICE,
            List.of(new Choice("a", "x", 0.5, null), new Choice("b", "y", 0.5, null)),
            null,
            null));
  }

  @Test
  void roundTripMultipleResponse() {
    assertRoundTrip(
        content(
            QuestionType.MULTIPLE_RESPONSE,
            List.of(
                new Choice("a", "a", 1 / 3.0, "fb"),
                new Choice("b", "b", 1 / 3.0, null),
                new Choice("c", "c", 1 / 3.0, null),
                new Choice("d", "d", -1, "jangan")),
            null,
            null));
  }

  @Test
  void roundTripTrueFalse() {
    for (boolean answer : new boolean[] {true, false}) {
      assertRoundTrip(
          content(
              QuestionType.TRUE_FALSE,
              QuestionContent.TrueFalse.choices(answer, "benar # {}", "salah = ~"),
              null,
              null));
      assertRoundTrip(
          content(
              QuestionType.TRUE_FALSE,
              QuestionContent.TrueFalse.choices(answer, "hanya benar", null),
              null,
              null));
      assertRoundTrip(
          content(
              QuestionType.TRUE_FALSE,
              QuestionContent.TrueFalse.choices(answer, null, "hanya salah"),
              null,
              null));
      assertRoundTrip(
          content(
              QuestionType.TRUE_FALSE,
              QuestionContent.TrueFalse.choices(answer, null, null),
              null,
              null));
    }
  }

  @Test
  void roundTripShortAnswer() {
    assertRoundTrip(
        content(
            QuestionType.SHORT_ANSWER,
            List.of(new Choice("a", "Pomodoro", 1, "ya"), new Choice("b", "a:b", 0.5, null)),
            null,
            null));
  }

  @Test
  void roundTripNumeric() {
    assertRoundTrip(
        content(
            QuestionType.NUMERIC,
            null,
            List.of(
                new NumericAnswer(3.14, 0.0005, 1, "tepat #1"),
                new NumericAnswer(-3.1, 0.05, 0.5, null),
                new NumericAnswer(1e-7, 0, 0, "kecil")),
            null));
  }

  @Test
  void roundTripMatching() {
    assertRoundTrip(
        content(
            QuestionType.MATCHING,
            null,
            null,
            List.of(
                new MatchPair("kucing {1}", "ikan = laut"),
                new MatchPair("sapi: ~", "rumput -> hijau"),
                new MatchPair("c#", "d\\"))));
  }

  @Test
  void roundTripEssay() {
    assertRoundTrip(content(QuestionType.ESSAY, null, null, null));
  }

  @Test
  void roundTripOfAStarterStyleFileKeepsEveryQuestion() {
    String gift =
        "$CATEGORY: c/pre\n\n::K01:: Soal {=a#ok ~b ~c ~d}\n\n::K08:: Pernyataan. {FALSE#penjelasan}\n\n"
            + "::K09:: Isian {=x =y}\n\n::K10:: Jodoh {=a -> 1 =b -> 2 =c -> 3}\n";
    ImportResult first = GiftFormat.parse(gift);
    ImportResult second = GiftFormat.parse(GiftFormat.write(first.questions()));
    assertEquals(
        first.questions().stream().map(ImportedQuestion::content).toList(),
        second.questions().stream().map(ImportedQuestion::content).toList());
  }

  // ---- Moodle constructs and identity (issue #15) -------------------------------------------

  @Test
  void roundTripDescriptionMatchingDistractorsAndNumericCatchAll() {
    assertRoundTrip(
        new QuestionContent(
            QuestionType.DESCRIPTION, "Pengantar", TRICKY, null, null, null, null, 1));
    assertRoundTrip(
        new QuestionContent(
            QuestionType.MATCHING,
            "Jodoh",
            TRICKY,
            null,
            null,
            List.of(new MatchPair("a", "1"), new MatchPair("b", "2")),
            null,
            1,
            List.of("3 {x}", "4")));
    assertRoundTrip(
        content(
            QuestionType.NUMERIC,
            null,
            List.of(new NumericAnswer(3, 0.5, 1, "ok"), NumericAnswer.anyOther(0.5, "lain ~ = #")),
            null));
  }

  @Test
  void textWithoutAnswersIsADescriptionWithoutMark() {
    QuestionContent d = one("::Info:: Bagian ini tentang etika.");
    assertEquals(QuestionType.DESCRIPTION, d.type());
    assertEquals("Info", d.name());
    assertEquals(0, d.defaultMark());
    assertEquals(0.0, d.grade(new Response(List.of(), "apa saja", null)).fraction());
  }

  @Test
  void matchingDistractorsHaveAnEmptyLeftSide() {
    QuestionContent q = one("Jodohkan. {=Kucing -> Meong =Anjing -> Guk =  -> Chat = -> Cuit}");
    assertEquals(
        List.of(new MatchPair("Kucing", "Meong"), new MatchPair("Anjing", "Guk")), q.pairs());
    assertEquals(List.of("Chat", "Cuit"), q.distractors());
    assertEquals(List.of("Meong", "Guk", "Chat", "Cuit"), q.matchingAnswers());
  }

  @Test
  void numericWrongAnswerFeedbackRangesAndCatchAll() {
    QuestionContent q = one("Berapa? {#3:2~#Salah, lihat lagi.}");
    assertEquals(
        List.of(new NumericAnswer(3, 2, 1, null), NumericAnswer.anyOther(0, "Salah, lihat lagi.")),
        q.numbers());
    assertEquals(1.0, q.grade(new Response(List.of(), "4", null)).fraction());
    assertEquals("Salah, lihat lagi.", q.grade(new Response(List.of(), "9", null)).feedback());
    assertEquals(0.0, q.grade(new Response(List.of(), "9", null)).fraction());

    QuestionContent partial = one("Tahun? {#=1822:0#Tepat =%50%1820..1824#Dekat =%0%*#Jauh}");
    assertEquals(1.0, partial.grade(new Response(List.of(), "1822", null)).fraction());
    assertEquals(0.5, partial.grade(new Response(List.of(), "1823", null)).fraction());
    assertEquals("Jauh", partial.grade(new Response(List.of(), "1900", null)).feedback());

    QuestionContent generous = one("Kira-kira? {#=%100%10:0 =%50%*#Lumayan}");
    assertEquals(0.5, generous.grade(new Response(List.of(), "99", null)).fraction());
  }

  @Test
  void shortAnswerCatchAllIsGradedByItsFractionAfterTheOtherAnswers() {
    QuestionContent q = one("Ibu kota? {=Jakarta =%50%Batavia =%0%*#Bukan itu.}");
    assertEquals(1.0, q.grade(new Response(List.of(), "jakarta", null)).fraction());
    assertEquals(0.5, q.grade(new Response(List.of(), "Batavia", null)).fraction());
    var other = q.grade(new Response(List.of(), "Bandung", null));
    assertEquals(0.0, other.fraction());
    assertEquals("Bukan itu.", other.feedback());
    QuestionContent wildcard = one("Warna? {=merah* =%20%*}");
    assertEquals(1.0, wildcard.grade(new Response(List.of(), "Merah muda", null)).fraction());
    assertEquals(0.2, wildcard.grade(new Response(List.of(), "biru", null)).fraction());
  }

  @Test
  void gradesMoodleAllowsAreAcceptedWrittenWithFewerDecimals() {
    one("Pilih. {~%33.33%a ~%33.333%b ~%33.33333%c ~%-100%d}");
    one("Pilih. {~%66.67%a ~%16.67%b ~%16.66667%c}");
    assertEquals("question.badFraction", problem("Pilih. {~%33%a ~%67%b}").messageKey());
    assertEquals("question.badFraction", problem("Pilih. {=a ~%-33%b}").messageKey());
  }

  @Test
  void sameNamesAndSameOpeningsStayApartWithTheirPositions() {
    String opening = "Penyelenggara pelayanan publik wajib menyusun standar pelayanan untuk";
    ImportResult r =
        GiftFormat.parse(
            "::Etika:: Satu {T}\n\n::Etika:: Dua {F}\n\n// x\n\n"
                + opening
                + " setiap layanan A {T}\n\n"
                + opening
                + " setiap layanan B {F}\n");
    assertEquals(List.of(), r.problems());
    assertEquals(
        List.of(1, 2, 3, 4), r.questions().stream().map(ImportedQuestion::position).toList());
    assertEquals(r.questions().get(2).content().name(), r.questions().get(3).content().name());
    assertTrue(r.questions().stream().allMatch(q -> q.idnumber() == null));
  }

  @Test
  void aSkippedQuestionKeepsItsPositionSoTheNextKeepsItsIdentity() {
    ImportResult r = GiftFormat.parse("Satu {T}\n\nRusak {=a ~b\n\nTiga {F}\n");
    assertEquals(1, r.problems().size());
    assertEquals(List.of(1, 3), r.questions().stream().map(ImportedQuestion::position).toList());
  }

  @Test
  void aMoodleStyleBankOfEveryConstructImportsWhole() throws Exception {
    String gift;
    try (var in =
        getClass().getResourceAsStream("/org/latih/testing/fixtures/bank-moodle-style.gift")) {
      gift = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    ImportResult r = GiftFormat.parse(gift);
    assertEquals(List.of(), r.problems());
    assertEquals(45, r.questions().size());
    var types =
        r.questions().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    q -> q.content().type(), java.util.stream.Collectors.counting()));
    for (QuestionType type : QuestionType.values()) {
      if (type == QuestionType.CLOZE) {
        continue; // GIFT has no syntax for embedded answers
      }
      assertTrue(types.getOrDefault(type, 0L) >= 2, type + " in " + types);
    }
    assertEquals(
        List.of("Pelayanan Publik/Bab 1", "Pelayanan Publik/Bab 2", "Pelayanan Publik/Bab 3"),
        r.questions().stream().map(ImportedQuestion::category).distinct().toList());
    long sameNames =
        r.questions().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    q -> q.category() + "/" + q.content().name(),
                    java.util.stream.Collectors.counting()))
            .values()
            .stream()
            .filter(n -> n > 1)
            .count();
    assertTrue(sameNames >= 6, "names shared within a category: " + sameNames);
    assertTrue(r.questions().stream().anyMatch(q -> !q.content().distractors().isEmpty()));
    assertTrue(
        r.questions().stream()
            .flatMap(q -> q.content().numbers().stream())
            .anyMatch(NumericAnswer::any));
    ImportResult back = GiftFormat.parse(GiftFormat.write(r.questions()));
    assertEquals(
        r.questions().stream().map(ImportedQuestion::content).toList(),
        back.questions().stream().map(ImportedQuestion::content).toList());
  }
}
