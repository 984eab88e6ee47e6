package org.latih.search.index.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.latih.search.index.control.SearchResult.Hit;
import org.latih.search.index.control.SearchResult.Segment;

/**
 * The course search index in one folder: courses go in whole with {@link #put}, come out with
 * {@link #remove}, and {@link #search} answers with a page of hits, facets and suggestions.
 *
 * <p>Every write is committed and made searchable before it returns, so a published course is found
 * at once and survives a crash; a course is replaced in one {@code updateDocuments} call, so no
 * search sees half of it. Writes are serialised; searches run concurrently and never wait for a
 * write, because each uses the last refreshed point-in-time view. The index is derived data: a
 * missing or damaged index is recreated empty and reported by {@link #needsRebuild()}.
 *
 * <p>Thread-safe. Not a CDI bean: the boundary owns one instance per folder and closes it.
 */
public final class LuceneCourseIndex implements AutoCloseable {

  /** Hits beyond this rank are not paged to: deep pages cost memory, and nobody reads them. */
  static final int MAX_WINDOW = 10_000;

  /** Fewer hits than this and the query is tried again with typo tolerance. */
  private static final int TYPO_FALLBACK_BELOW = 3;

  /** Hits scored exactly before Lucene may skip blocks that cannot reach the top. */
  private static final int EXACT_SCORING_LIMIT = 1_000;

  private final Path dir;
  private final Analyzer analyzer = CourseFields.analyzer();
  private final TextQuery texts = new TextQuery(analyzer);
  private final Suggestions suggestions = new Suggestions();
  private final ReentrantLock writing = new ReentrantLock();
  private final ReentrantReadWriteLock swapping = new ReentrantReadWriteLock();
  private final Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private volatile boolean needsRebuild;
  private boolean closed;

  /**
   * Opens the index in {@code dir}, creating the folder and an empty index when missing, and
   * replacing an index that cannot be read by an empty one.
   *
   * @throws IOException if the folder cannot be created or written, or another process holds the
   *     index open (an index that is merely damaged is recreated, not reported)
   */
  public LuceneCourseIndex(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    boolean healthy = healthy(dir);
    if (!healthy) {
      IndexFiles.wipe(dir);
    }
    directory = FSDirectory.open(dir);
    try {
      openOrRecreate();
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    needsRebuild |= !healthy || writer.getDocStats().numDocs == 0;
  }

  /** Whether {@code dir} holds a readable index whose files pass their checksums. */
  public static boolean healthy(Path dir) {
    return IndexFiles.healthy(dir);
  }

  /**
   * True when the index was missing, empty, or unreadable (and recreated empty) at opening, until a
   * {@link #rebuild} completes: the caller should then feed it every course.
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /** Replaces everything of {@code course}; searchable and durable when this returns. */
  public void put(CourseDocument course) {
    write(() -> writer.updateDocuments(courseTerm(course.code()), LuceneDocuments.of(course)));
  }

  /** Removes the course with {@code courseCode} and its parts; gone from results at once. */
  public void remove(String courseCode) {
    write(() -> writer.deleteDocuments(courseTerm(courseCode)));
  }

  /**
   * Replaces the whole index with {@code all}. Searches keep seeing the previous index until the
   * new one is complete; if the iterator or the disk fails, the previous index stays.
   *
   * @param total the expected number of courses; progress is reported about every 1%
   * @param progress receives the number of courses written so far, and once at the end
   */
  public void rebuild(Iterator<CourseDocument> all, int total, IntConsumer progress) {
    int every = Math.max(1, total / 100);
    write(
        () -> {
          writer.deleteAll();
          int done = 0;
          while (all.hasNext()) {
            writer.addDocuments(LuceneDocuments.of(all.next()));
            if (++done % every == 0) {
              progress.accept(done);
            }
          }
          if (done % every != 0 || done == 0) {
            progress.accept(done);
          }
        });
    needsRebuild = false;
  }

  /**
   * Searches what {@code visibility} may see.
   *
   * @see SearchQuery for the text rules and limits
   * @see SearchResult.Facets for what the facets count
   */
  public SearchResult search(SearchQuery q, Visibility visibility) {
    Query text = texts.build(q.text(), false);
    if (text == null) {
      return SearchResult.empty(q);
    }
    swapping.readLock().lock();
    SearcherManager manager = searchers;
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        SearchResult exact = search(searcher, text, q, visibility);
        if (exact.totalHits() >= TYPO_FALLBACK_BELOW) {
          return exact;
        }
        // typo tolerance only when the words as typed find (almost) nothing
        Query tolerant = texts.build(q.text(), true);
        SearchResult loose = search(searcher, tolerant, q, visibility);
        return loose.totalHits() > exact.totalHits() ? loose : exact;
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed in " + dir, e);
    } finally {
      swapping.readLock().unlock();
    }
  }

