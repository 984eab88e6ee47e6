package org.latih.app.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.latih.search.index.control.CourseDocument;
import org.latih.search.index.control.LuceneCourseIndex;
import org.latih.search.index.control.MarkdownText;

/**
 * The search benchmark (run by {@code bench/search.sh}): a generated corpus of 50,000 lessons is
 * imported into a fresh server; then search and the no-op endpoint are called at the same steady
 * rate, interleaved, and their latency percentiles compared; then the server's full reindex is
 * timed next to raw Lucene indexing of the same text in this JVM. Not a test: it asserts nothing
 * and runs only when asked.
 */
public final class SearchBenchmark {

  private static final int COURSES = Integer.getInteger("bench.courses", 250);
  private static final int LESSONS_PER_COURSE = Integer.getInteger("bench.lessons", 200);
  private static final int RATE_PER_SECOND = Integer.getInteger("bench.rate", 40);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 30);

  /** Indonesian words of the training domain, so stemming and scoring have real work to do. */
  private static final String[] WORDS = {
    "pelatihan",
    "pelayanan",
    "publik",
    "aparatur",
    "kinerja",
    "pegawai",
    "pemerintah",
    "daerah",
    "kebijakan",
    "perencanaan",
    "anggaran",
    "pengawasan",
    "pelaporan",
    "administrasi",
    "dokumen",
    "arsip",
    "surat",
    "rapat",
    "koordinasi",
    "masyarakat",
    "pengaduan",
    "kepuasan",
    "standar",
    "prosedur",
    "kualitas",
    "integritas",
    "etika",
    "disiplin",
    "komunikasi",
    "kepemimpinan",
    "tim",
    "proyek",
    "jadwal",
    "risiko",
    "evaluasi",
    "pembelajaran",
    "kompetensi",
    "jabatan",
    "fungsional",
    "struktural",
    "informasi",
    "sistem",
    "data",
    "aplikasi",
    "digital",
    "layanan",
    "kecamatan",
    "kelurahan",
    "desa",
    "puskesmas",
    "sekolah",
    "dinas",
    "badan",
    "kantor",
    "melatih",
    "latihan",
    "berlatih",
    "melayani",
    "dilayani",
    "merencanakan",
    "direncanakan",
    "mengawasi",
    "diawasi",
    "melaporkan",
    "dilaporkan",
    "mengelola",
    "pengelolaan",
    "dikelola",
    "menyusun",
    "penyusunan",
    "disusun",
    "menilai",
    "penilaian",
    "dinilai",
    "meningkatkan",
    "peningkatan",
    "ditingkatkan",
    "efektif",
    "efisien",
    "transparan",
    "akuntabel",
    "responsif"
  };

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path data = Files.createTempDirectory("latih-bench-search");
    try (PayaraProcess server =
        new PayaraProcess(data.resolve("data"), List.of("-Dlatih.content.starter=false"))) {
      server.start();
      Api admin = server.admin();

      long importStart = System.nanoTime();
      List<CourseDocument> corpus = new ArrayList<>();
      for (int c = 0; c < COURSES; c++) {
        CoursePackages pkg = corpusCourse(c);
        Api.Reply reply = admin.postBytes("api/v1/course-packages", "application/zip", pkg.zip());
        if (reply.status() != 200) {
          throw new IllegalStateException("import failed: " + reply);
        }
        admin.patch("api/v1/courses/bench-" + c, "{\"published\":true}");
        corpus.add(document(c, pkg));
        if ((c + 1) % 25 == 0) {
          System.out.printf("imported %d/%d courses%n", c + 1, COURSES);
        }
      }
      double importSeconds = (System.nanoTime() - importStart) / 1e9;

      String nip = Api.newNip();
      admin.post(
          "api/v1/users",
          "{\"nip\":\""
              + nip
              + "\",\"name\":\"Peserta Bench\",\"region\":\"kupang\","
              + "\"password\":\""
              + People.PASSWORD
              + "\"}");
      String token =
          Api.anonymous(server.base())
              .post(
                  "api/v1/auth/tokens",
                  "{\"username\":\"" + nip + "\",\"password\":\"" + People.PASSWORD + "\"}")
              .json()
              .getString("token");

      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(32)).build();
      String base = server.base().toString();
      List<String> searches = queries();
      run(http, base, token, searches, 10, 10); // warm-up
      Latencies[] measured = run(http, base, token, searches, RATE_PER_SECOND, SECONDS);

      long wall = System.nanoTime();
      admin.post("api/v1/search/rebuild", "");
      String state;
      long serverMillis = 0;
      do {
        Thread.sleep(200);
        var progress = admin.get("api/v1/search/rebuild").json();
        state = progress.getString("state");
        if (progress.containsKey("millis")) {
          serverMillis = progress.getJsonNumber("millis").longValue();
        }
      } while ("RUNNING".equals(state));
      double reindexWall = (System.nanoTime() - wall) / 1e9;

      Path raw = Files.createTempDirectory("latih-bench-raw");
      long rawStart = System.nanoTime();
      try (LuceneCourseIndex index = new LuceneCourseIndex(raw)) {
        index.rebuild(corpus.iterator(), corpus.size(), done -> {});
      }
      double rawSeconds = (System.nanoTime() - rawStart) / 1e9;

      Latencies ping = measured[0];
      Latencies search = measured[1];
      System.out.println();
      System.out.printf(
          "corpus: %d courses x %d lessons = %d lessons; import over HTTP %.1f s%n",
          COURSES, LESSONS_PER_COURSE, COURSES * LESSONS_PER_COURSE, importSeconds);
      System.out.printf(
          "steady rate: %d requests/s for %d s, search and no-op interleaved%n",
          RATE_PER_SECOND, SECONDS);
      System.out.println(Latencies.header());
      System.out.println(ping.row("GET /api/v1/ping (no-op)"));
      System.out.println(search.row("GET /api/v1/search"));
      System.out.printf("search p95 / no-op p95: %.2f (goal <= 3)%n", search.p(95) / ping.p(95));
      System.out.printf(
          "full reindex from the database: %.1f s (server %d ms, %s)%n",
          reindexWall, serverMillis, state);
      System.out.printf("raw Lucene indexing of the same text: %.1f s%n", rawSeconds);
      System.out.printf("reindex / raw Lucene: %.2f%n", reindexWall / rawSeconds);
    }
  }

  /** Calls both endpoints at a fixed rate (open loop: a slow answer does not delay the next). */
  private static Latencies[] run(
      HttpClient http, String base, String token, List<String> searches, int rate, int seconds)
      throws InterruptedException {
    Latencies ping = new Latencies();
    Latencies search = new Latencies();
    ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    ExecutorService callers = Executors.newFixedThreadPool(32);
    int total = rate * seconds;
    long periodMicros = 1_000_000L / rate;
    for (int i = 0; i < total; i++) {
      int n = i;
      clock.schedule(
          () ->
              callers.submit(
                  () -> {
                    if (n % 2 == 0) {
                      time(ping, http, base + "api/v1/ping", token);
                    } else {
                      String q = searches.get(n % searches.size());
                      time(
                          search,
                          http,
                          base + "api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                          token);
                    }
                  }),
          i * periodMicros,
          TimeUnit.MICROSECONDS);
    }
    clock.shutdown();
    clock.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    callers.shutdown();
    callers.awaitTermination(120, TimeUnit.SECONDS);
    return new Latencies[] {ping, search};
  }

  private static List<String> queries() {
    Random random = new Random(7);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String first = WORDS[random.nextInt(WORDS.length)];
      out.add(i % 3 == 0 ? first + " " + WORDS[random.nextInt(WORDS.length)] : first);
    }
    return out;
  }

  private static CoursePackages corpusCourse(int c) {
    Random random = new Random(c);
    CoursePackages pkg = new CoursePackages();
    StringBuilder lessons = new StringBuilder();
    for (int l = 0; l < LESSONS_PER_COURSE; l++) {
      String path = "lessons/" + String.format("%03d", l) + "-pelajaran.md";
      lessons.append(l == 0 ? "" : ", ").append('"').append(path).append('"');
      pkg.text(path, "---\ntitle: " + sentence(random, 4) + "\n---\n\n" + paragraph(random));
    }
    pkg.text(
        "manifest.json",
        """
        {"id": "bench-%d", "version": "1.0.0", "title": "Kursus %s",
         "description": "%s", "jp": %d, "competencyType": "%s", "language": "id",
         "tags": ["bench"], "modules": [{"title": "Modul", "lessons": [%s]}]}
        """
            .formatted(
                c,
                sentence(random, 3),
                sentence(random, 12),
                1 + c % 20,
                List.of("manajerial", "sosial-kultural", "teknis").get(c % 3),
                lessons));
    return pkg;
  }

  /** The document the server will build from the same package, for the raw Lucene baseline. */
  private static CourseDocument document(int c, CoursePackages pkg) {
    List<CourseDocument.Part> parts = new ArrayList<>();
    for (var file : pkg.files.entrySet()) {
      if (file.getKey().startsWith("lessons/")) {
        String text = new String(file.getValue(), StandardCharsets.UTF_8);
        String body = text.substring(text.indexOf("---\n\n") + 5);
        String title = text.substring(text.indexOf("title: ") + 7, text.indexOf("\n---\n"));
        parts.add(
            new CourseDocument.Part(
                "lesson", file.getKey(), title, "Modul", MarkdownText.plain(body)));
      }
    }
    return new CourseDocument(
        "bench-" + c,
        "Kursus " + c,
        "",
        List.of("bench"),
        "id",
        "teknis",
        1 + c % 20,
        null,
        true,
        parts);
  }

  private static String sentence(Random random, int words) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  private static String paragraph(Random random) {
    StringBuilder out = new StringBuilder();
    for (int s = 0; s < 10; s++) {
      out.append(sentence(random, 12)).append(". ");
    }
    return out.toString().strip() + "\n";
  }

  private static void time(Latencies log, HttpClient http, String url, String token) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .build();
    long start = System.nanoTime();
    int status;
    try {
      status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    log.add(start, status);
  }
}
