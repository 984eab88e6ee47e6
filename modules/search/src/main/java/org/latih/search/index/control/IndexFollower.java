package org.latih.search.index.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.latih.course.content.api.CourseImported;
import org.latih.course.course.api.CourseChanged;

/**
 * Keeps the index in step with the database: once a transaction that imported, changed, published,
 * unpublished or deleted a course has committed, that course is indexed again (or removed) and is
 * searchable at once. A failure here never undoes the change; the admin's rebuild repairs it. While
 * a rebuild is ahead (a new or damaged index, see {@link CourseIndex#rebuildAhead()}) nothing is
 * written: the rebuild will read the change from the database.
 */
@ApplicationScoped
public class IndexFollower {

  private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

  @Inject CourseIndex index;
  @Inject CourseDocuments documents;

  void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseImported event) {
    guarded(
        String.valueOf(event.courseId()),
        () -> {
          String code = documents.codeOf(event.courseId());
          if (code != null) {
            refresh(code);
          }
        });
  }

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseChanged event) {
    if (event.deleted()) {
      guarded(event.code(), () -> index.lucene().remove(event.code()));
    } else {
      refresh(event.code());
    }
  }

  public void refresh(String code) {
    guarded(
        code,
        () ->
            documents
                .load(code)
                .ifPresentOrElse(
                    doc -> index.lucene().put(doc), () -> index.lucene().remove(code)));
  }

  private void guarded(String code, IndexWrite write) {
    if (index.rebuildAhead()) {
      return;
    }
    try {
      write.run();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Search index not updated for course " + code, e);
    }
  }

  private interface IndexWrite {
    void run() throws Exception;
  }
}
