package org.latih.course.course.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.latih.course.course.api.AttachedFile;
import org.latih.course.course.api.Course;

/**
 * A file a course carries (PDF, image, office document). Kept in the database with the course, so
 * every application node serves it and a backup of the database is a backup of the content.
 */
@Entity
@Table(name = "course_attachments")
@NamedQuery(
    name = Attachment.BY_NAME,
    query = "SELECT a FROM Attachment a WHERE a.course.code = :code AND a.name = :name")
public class Attachment implements AttachedFile {

  public static final String BY_NAME = "Attachment.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_attachments_seq")
  @SequenceGenerator(
      name = "course_attachments_seq",
      sequenceName = "course_attachments_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @Column(nullable = false, length = 300)
  private String name;

  @Column(name = "content_type", nullable = false, length = 120)
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] bytes;

  protected Attachment() {}

  public Attachment(Course course, String name, String contentType, byte[] bytes) {
    this.course = course;
    this.name = name;
    this.contentType = contentType;
    this.size = bytes.length;
    this.bytes = bytes.clone();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
