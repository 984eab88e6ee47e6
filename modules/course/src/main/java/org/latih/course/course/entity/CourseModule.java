package org.latih.course.course.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.latih.course.course.api.Course;

/** An e-learning module (modul): a titled group of lessons inside a course, in order. */
@Entity
@Table(name = "course_modules")
public class CourseModule {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_modules_seq")
  @SequenceGenerator(
      name = "course_modules_seq",
      sequenceName = "course_modules_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Lesson> lessons = new ArrayList<>();

  protected CourseModule() {}

  public CourseModule(Course course, int position, String title) {
    this.course = course;
    this.position = position;
    this.title = title;
  }

  public Lesson addLesson(LessonText text) {
    Lesson lesson = new Lesson(this, lessons.size() + 1, text);
    lessons.add(lesson);
    return lesson;
  }

  public String title() {
    return title;
  }

  public int position() {
    return position;
  }

  public List<Lesson> lessons() {
    return List.copyOf(lessons);
  }
}
