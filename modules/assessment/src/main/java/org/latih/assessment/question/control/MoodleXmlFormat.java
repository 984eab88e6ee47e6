package org.latih.assessment.question.control;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.latih.assessment.question.entity.Choice;
import org.latih.assessment.question.entity.InvalidQuestionException;
import org.latih.assessment.question.entity.MatchPair;
import org.latih.assessment.question.entity.NumericAnswer;
import org.latih.assessment.question.entity.QuestionContent;
import org.latih.assessment.question.entity.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Moodle XML question exports, so a bank built in Moodle can move to Latih.
 *
 * <p>The file comes from outside, so the parser refuses any DOCTYPE and never loads external
 * entities or DTDs (no XXE, no entity expansion bombs). Question types Latih cannot ask the same
 * way (calculated, drag and drop, random, ...) are reported with their line and skipped rather than
 * approximated. Texts are kept as Moodle wrote them (often HTML) with their format, and embedded
 * images come along as files ({@link MoodleXmlTexts}). Blank options are dropped, as Moodle itself
 * drops them when saving.
 */
public final class MoodleXmlFormat {

  private static final String DISALLOW_DOCTYPE =
      "http://apache.org/xml/features/disallow-doctype-decl";

  private static final Set<String> SUPPORTED =
      Set.of(
          "multichoice",
          "truefalse",
          "shortanswer",
          "numerical",
          "matching",
          "essay",
          "description",
          "cloze");

  /** Moodle's calculated types: they evaluate formulas from the file, which Latih never does. */
  private static final Set<String> CALCULATED =
      Set.of("calculated", "calculatedsimple", "calculatedmulti");

  private MoodleXmlFormat() {}

  /** Reads a Moodle XML file; malformed XML is one problem and no questions. */
  public static ImportResult parse(String xml) {
    String s = xml == null ? "" : xml.startsWith("\uFEFF") ? xml.substring(1) : xml;
    Document doc;
    try {
      doc = builder().parse(new InputSource(new StringReader(s)));
    } catch (SAXParseException e) {
      return unreadable(Math.max(0, e.getLineNumber()), s);
    } catch (SAXException | IOException e) {
      return unreadable(0, s);
    }
    List<ImportedQuestion> questions = new ArrayList<>();
    List<ImportProblem> problems = new ArrayList<>();
    Element quiz = doc.getDocumentElement();
    if (!quiz.getTagName().equals("quiz")) {
      problems.add(new SkippedQuestion("moodleXml.notQuiz", quiz.getTagName()).at(1));
      return new ImportResult(questions, problems);
    }
    List<Integer> lines = questionLines(s);
    NodeList all = doc.getElementsByTagName("question");
    String category = null;
    int position = 0;
    // Moodle keeps an ID number unique within its category; two would be one question twice
    Set<String> idnumbers = new java.util.HashSet<>();
    for (int i = 0; i < all.getLength(); i++) {
      Element q = (Element) all.item(i);
      if (q.getParentNode() != quiz) {
        continue;
      }
      int line = i < lines.size() ? lines.get(i) : 0;
      String type = q.getAttribute("type").strip();
      if (type.equals("category")) {
        String path = text(q, "category");
        category = path == null ? null : GiftFormat.category(path);
        continue;
      }
      position++;
      try {
        String idnumber = value(q, "idnumber");
        if (idnumber != null && !idnumbers.add(category + "\n" + idnumber)) {
          throw new SkippedQuestion("moodleXml.duplicateIdnumber", idnumber);
        }
        MoodleXmlTexts texts = new MoodleXmlTexts(label(q), formatted(q, type));
        QuestionContent content = content(q, type, texts).withFormat(texts.format());
        questions.add(
            new ImportedQuestion(
                category, content, line, tags(q), position, idnumber, texts.files()));
      } catch (SkippedQuestion e) {
        problems.add(e.at(line));
      } catch (InvalidQuestionException e) {
        problems.add(ImportProblem.of(line, e.messageKey(), e.args()));
      }
    }
    return new ImportResult(questions, problems);
  }

  private static ImportResult unreadable(int line, String xml) {
    String key = xml.contains("<!DOCTYPE") ? "moodleXml.doctype" : "moodleXml.malformed";
    return new ImportResult(List.of(), List.of(new SkippedQuestion(key).at(line)));
  }

  /**
   * Moodle nests questions a few levels deep; far deeper is an attack on whatever walks the tree.
   */
  static final int MAX_DEPTH = 64;

