package org.latih.search.index.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.latih.course.content.api.CourseImported;
import org.latih.course.course.api.CourseChanged;
import org.latih.kernel.cluster.control.ChangeArrived;
import org.latih.kernel.cluster.control.ChangeLog;
import org.latih.kernel.cluster.control.FeedReset;
import org.latih.search.index.control.Reindex.Progress;

/**
 * Keeps every node's index in step, through the change feed: a course change is announced in the
 * transaction that made it, and each node re-indexes that course from the database when the change
 * reaches it (the node that made it already did, at commit: {@link IndexFollower}; doing it again
 * is harmless). An admin's rebuild is announced too, so every node rebuilds its own index; a node
 * with no record of what it applied rebuilds at start.
 */
@ApplicationScoped
public class CourseFeed {

  @Inject ChangeLog changes;
  @Inject CourseDocuments documents;
  @Inject IndexFollower follower;
  @Inject Reindex reindex;

  void imported(@Observes CourseImported event) {
    String code = documents.codeOf(event.courseId());
    if (code != null) {
      changes.record(ChangeLog.COURSE, code, null);
    }
  }

  void changed(@Observes CourseChanged event) {
    changes.record(ChangeLog.COURSE, event.code(), null);
  }

  /** Starts a rebuild here and has every other node rebuild its own index. */
  @Transactional
  public Progress rebuildEverywhere() {
    Progress started = reindex.start();
    changes.record(ChangeLog.SEARCH_REBUILD, "courses", null);
    return started;
  }

  void arrived(@Observes ChangeArrived change) {
    if (change.is(ChangeLog.COURSE)) {
      follower.refresh(change.key());
    } else if (change.is(ChangeLog.SEARCH_REBUILD) && !change.local()) {
      rebuildUnlessRunning();
    }
  }

  void reset(@Observes FeedReset reset) {
    rebuildUnlessRunning();
  }

  private void rebuildUnlessRunning() {
    try {
      reindex.start();
    } catch (RebuildRunningException alreadyRunning) {
      // the rebuild under way reads the database after this change was committed
    }
  }
}
