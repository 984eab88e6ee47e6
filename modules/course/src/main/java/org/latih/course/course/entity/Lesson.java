package org.latih.course.course.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One lesson of an e-learning module, stored as Markdown and as the sanitised HTML shown. */
@Entity
@Table(name = "lessons")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lessons_seq")
  @SequenceGenerator(name = "lessons_seq", sequenceName = "lessons_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "module_id")
  private CourseModule module;

  private int position;

  @Column(name = "lesson_key", nullable = false, length = 100)
  private String key;

  @Column(nullable = false, length = 300)
  private String path;

  @Column(nullable = false, length = 200)
  private String title;

  private Integer minutes;

  @Column(name = "video_url", length = 1000)
  private String videoUrl;

  @Column(nullable = false)
  private String markdown;

  @Column(nullable = false)
  private String html;

  protected Lesson() {}

  Lesson(CourseModule module, int position, LessonText text) {
    this.module = module;
    this.position = position;
    this.key = text.key();
    this.path = text.path();
    this.title = text.title();
    this.minutes = text.minutes();
    this.videoUrl = text.videoUrl();
    this.markdown = text.markdown();
    this.html = text.html();
  }

  public String key() {
    return key;
  }

  public String path() {
    return path;
  }

  public String title() {
    return title;
  }

  public Integer minutes() {
    return minutes;
  }

  public String videoUrl() {
    return videoUrl;
  }

  public String markdown() {
    return markdown;
  }

  public String html() {
    return html;
  }

  public CourseModule module() {
    return module;
  }
}