  /** The JDK parser's depth limit; another parser on the class path may not know it. */
  private static void limitDepth(DocumentBuilderFactory f) {
    try {
      f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
    } catch (IllegalArgumentException unknownToThisParser) {
      // the questions are read by name below, never by recursing through the whole tree
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(DISALLOW_DOCTYPE, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      limitDepth(f);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) throws SAXException {
              throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("XML parser cannot be made safe", e);
    }
  }

  /**
   * The line of every {@code <question>} start tag in document order. DOM keeps no line numbers, so
   * a second, equally locked-down streaming pass finds them; it runs only on a document DOM has
   * already accepted.
   */
  private static List<Integer> questionLines(String xml) {
    List<Integer> lines = new ArrayList<>();
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("question")) {
          lines.add(r.getLocation().getLineNumber());
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      lines.clear();
    }
    return lines;
  }

  /** What a problem calls the question: its name, else the opening of its text. */
  private static String label(Element q) {
    String name = text(q, "name");
    String text = text(q, "questiontext");
    return name != null ? name : text == null ? "" : opening(text);
  }

  /** The question's elements whose text has a format, question text first; blank ones left out. */
  private static List<Element> formatted(Element q, String type) {
    List<Element> all = new ArrayList<>();
    java.util.function.Consumer<Element> add =
        e -> {
          if (e != null && ownText(e) != null) {
            all.add(e);
          }
        };
    add.accept(child(q, "questiontext"));
    add.accept(child(q, "generalfeedback"));
    for (Element a : children(q, "answer")) {
      if (type.equals("multichoice")) {
        add.accept(a); // the other types' answers are values, not texts to show
      }
      add.accept(child(a, "feedback"));
    }
    for (Element sub : children(q, "subquestion")) {
      add.accept(sub);
    }
    return all;
  }

  private static QuestionContent content(Element q, String type, MoodleXmlTexts texts) {
    String name = text(q, "name");
    String label = label(q);
    String text = texts.read(child(q, "questiontext"));
    if (CALCULATED.contains(type)) {
      throw new SkippedQuestion("moodleXml.calculated", label, type);
    }
    if (!SUPPORTED.contains(type)) {
      throw new SkippedQuestion("moodleXml.unsupportedType", label, type);
    }
    String generalFeedback = texts.read(child(q, "generalfeedback"));
    double mark = 1;
    String grade = value(q, "defaultgrade");
    if (grade != null) {
      mark = number(grade, label);
    }
    return switch (type) {
      case "multichoice" -> {
        String single = value(q, "single");
        boolean one = single == null || single.equals("true") || single.equals("1");
        yield new QuestionContent(
            one ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_RESPONSE,
            name,
            text,
            choices(q, label, texts, type.equals("multichoice")),
            null,
            null,
            generalFeedback,
            mark);
      }
      case "shortanswer" ->
          new QuestionContent(
              QuestionType.SHORT_ANSWER,
              name,
              text,
              choices(q, label, texts, type.equals("multichoice")),
              null,
              null,
              generalFeedback,
              mark);
      case "truefalse" ->
          new QuestionContent(
              QuestionType.TRUE_FALSE,
              name,
              text,
              trueFalse(q, label, texts),
              null,
              null,
              generalFeedback,
              mark);
      case "numerical" ->
          new QuestionContent(
              QuestionType.NUMERIC,
              name,
              text,
              null,
              numbers(q, label, texts),
              null,
              generalFeedback,
              mark);
      case "matching" -> {
        List<MatchPair> pairs = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        pairs(q, pairs, distractors, texts);
        yield new QuestionContent(
            QuestionType.MATCHING,
            name,
            text,
            null,
            null,
            pairs,
            generalFeedback,
            mark,
            distractors);
      }
      case "cloze" ->
          MoodleCloze.content(name, text, generalFeedback, grade == null ? null : mark, label);
      case "description" ->
          new QuestionContent(QuestionType.DESCRIPTION, name, text, null, null, null, null, 0);
      case "essay" ->
          new QuestionContent(
              QuestionType.ESSAY, name, text, null, null, null, generalFeedback, mark);
      default -> throw new SkippedQuestion("moodleXml.unsupportedType", label, type);
    };
  }

  /** The first words of a question's text, to name a question that has no name. */
  private static String opening(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
  }

  private static List<Choice> choices(Element q, String name, MoodleXmlTexts texts, boolean shown) {
    List<Choice> choices = new ArrayList<>();
    for (Element a : children(q, "answer")) {
      // a short answer's accepted text is compared with what a learner types: kept as written
      String text = shown ? texts.read(a) : ownText(a);
      if (text == null) {
        continue;
      }
      choices.add(
          new Choice(
              GiftFormat.id(choices.size()),
              text,
              fraction(a, name),
              texts.read(child(a, "feedback"))));
    }
    return choices;
  }