  private SearchResult search(IndexSearcher searcher, Query text, SearchQuery q, Visibility v)
      throws IOException {
    Query visible = Filters.visible(text, v).build();
    Query filtered = q.filtered() ? Filters.narrowed(Filters.visible(text, v), q).build() : visible;
    FacetsCollector facets = searcher.search(visible, new FacetsCollectorManager());
    int from = Math.min((q.page() - 1) * q.size(), MAX_WINDOW);
    int to = Math.min(from + q.size(), MAX_WINDOW);
    // Counting every hit exactly while scoring would score every match; with a threshold Lucene
    // skips blocks that cannot reach the top, and the exact total comes from a count without
    // scores (the facet pass already has it when the user set no filter of their own).
    TopDocs top =
        searcher.search(
            filtered, new TopScoreDocCollectorManager(Math.max(1, to), EXACT_SCORING_LIMIT));
    long total = q.filtered() ? searcher.count(filtered) : matches(facets);
    List<String> suggested = total == 0 ? suggest(searcher, q, v) : List.of();
    return new SearchResult(
        total,
        q.page(),
        q.size(),
        hits(searcher, text, top.scoreDocs, from, to),
        FacetCounts.of(facets),
        suggested);
  }

  private static long matches(FacetsCollector facets) {
    return facets.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }

  private List<Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] top, int from, int to)
      throws IOException {
    int end = Math.min(to, top.length);
    if (from >= end) {
      return List.of();
    }
    int[] docIds = new int[end - from];
    for (int i = from; i < end; i++) {
      docIds[i - from] = top[i].doc;
    }
    List<List<Segment>> snippets = new Snippets(searcher, analyzer).of(text, docIds);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Document doc = stored.document(docIds[i]);
      hits.add(
          new Hit(
              doc.get(CourseFields.KIND),
              doc.get(CourseFields.COURSE),
              doc.get(CourseFields.COURSE_TITLE),
              doc.get(CourseFields.KEY),
              doc.get(CourseFields.TITLE),
              doc.get(CourseFields.MODULE_TITLE),
              top[from + i].score,
              snippets.get(i)));
    }
    return hits;
  }

  private List<String> suggest(IndexSearcher searcher, SearchQuery q, Visibility v)
      throws IOException {
    return suggestions.of(
        texts.words(q.text()),
        searcher.getIndexReader(),
        candidate -> {
          Query text = texts.build(candidate, false);
          try {
            return text != null
                && searcher.count(Filters.narrowed(Filters.visible(text, v), q).build()) > 0;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private interface Write {
    void run() throws IOException;
  }

  /** Runs {@code change}, commits and refreshes; on failure restores the last commit. */
  private void write(Write change) {
    writing.lock();
    try {
      change.run();
      writer.commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException | RuntimeException e) {
      recover(e);
      throw e instanceof IOException io
          ? new UncheckedIOException("index write failed", io)
          : (RuntimeException) e;
    } finally {
      writing.unlock();
    }
  }

  /** Rolls back to the last commit; the writer closes on rollback, so a fresh one replaces it. */
  private void recover(Exception cause) {
    swapping.writeLock().lock();
    try {
      writer.rollback();
      searchers.close();
      open();
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    } finally {
      swapping.writeLock().unlock();
    }
  }

  private void openOrRecreate() throws IOException {
    try {
      open();
    } catch (LockObtainFailedException e) {
      throw e; // another process has the index open: not ours to wipe
    } catch (IOException | RuntimeException e) {
      // Damage the checksum pass missed: the index is derived data, start over.
      IndexFiles.wipe(dir);
      open();
      needsRebuild = true;
    }
  }

  private void open() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    writer = new IndexWriter(directory, config);
    try {
      writer.commit(); // so that a new, empty index is a valid index on disk
      searchers = new SearcherManager(writer, null);
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      throw e;
    }
  }

  private static Term courseTerm(String courseCode) {
    return new Term(CourseFields.COURSE, courseCode);
  }

  /** Closes the index; pending nothing, since every write is already committed. */
  @Override
  public void close() {
    writing.lock();
    swapping.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        searchers.close();
        writer.close();
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing the search index in " + dir + " failed", e);
    } finally {
      swapping.writeLock().unlock();
      writing.unlock();
    }
  }
}
