package org.latih.evaluation.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.latih.api.reports.Chart;
import org.latih.api.reports.KeyFigure;
import org.latih.api.reports.Report;
import org.latih.api.reports.Table;

/**
 * The report as an Excel workbook: a summary sheet (title, header line, key figures, narrative),
 * then one sheet per table and per chart's data, each with a bold header row; cells that show a
 * number are numbers, percentages stored as fractions with a percent format.
 *
 * <p>Written by hand as SpreadsheetML (a zip of a few XML parts with inline strings) rather than
 * with Apache POI: these workbooks need nothing but text, numbers and bold, and POI with its XML
 * beans adds some 15 MB of jars to a WAR that runs on Payara Micro.
 */
final class XlsxReport implements ReportRenderer {

  // cellXfs of styles.xml, by position
  private static final int BOLD = 1;
  private static final int PERCENT = 2;
  private static final int PERCENT_DECIMALS = 3;

  /** One sheet's rows; a null cell is left out. */
  private record Sheet(String name, List<Row> rows) {}

  private record Row(List<String> cells, boolean bold) {}

  @Override
  public byte[] render(Report report, ExportHeader header) {
    Contents contents = Contents.of(report);
    SheetNames names = new SheetNames();
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(summary(contents, header, names));
    int n = 0;
    for (Table table : contents.tables()) {
      n++;
      sheets.add(
          sheet(
              table, names.next(table.title(), header.word("evaluation.export.table") + " " + n)));
    }
    n = 0;
    for (Chart chart : contents.charts()) {
      n++;
      Table data = ChartTable.of(chart, header.word("evaluation.export.label"));
      sheets.add(
          sheet(data, names.next(data.title(), header.word("evaluation.export.chart") + " " + n)));
    }
    return zip(sheets);
  }

