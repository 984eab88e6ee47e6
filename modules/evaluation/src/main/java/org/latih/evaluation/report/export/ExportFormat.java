package org.latih.evaluation.report.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.latih.api.reports.Report;
import org.latih.kernel.rest.InvalidInputException;

/** The file formats a report downloads as, each with its extension, media type and renderer. */
public enum ExportFormat {
  PDF("application/pdf", new PdfReport()),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new XlsxReport()),
  CSV("text/csv;charset=UTF-8", new CsvReport());

  private final String mediaType;
  private final ReportRenderer renderer;

  ExportFormat(String mediaType, ReportRenderer renderer) {
    this.mediaType = mediaType;
    this.renderer = renderer;
  }

  /** The format named {@code name} (pdf, xlsx, csv; any case), else a 400 naming them. */
  public static ExportFormat of(String name) {
    String wanted = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "format",
                    "evaluation.exportFormat",
                    name == null ? "" : name,
                    Arrays.stream(values())
                        .map(ExportFormat::extension)
                        .collect(Collectors.joining(", "))));
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] render(Report report, ExportHeader header) {
    return renderer.render(report, header);
  }
}
