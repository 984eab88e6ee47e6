package org.latih.assessment.question.control;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.TextFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes questions as Moodle XML that {@link MoodleXmlFormat} (and Moodle) reads back to the same
 * content: every Latih type, texts with their format, matching distractors, numeric feedback and
 * catch-alls. Images of the course's attachments that a text shows are embedded again as base64
 * {@code <file>}s referred to by {@code @@PLUGINFILE@@}, as Moodle exports them; an image whose
 * file is gone keeps its working URL.
 */
public final class MoodleXmlExport {

  private static final Pattern REFERENCE = Pattern.compile("@@PLUGINFILE@@/([^\"'<>\\s?#]+)");

  private final Document doc;
  private final Function<String, byte[]> files;
  private final String attachmentPrefix;

  private MoodleXmlExport(Function<String, byte[]> files, String attachmentPrefix) {
    this.files = files;
    this.attachmentPrefix = attachmentPrefix;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      this.doc = f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param files a course file's bytes by attachment name, null when there is none
   * @param courseCode the course whose attachment URLs become embedded files
   */
  public static String write(
      List<ImportedQuestion> questions, Function<String, byte[]> files, String courseCode) {
    MoodleXmlExport x = new MoodleXmlExport(files, QuestionText.attachmentPrefix(courseCode));
    Element quiz = x.doc.createElement("quiz");
    x.doc.appendChild(quiz);
    String category = null;
    for (ImportedQuestion q : questions) {
      if (q.category() != null && !q.category().equals(category)) {
        category = q.category();
        Element c = x.question(quiz, "category");
        x.text(x.add(c, "category"), "$course$/top/" + category);
      }
      x.write(quiz, q);
    }
    return x.serialise();
  }

  private void write(Element quiz, ImportedQuestion iq) {
    QuestionContent c = iq.content();
    Element q =
        question(
            quiz,
            switch (c.type()) {
              case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
              case TRUE_FALSE -> "truefalse";
              case SHORT_ANSWER -> "shortanswer";
              case NUMERIC -> "numerical";
              case MATCHING -> "matching";
              case ESSAY -> "essay";
              case DESCRIPTION -> "description";
              case CLOZE -> "cloze";
            });
    text(add(q, "name"), c.name());
    formatted(
        q,
        "questiontext",
        c.type() == org.latih.assessment.question.entity.QuestionType.CLOZE
            ? MoodleCloze.write(c)
            : c.text(),
        c.format());
    formatted(q, "generalfeedback", c.generalFeedback(), c.format());
    add(q, "defaultgrade").setTextContent(plain(c.defaultMark()));
    add(q, "hidden").setTextContent("0");
    if (iq.idnumber() != null) {
      add(q, "idnumber").setTextContent(iq.idnumber());
    }
    switch (c.type()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        boolean single =
            c.type() == org.latih.assessment.question.entity.QuestionType.SINGLE_CHOICE;
        add(q, "single").setTextContent(String.valueOf(single));
        add(q, "shuffleanswers").setTextContent("true");
        add(q, "answernumbering").setTextContent("abc");
        for (Choice choice : c.choices()) {
          Element a = formatted(q, "answer", choice.text(), c.format());
          a.setAttribute("fraction", percent(choice.fraction()));
          formatted(a, "feedback", choice.feedback(), c.format());
        }
      }
      case TRUE_FALSE -> {
        for (Choice choice : c.choices()) {
          Element a = add(q, "answer");
          a.setAttribute("fraction", percent(choice.fraction()));
          a.setAttribute("format", TextFormat.MOODLE.moodleXml());
          text(a, choice.id()); // "true" / "false", Moodle's words for the two answers
          formatted(a, "feedback", choice.feedback(), c.format());
        }
      }
      case SHORT_ANSWER -> {
        add(q, "usecase").setTextContent("0");
        for (Choice choice : c.choices()) {
          Element a = add(q, "answer");
          a.setAttribute("fraction", percent(choice.fraction()));
          a.setAttribute("format", TextFormat.MOODLE.moodleXml());
          text(a, choice.text());
          formatted(a, "feedback", choice.feedback(), c.format());
        }
      }
      case NUMERIC -> {
        for (NumericAnswer n : c.numbers()) {
          Element a = add(q, "answer");
          a.setAttribute("fraction", percent(n.fraction()));
          a.setAttribute("format", TextFormat.MOODLE.moodleXml());
          text(a, n.any() ? "*" : plain(n.value()));
          formatted(a, "feedback", n.feedback(), c.format());
          add(a, "tolerance").setTextContent(plain(n.tolerance()));
        }
      }
      case MATCHING -> {
        add(q, "shuffleanswers").setTextContent("true");
        for (MatchPair p : c.pairs()) {
          Element sub = formatted(q, "subquestion", p.prompt(), c.format());
          text(add(sub, "answer"), p.answer());
        }
        for (String d : c.distractors()) {
          // Moodle's distractor: a subquestion with an answer and no text
          Element sub = formatted(q, "subquestion", "", c.format());
          text(add(sub, "answer"), d);
        }
      }
      case ESSAY -> {
        add(q, "responseformat").setTextContent("editor");
        add(q, "responserequired").setTextContent("1");
        add(q, "responsefieldlines").setTextContent("10");
      }
      case DESCRIPTION, CLOZE -> {} // a cloze question's answers are in its text
    }
    if (!iq.tags().isEmpty()) {
      Element tags = add(q, "tags");
      iq.tags().forEach(t -> text(add(tags, "tag"), t));
    }
  }

  private Element question(Element quiz, String type) {
    Element q = add(quiz, "question");
    q.setAttribute("type", type);
    return q;
  }

  private Element add(Element parent, String name) {
    Element e = doc.createElement(name);
    parent.appendChild(e);
    return e;
  }

  private void text(Element parent, String value) {
    add(parent, "text").setTextContent(value == null ? "" : value);
  }

  /** An element with a format, its text, and the files that text shows. */
  private Element formatted(Element parent, String name, String value, TextFormat format) {
    Element e = add(parent, name);
    e.setAttribute("format", format.moodleXml());
    if (value == null) {
      text(e, "");
      return e;
    }
    String t = value.replace(attachmentPrefix, MoodleXmlTexts.PLUGINFILE);
    Set<String> embedded = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(t);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name1 = m.group(1);
      byte[] bytes = files.apply(name1);
      if (bytes == null) { // the file is gone: keep the URL that worked, not a dangling reference
        m.appendReplacement(out, Matcher.quoteReplacement(attachmentPrefix + name1));
      } else {
        embedded.add(name1);
        m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
      }
    }
    m.appendTail(out);
    text(e, out.toString());
    for (String file : embedded) {
      Element f = add(e, "file");
      f.setAttribute("name", file);
      f.setAttribute("path", "/");
      f.setAttribute("encoding", "base64");
      f.setTextContent(Base64.getEncoder().encodeToString(files.apply(file)));
    }
    return e;
  }

  private String serialise() {
    try {
      TransformerFactory f = TransformerFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      Transformer t = f.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter out = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fraction as the percentage that reads back to exactly the same double. */
  private static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