  private static Sheet summary(Contents contents, ExportHeader header, SheetNames names) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(List.of(contents.title()), true));
    rows.add(new Row(List.of(header.line()), false));
    if (!contents.keyFigures().isEmpty()) {
      rows.add(new Row(List.of(), false));
      rows.add(new Row(List.of(header.word("evaluation.export.keyFigures")), true));
      rows.add(
          new Row(
              List.of(
                  header.word("evaluation.export.label"),
                  header.word("evaluation.export.value"),
                  header.word("evaluation.export.unit")),
              true));
      for (KeyFigure f : contents.keyFigures()) {
        rows.add(
            new Row(
                List.of(
                    Contents.text(f.label()), Contents.text(f.value()), Contents.text(f.unit())),
                false));
      }
    }
    if (!contents.narrative().isEmpty()) {
      rows.add(new Row(List.of(), false));
      rows.add(new Row(List.of(header.word("evaluation.export.narrative")), true));
      contents.narrative().forEach(p -> rows.add(new Row(List.of(p), false)));
    }
    return new Sheet(names.next(header.word("evaluation.export.summary"), "Ringkasan"), rows);
  }

  private static Sheet sheet(Table table, String name) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(table.columns(), true));
    table.rows().forEach(r -> rows.add(new Row(r, false)));
    return new Sheet(name, rows);
  }

  private static byte[] zip(List<Sheet> sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      StringBuilder types =
          new StringBuilder(
              "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                  + "<Default Extension=\"rels\""
                  + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                  + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                  + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                  + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                  + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
      StringBuilder workbook =
          new StringBuilder(
              "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                  + " xmlns:r=\""
                  + RELATIONSHIPS
                  + "\"><sheets>");
      StringBuilder workbookRels =
          new StringBuilder("<Relationships xmlns=\"" + PACKAGE_RELS + "\">");
      for (int i = 1; i <= sheets.size(); i++) {
        types.append(
            "<Override PartName=\"/xl/worksheets/sheet"
                + i
                + ".xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        workbook.append(
            "<sheet name=\""
                + Xml.escape(sheets.get(i - 1).name())
                + "\" sheetId=\""
                + i
                + "\" r:id=\"rId"
                + i
                + "\"/>");
        workbookRels.append(
            "<Relationship Id=\"rId"
                + i
                + "\" Type=\""
                + RELATIONSHIPS
                + "/worksheet\" Target=\"worksheets/sheet"
                + i
                + ".xml\"/>");
      }
      workbookRels.append(
          "<Relationship Id=\"rId"
              + (sheets.size() + 1)
              + "\" Type=\""
              + RELATIONSHIPS
              + "/styles\" Target=\"styles.xml\"/></Relationships>");
      put(zip, "[Content_Types].xml", types.append("</Types>"));
      put(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + PACKAGE_RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + RELATIONSHIPS
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>"));
      put(zip, "xl/_rels/workbook.xml.rels", workbookRels);
      put(zip, "xl/styles.xml", STYLES);
      for (int i = 1; i <= sheets.size(); i++) {
        put(zip, "xl/worksheets/sheet" + i + ".xml", worksheet(sheets.get(i - 1)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static CharSequence worksheet(Sheet sheet) {
    int columns = sheet.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    StringBuilder xml =
        new StringBuilder(
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    if (columns > 0) {
      xml.append("<cols>");
      for (int c = 0; c < columns; c++) {
        xml.append("<col min=\"")
            .append(c + 1)
            .append("\" max=\"")
            .append(c + 1)
            .append("\" width=\"")
            .append(width(sheet, c))
            .append("\" customWidth=\"1\"/>");
      }
      xml.append("</cols>");
    }
    xml.append("<sheetData>");
    for (int r = 0; r < sheet.rows().size(); r++) {
      Row row = sheet.rows().get(r);
      xml.append("<row r=\"").append(r + 1).append("\">");
      for (int c = 0; c < row.cells().size(); c++) {
        cell(xml, reference(c, r + 1), row.cells().get(c), row.bold());
      }
      xml.append("</row>");
    }
    return xml.append("</sheetData></worksheet>");
  }

  private static void cell(StringBuilder xml, String ref, String text, boolean bold) {
    if (text == null || text.isEmpty()) {
      return;
    }
    var number = bold ? java.util.Optional.<NumberText.Parsed>empty() : NumberText.parse(text);
    if (number.isPresent()) {
      NumberText.Parsed n = number.get();
      xml.append("<c r=\"").append(ref).append('"');
      if (n.percent()) {
        xml.append(" s=\"").append(n.fraction() ? PERCENT_DECIMALS : PERCENT).append('"');
      }
      xml.append("><v>").append(n.value()).append("</v></c>");
      return;
    }
    xml.append("<c r=\"").append(ref).append('"');
    if (bold) {
      xml.append(" s=\"").append(BOLD).append('"');
    }
    xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        .append(Xml.escape(text))
        .append("</t></is></c>");
  }

  /** A1-style reference: column 0 is A, 26 is AA. */
  static String reference(int column, int row) {
    StringBuilder letters = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      letters.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return letters.toString() + row;
  }

  /** Wide enough for the longest cell of the column, within reason; long texts wrap in Excel. */
  private static int width(Sheet sheet, int column) {
    int longest =
        sheet.rows().stream()
            .filter(r -> column < r.cells().size() && r.cells().get(column) != null)
            .mapToInt(r -> r.cells().get(column).length())
            .max()
            .orElse(8);
    return Math.max(8, Math.min(60, longest + 2));
  }

  private static void put(ZipOutputStream zip, String name, CharSequence xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(
        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml)
            .getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String PACKAGE_RELS =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  // fonts: 0 regular, 1 bold; cellXfs: 0 general, 1 bold, 2 whole percent (9), 3 percent (10)
  private static final String STYLES =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
          + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "</borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs>"
          + "<cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyFont=\"1\"/>"
          + "<xf numFmtId=\"9\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
          + " applyNumberFormat=\"1\"/>"
          + "</cellXfs>"
          + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
          + "</cellStyles></styleSheet>";
}
