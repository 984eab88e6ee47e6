package org.latih.search.index.control;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link CourseDocument} into Lucene documents: one for the course itself and one per
 * lesson or attachment. Every document repeats the course's filter fields, so visibility and
 * filters are plain term filters on the hit itself, with no join at query time.
 */
final class LuceneDocuments {

  /** Body text with offsets in the postings, so snippets need no re-analysis of long texts. */
  private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

  static {
    BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY.freeze();
  }

  private LuceneDocuments() {}

  static List<Document> of(CourseDocument course) {
    List<Document> documents = new ArrayList<>(1 + course.parts().size());
    Document main = common(course, "course");
    text(main, course.language(), course.title(), course.description());
    main.add(new StoredField(CourseFields.TITLE, course.title()));
    for (String tag : course.tags()) {
      main.add(new TextField(CourseFields.tags(course.language()), tag, Field.Store.NO));
      main.add(new TextField(CourseFields.SPELL, tag, Field.Store.NO));
    }
    documents.add(main);
    for (CourseDocument.Part part : course.parts()) {
      Document document = common(course, part.kind());
      document.add(new StoredField(CourseFields.KEY, part.key()));
      document.add(new StoredField(CourseFields.TITLE, part.title()));
      if (part.moduleTitle() != null) {
        document.add(new StoredField(CourseFields.MODULE_TITLE, part.moduleTitle()));
      }
      text(document, course.language(), part.title(), part.text());
      documents.add(document);
    }
    return documents;
  }

  private static void text(Document document, String language, String title, String body) {
    document.add(new TextField(CourseFields.title(language), title, Field.Store.NO));
    document.add(new Field(CourseFields.body(language), body, BODY));
    document.add(new TextField(CourseFields.SPELL, title, Field.Store.NO));
    document.add(new TextField(CourseFields.SPELL, body, Field.Store.NO));
  }

  private static Document common(CourseDocument course, String kind) {
    Document document = new Document();
    document.add(new StringField(CourseFields.KIND, kind, Field.Store.YES));
    keyword(document, CourseFields.COURSE, course.code());
    document.add(new StoredField(CourseFields.COURSE_TITLE, course.title()));
    keyword(document, CourseFields.REGION, regionOf(course));
    if (course.competencyType() != null) {
      keyword(document, CourseFields.COMPETENCY, course.competencyType());
    }
    document.add(
        new StringField(
            CourseFields.PUBLISHED, String.valueOf(course.published()), Field.Store.NO));
    document.add(new IntPoint(CourseFields.JP, course.jp()));
    document.add(new NumericDocValuesField(CourseFields.JP, course.jp()));
    return document;
  }

  /** Indexed for filters, with doc values for facet counting. */
  private static void keyword(Document document, String field, String value) {
    document.add(new StringField(field, value, Field.Store.YES));
    document.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  static String regionOf(CourseDocument course) {
    return course.region() == null ? CourseFields.SHARED : course.region();
  }
}
