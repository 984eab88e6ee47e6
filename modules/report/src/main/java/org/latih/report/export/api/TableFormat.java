package org.latih.report.export.api;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.report.export.control.CsvTableWriter;
import org.latih.report.export.control.JsonTableWriter;
import org.latih.report.export.control.PdfTableWriter;
import org.latih.report.export.control.TableWriter;
import org.latih.report.export.control.XlsxTableWriter;

/**
 * The file formats a report's tables stream as, each with its extension and media type. Every
 * writer takes the rows one by one and never holds them all, so the same call writes ten rows or a
 * million: {@code TableFormat.XLSX.write(List.of(table), out, locale)}.
 */
public enum TableFormat {
  CSV("text/csv;charset=UTF-8", new CsvTableWriter()),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new XlsxTableWriter()),
  JSON("application/json", new JsonTableWriter()),
  PDF("application/pdf", new PdfTableWriter());

  private final String mediaType;
  private final TableWriter writer;

  TableFormat(String mediaType, TableWriter writer) {
    this.mediaType = mediaType;
    this.writer = writer;
  }

  /** The format named {@code name} (csv, xlsx, json, pdf; any case), else a 400 naming them. */
  public static TableFormat of(String name) {
    String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "format",
                    "report.export.format",
                    name == null ? "" : name,
                    Arrays.stream(values())
                        .map(TableFormat::extension)
                        .collect(Collectors.joining(", "))));
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  /**
   * Writes {@code tables} to {@code out} in the reader's language and, for CSV, the reader's
   * dialect; {@code out} is flushed but left open.
   */
  public void write(List<? extends Table> tables, OutputStream out, Locale locale) {
    writer.write(tables, out, locale);
  }

  /**
   * As {@link #write(List, OutputStream, Locale)}; a PDF becomes an official document of the
   * region: its kop surat and print date on the first page, its signatory after the last table.
   */
  public void write(
      List<? extends Table> tables, OutputStream out, Locale locale, Letterhead letterhead) {
    writer.write(tables, out, locale, letterhead);
  }
}