  private static List<Choice> trueFalse(Element q, String name, MoodleXmlTexts texts) {
    Boolean answer = null;
    String rightFeedback = null;
    String wrongFeedback = null;
    int rights = 0;
    List<Element> answers = children(q, "answer");
    for (Element a : answers) {
      String word = String.valueOf(ownText(a)).toLowerCase(Locale.ROOT);
      if (!word.equals("true") && !word.equals("false")) {
        throw new InvalidQuestionException("question.trueFalse", name);
      }
      if (fraction(a, name) > 0) {
        rights++;
        answer = word.equals("true");
        rightFeedback = texts.read(child(a, "feedback"));
      } else {
        wrongFeedback = texts.read(child(a, "feedback"));
      }
    }
    if (answers.size() != 2 || rights != 1) {
      throw new InvalidQuestionException("question.trueFalse", name);
    }
    return QuestionContent.TrueFalse.choices(answer, rightFeedback, wrongFeedback);
  }

  private static List<NumericAnswer> numbers(Element q, String name, MoodleXmlTexts texts) {
    List<NumericAnswer> numbers = new ArrayList<>();
    for (Element a : children(q, "answer")) {
      String value = ownText(a);
      String tolerance = value(a, "tolerance");
      if ("*".equals(value)) {
        numbers.add(NumericAnswer.anyOther(fraction(a, name), texts.read(child(a, "feedback"))));
        continue;
      }
      numbers.add(
          new NumericAnswer(
              number(value, name),
              tolerance == null ? 0 : number(tolerance, name),
              fraction(a, name),
              texts.read(child(a, "feedback"))));
    }
    return numbers;
  }

  /** Subquestions; one with an answer but no text is a distractor, an extra wrong answer. */
  private static void pairs(
      Element q, List<MatchPair> pairs, List<String> distractors, MoodleXmlTexts texts) {
    for (Element sub : children(q, "subquestion")) {
      String prompt = texts.read(sub);
      String answer = text(sub, "answer");
      if (prompt == null && answer != null) {
        distractors.add(answer);
      } else if (prompt != null || answer != null) {
        pairs.add(new MatchPair(prompt, answer));
      }
    }
  }

  private static List<String> tags(Element q) {
    List<String> tags = new ArrayList<>();
    Element list = child(q, "tags");
    if (list != null) {
      for (Element tag : children(list, "tag")) {
        String t = ownText(tag);
        if (t != null && !tags.contains(t)) {
          tags.add(t);
        }
      }
    }
    return tags;
  }

  private static double fraction(Element answer, String name) {
    String f = answer.getAttribute("fraction").strip();
    if (f.isEmpty()) {
      return 0;
    }
    double fraction = Double.NaN;
    try {
      // scaleByPowerOfTen only shifts the scale; movePointLeft would expand "1e999999999"
      // into a BigInteger of a billion digits. An exponent beyond int's range is refused.
      fraction = new BigDecimal(f).scaleByPowerOfTen(-2).doubleValue();
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below, like a fraction too large for a double
    }
    if (!Double.isFinite(fraction)) {
      throw new SkippedQuestion("moodleXml.badNumber", name, f);
    }
    // out of -100..100 is refused by the answer itself, with its own message
    if (Math.abs(fraction) <= 1 && !MoodleFractions.allowed(fraction)) {
      throw new SkippedQuestion("question.badFraction", f);
    }
    return fraction;
  }

  private static double number(String text, String name) {
    String t = text == null ? "" : text.strip();
    try {
      double d = new BigDecimal(t).doubleValue();
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new SkippedQuestion("moodleXml.badNumber", name, t);
  }

  /** The text of {@code <name><text>..</text></name>} and the like, trimmed; null if blank. */
  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : ownText(e);
  }

  /** The {@code <text>} child of an element, trimmed; null if missing or blank. */
  private static String ownText(Element e) {
    return value(e, "text");
  }

  /** The text content of a direct child, trimmed; null if missing or blank. */
  static String value(Element parent, String name) {
    Element e = child(parent, name);
    if (e == null) {
      return null;
    }
    String t = e.getTextContent().strip();
    return t.isEmpty() ? null : t;
  }

  private static Element child(Element parent, String name) {
    List<Element> all = children(parent, name);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
