package org.latih.app.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Item;
import org.latih.api.forms.Section;
import org.latih.api.reports.AttendanceRow;
import org.latih.api.reports.EnrolmentRow;
import org.latih.api.reports.IndicatorRow;
import org.latih.api.reports.ResponseRow;
import org.latih.api.reports.ScoreRow;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * A region's outcome data made up in memory, deterministic for a seed, shaped like what {@code
 * bench/seed-region} writes and the host loads: learners in unit kerja taking several courses in
 * cohorts over a few years (some self-paced), pre- and post-test scores (the post-test higher),
 * attendance at each cohort's sessions in the four delivery modes, answers to the given forms that
 * fit each item's kind, and every unit's IKM, complaints, productivity and head count per year.
 */
final class SyntheticOutcomes {

  /**
   * How big the region is.
   *
   * @param responses about how many form responses in all, spread over the forms
   */
  record Size(int asn, int units, int courses, int years, int responses) {

    /** A few hundred enrolments: for the parity test. */
    static Size small() {
      return new Size(80, 6, 5, 3, 250);
    }

    /**
     * The benchmarks' 10,000-ASN region: about 52,000 enrolments, 105,000 scores (pre and post),
     * 150,000 attendance rows and 50,000 responses.
     */
    static Size region() {
      return new Size(10_000, 40, 30, 3, 50_000);
    }
  }

  static final int FIRST_YEAR = 2024;
  private static final int COHORTS_PER_YEAR = 2;
  private static final int SESSIONS = 3;
  private static final List<String> MODES =
      List.of("classroom", "workshop", "webinar", "e-learning");
  private static final List<String> UNITS =
      List.of(
          "Dinas Kesehatan",
          "Dinas Pendidikan",
          "Bappeda",
          "Dinas Pekerjaan Umum",
          "Dinas Sosial",
          "Badan Kepegawaian",
          "Inspektorat",
          "Dinas Kependudukan",
          "Sekretariat Daerah",
          "Dinas Perhubungan");
  private static final List<String> WORDS =
      List.of(
          "materi",
          "jelas",
          "waktu",
          "kurang",
          "praktik",
          "narasumber",
          "baik",
          "contoh",
          "tugas",
          "pelayanan",
          "lebih",
          "sangat");

  private final Random random;
  private final Size size;

  private SyntheticOutcomes(Size size, long seed) {
    this.size = size;
    this.random = new Random(seed);
  }

  /** The region's data, with responses to {@code forms}; the same seed gives the same data. */
  static OutcomeSnapshot generate(String region, Size size, List<FormDefinition> forms, long seed) {
    return new SyntheticOutcomes(size, seed).snapshot(region, forms);
  }

  static String course(int c) {
    return String.format(Locale.ROOT, "pelatihan-%02d", c + 1);
  }

  static String unit(int u) {
    String base = UNITS.get(u % UNITS.size());
    return u < UNITS.size() ? base : base + " " + (u / UNITS.size() + 1);
  }

  /** The data as the host hands it over for one course: every row naming another is dropped. */
  static OutcomeSnapshot ofCourse(OutcomeSnapshot all, String course) {
    Map<String, List<ResponseRow>> responses = new LinkedHashMap<>();
    all.responses()
        .forEach(
            (form, rows) ->
                responses.put(form, rows.stream().filter(r -> course.equals(r.course())).toList()));
    return new OutcomeSnapshot(
        all.region(),
        all.enrolments().stream().filter(r -> course.equals(r.course())).toList(),
        all.attendance().stream().filter(r -> course.equals(r.course())).toList(),
        all.testScores().stream().filter(r -> course.equals(r.course())).toList(),
        responses,
        all.unitIndicators());
  }

