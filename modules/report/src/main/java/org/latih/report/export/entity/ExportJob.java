package org.latih.report.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.latih.report.export.api.TableFormat;

/**
 * One background export a person asked for: the filters it was built with, its progress, and its
 * outcome (a file until {@link #expiresAt()}, or the reason it failed). Only its owner ever sees
 * it. One node runs it at a time ({@link #nodeId()}, for try {@link #attempt()}): that node keeps
 * {@code updatedAt} fresh, and a job that goes quiet is given to another node as the next try.
 */
@Entity
@Table(name = "report_export_jobs")
@NamedQuery(
    name = ExportJob.MINE,
    query = "SELECT j FROM ExportJob j WHERE j.ownerId = :owner ORDER BY j.createdAt DESC")
@NamedQuery(
    name = ExportJob.ACTIVE,
    query = "SELECT COUNT(j) FROM ExportJob j WHERE j.ownerId = :owner AND j.state IN :states")
@NamedQuery(name = ExportJob.EXPIRED, query = "SELECT j FROM ExportJob j WHERE j.expiresAt < :now")
@NamedQuery(
    name = ExportJob.STALLED,
    query = "SELECT j FROM ExportJob j WHERE j.state IN :states AND j.updatedAt < :before")
@NamedQuery(
    name = ExportJob.BEAT,
    query =
        "UPDATE ExportJob j SET j.updatedAt = :now WHERE j.nodeId = :node AND j.state IN :states")
public class ExportJob {

  public static final String MINE = "ExportJob.mine";
  public static final String ACTIVE = "ExportJob.active";
  public static final String EXPIRED = "ExportJob.expired";
  public static final String STALLED = "ExportJob.stalled";
  public static final String BEAT = "ExportJob.beat";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "owner_id", nullable = false)
  private Long ownerId;

  @Column(name = "region_id", nullable = false)
  private Long regionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private RawKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private TableFormat format;

  @Column(name = "course_code", length = 80)
  private String courseCode;

  @Column(name = "export_year")
  private Integer year;

  @Column(nullable = false, length = 16)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ExportState state;

  @Column(name = "rows_written", nullable = false)
  private long rowsWritten;

  @Column(name = "rows_total")
  private Long rowsTotal;

  @Column(name = "file_bytes")
  private Long fileBytes;

  @Column(name = "error_key", length = 100)
  private String errorKey;

  @Column(name = "error_detail", length = 500)
  private String errorDetail;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "node_id", length = 40)
  private String nodeId;

  @Column(nullable = false)
  private int attempt;

  protected ExportJob() {}

  /**
   * An export queued on node {@code nodeId}; {@code total} is the row count when known beforehand,
   * else null.
   */
  public ExportJob(
      String nodeId,
      Long ownerId,
      Long regionId,
      RawKind kind,
      TableFormat format,
      String courseCode,
      Integer year,
      String language,
      Long total,
      Instant now,
      Duration keep) {
    this.id = UUID.randomUUID().toString();
    this.nodeId = nodeId;
    this.attempt = 1;
    this.ownerId = ownerId;
    this.regionId = regionId;
    this.kind = kind;
    this.format = format;
    this.courseCode = courseCode;
    this.year = year;
    this.language = language;
    this.rowsTotal = total;
    this.state = ExportState.QUEUED;
    this.createdAt = now;
    this.updatedAt = now;
    this.expiresAt = now.plus(keep);
  }

  /** Whether try {@code attempt} on node {@code node} is still this job's current one. */
  public boolean heldBy(String node, int attempt) {
    return node.equals(nodeId) && this.attempt == attempt;
  }

  /**
   * Starts try {@code attempt} on {@code node} if the job is still queued for exactly that: false
   * when another node took it over meanwhile (then this node must not run it).
   */
  public boolean start(String node, int attempt, Instant now) {
    if (state != ExportState.QUEUED || !heldBy(node, attempt)) {
      return false;
    }
    state = ExportState.RUNNING;
    updatedAt = now;
    return true;
  }

  /** Whether nothing has marked the job fresh since {@code before}. */
  public boolean quietSince(Instant before) {
    return updatedAt.isBefore(before);
  }

  /** The node running the job went quiet: queue the next try on {@code node}, from the start. */
  public void retryOn(String node, Instant now) {
    state = ExportState.QUEUED;
    nodeId = node;
    attempt++;
    rowsWritten = 0;
    updatedAt = now;
  }

  /** Rows written so far; a job that already ended keeps its final figures. */
  public void progress(long rows, Instant now) {
    if (!finished()) {
      rowsWritten = rows;
      updatedAt = now;
    }
  }

  /** The file is complete; it is kept for {@code keep} from now. */
  public void done(long rows, long bytes, Instant now, Duration keep) {
    state = ExportState.DONE;
    rowsWritten = rows;
    fileBytes = bytes;
    finishedAt = now;
    updatedAt = now;
    expiresAt = now.plus(keep);
  }

  /** The export stopped: {@code key} names why in the message bundles, {@code detail} fills it. */
  public void fail(String key, String detail, Instant now) {
    state = ExportState.FAILED;
    errorKey = key;
    errorDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    finishedAt = now;
    updatedAt = now;
  }

  public boolean finished() {
    return state == ExportState.DONE || state == ExportState.FAILED;
  }

  /** Percent done (0-100) while the total is known, else null; 100 only once the file is done. */
  public Integer percent() {
    if (state == ExportState.DONE) {
      return 100;
    }
    if (rowsTotal == null || rowsTotal == 0) {
      return null;
    }
    return (int) Math.min(99, rowsWritten * 100 / rowsTotal);
  }

  public String id() {
    return id;
  }

  public String nodeId() {
    return nodeId;
  }

  public int attempt() {
    return attempt;
  }

  public Long ownerId() {
    return ownerId;
  }

  public Long regionId() {
    return regionId;
  }

  public RawKind kind() {
    return kind;
  }

  public TableFormat format() {
    return format;
  }

  public String courseCode() {
    return courseCode;
  }

  public Integer year() {
    return year;
  }

  public String language() {
    return language;
  }

  public ExportState state() {
    return state;
  }

  public long rowsWritten() {
    return rowsWritten;
  }

  public Long rowsTotal() {
    return rowsTotal;
  }

  public Long fileBytes() {
    return fileBytes;
  }

  public String errorKey() {
    return errorKey;
  }

  public String errorDetail() {
    return errorDetail;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
