package org.latih.report.export.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.Letterheads;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.report.export.api.Table;
import org.latih.report.export.api.TableFormat;

/**
 * A report's tables as a download in the format asked for (CSV when none is named), streamed as
 * they are written; a PDF is an official document of the region, under its kop surat.
 */
@ApplicationScoped
public class TableFiles {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject Instance<Letterheads> letterheads;

  public Response download(
      String name, String format, Region region, List<? extends Table> tables, Locale locale) {
    TableFormat chosen =
        format == null || format.isBlank() ? TableFormat.CSV : TableFormat.of(format);
    Letterhead letterhead =
        chosen != TableFormat.PDF || region == null || letterheads.isUnsatisfied()
            ? null
            : letterheads.get().orFallback(region.id(), region.name());
    StreamingOutput body = out -> chosen.write(tables, out, locale, letterhead);
    return Response.ok(body, chosen.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + chosen.extension() + "\"")
        .build();
  }
}