  private OutcomeSnapshot snapshot(String region, List<FormDefinition> forms) {
    List<EnrolmentRow> enrolments = new ArrayList<>();
    List<ScoreRow> scores = new ArrayList<>();
    List<AttendanceRow> attendance = new ArrayList<>();
    Map<String, List<ResponseRow>> responses = new LinkedHashMap<>();
    forms.forEach(f -> responses.put(f.id(), new ArrayList<>()));
    int[] jp = new int[size.courses()];
    for (int c = 0; c < jp.length; c++) {
      jp[c] = 10 + 5 * random.nextInt(7);
    }
    // every session's delivery mode, by course, year, cohort and session
    String[][][][] modes = new String[size.courses()][size.years()][COHORTS_PER_YEAR][SESSIONS];
    for (String[][][] course : modes) {
      for (String[][] year : course) {
        for (String[] cohort : year) {
          String usual = MODES.get(random.nextInt(MODES.size()));
          for (int s = 0; s < SESSIONS; s++) {
            cohort[s] = random.nextInt(4) == 0 ? MODES.get(random.nextInt(MODES.size())) : usual;
          }
        }
      }
    }
    int[] headCount = new int[size.units()];
    double responseChance =
        forms.isEmpty() ? 0 : size.responses() / (size.asn() * 5.2 * forms.size());
    List<Integer> courses = new ArrayList<>();
    for (int c = 0; c < size.courses(); c++) {
      courses.add(c);
    }
    for (int learner = 0; learner < size.asn(); learner++) {
      int u = random.nextInt(size.units());
      headCount[u]++;
      // one in a hundred has no unit kerja on record
      String unit = random.nextInt(100) == 0 ? null : unit(u);
      double ability = random.nextGaussian();
      Collections.shuffle(courses, random);
      int taken =
          Math.min(size.courses(), 3 + random.nextInt(6) - (random.nextInt(3) == 0 ? 1 : 0));
      for (int c : courses.subList(0, taken)) {
        int y = random.nextInt(size.years());
        int year = FIRST_YEAR + y;
        boolean selfPaced = random.nextInt(14) == 0;
        int k = random.nextInt(COHORTS_PER_YEAR);
        String cohort = selfPaced ? null : "Angkatan " + (k + 1) + " " + year;
        // this year's cohorts are part-way: fewer have finished
        boolean completed = random.nextInt(100) < (y == size.years() - 1 ? 45 : 85);
        enrolments.add(new EnrolmentRow(course(c), cohort, unit, year, completed, jp[c]));
        // nearly everyone takes the pre-test; the post-test those who finished and most others
        Double pre = random.nextInt(50) == 0 ? null : score(47 + 8 * ability);
        Double post =
            completed || random.nextInt(10) < 7 ? score((completed ? 85 : 62) + 6 * ability) : null;
        if (pre != null || post != null) {
          scores.add(new ScoreRow(course(c), cohort, unit, pre, post));
        }
        if (!selfPaced) {
          for (int s = 0; s < SESSIONS; s++) {
            attendance.add(
                new AttendanceRow(
                    course(c),
                    cohort,
                    "Sesi " + (s + 1),
                    modes[c][y][k][s],
                    unit,
                    random.nextInt(100) < 88 + 3 * ability));
          }
        }
        for (FormDefinition form : forms) {
          if (random.nextDouble() < responseChance) {
            responses
                .get(form.id())
                .add(new ResponseRow(form.id(), course(c), cohort, unit, answers(form, ability)));
          }
        }
      }
    }
    return new OutcomeSnapshot(
        region, enrolments, attendance, scores, responses, indicators(headCount));
  }

  private static Double score(double mean) {
    return Math.max(0, Math.min(100, Math.round(mean * 10) / 10.0));
  }

  /** One respondent's answers, in the form's order: each fits its item's kind. */
  private Map<String, String> answers(FormDefinition form, double ability) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (Section section : form.sections()) {
      for (Item item : section.items()) {
        if (!item.required() && random.nextInt(5) == 0) {
          continue;
        }
        answers.put(item.id(), answer(item, ability));
      }
    }
    return Collections.unmodifiableMap(answers);
  }

  private String answer(Item item, double ability) {
    return switch (item.kind()) {
      case LIKERT, RATING -> {
        int span = item.scaleMax() - item.scaleMin();
        double lean = 0.65 + 0.12 * ability + 0.2 * random.nextGaussian();
        yield String.valueOf(
            item.scaleMin() + (int) Math.round(Math.max(0, Math.min(1, lean)) * span));
      }
      case SINGLE_CHOICE -> item.options().get(random.nextInt(item.options().size()));
      case MULTIPLE_CHOICE -> {
        List<String> chosen = new ArrayList<>();
        for (String option : item.options()) {
          if (random.nextInt(3) == 0) {
            chosen.add(option);
          }
        }
        yield chosen.isEmpty() ? item.options().get(0) : String.join(";", chosen);
      }
      case NUMBER ->
          random.nextInt(4) == 0
              ? (1 + random.nextInt(20)) + "," + random.nextInt(10)
              : String.valueOf(random.nextInt(40));
      case TEXT -> {
        StringBuilder text = new StringBuilder();
        for (int w = 2 + random.nextInt(8); w > 0; w--) {
          text.append(WORDS.get(random.nextInt(WORDS.size()))).append(w > 1 ? " " : ".");
        }
        yield text.toString();
      }
    };
  }

  /** Every unit's indicators for every year, recorded early the next year. */
  private List<IndicatorRow> indicators(int[] headCount) {
    List<IndicatorRow> rows = new ArrayList<>();
    for (int u = 0; u < headCount.length; u++) {
      for (int y = 0; y < size.years(); y++) {
        String period = String.valueOf(FIRST_YEAR + y);
        rows.add(new IndicatorRow(unit(u), "ikm", period, 70 + 3 * y + random.nextInt(150) / 10.0));
        rows.add(
            new IndicatorRow(
                unit(u), "jumlah-pengaduan", period, Math.max(0, 40 - 6 * y - random.nextInt(9))));
        rows.add(
            new IndicatorRow(unit(u), "produktivitas", period, 60 + 4 * y + random.nextInt(20)));
        rows.add(new IndicatorRow(unit(u), "jumlah-asn", period, headCount[u]));
      }
    }
    return rows;
  }
}
