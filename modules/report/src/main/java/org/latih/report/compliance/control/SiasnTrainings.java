package org.latih.report.compliance.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.report.export.api.Table;

/**
 * The trainings a region's ASN were credited JP for in a year, one row per person and training, in
 * the shape the national civil-service system (SIASN) records a training: name, NIP, training name,
 * type, start and end dates, JP and certificate number (README, "JP compliance and SIASN"). Read as
 * a stream in one statement, so a region of any size exports in flat memory.
 */
@ApplicationScoped
@Transactional
public class SiasnTrainings {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final List<String> COLUMNS =
      List.of("name", "nip", "training", "type", "startsOn", "endsOn", "jp", "certificate");

  @PersistenceContext EntityManager em;

  /** The table of {@code region}'s (all regions' when null) credited trainings of {@code year}. */
  public Table of(Region region, int year, Locale locale) {
    List<String> headings = new ArrayList<>();
    COLUMNS.forEach(c -> headings.add(Messages.text(locale, "report.column.siasn." + c)));
    return Table.of(
        Messages.text(locale, "report.table.siasn", year),
        headings,
        row -> each(region, year, locale, row));
  }

  /** One fact of the person's valid certificate of the course, as a scalar subquery. */
  private static String certificate(String field) {
    return " (SELECT MAX(k."
        + field
        + ") FROM Certificate k WHERE k.userId = u.id AND k.courseId = c.id"
        + " AND k.revokedAt IS NULL)";
  }

  void each(Region region, int year, Locale locale, Consumer<List<Object>> row) {
    // a certificate is issued when first asked for: a training without one has an empty number
    var query =
        em.createQuery(
                // the certificate's facts by subqueries: EclipseLink wrote a LEFT JOIN ... ON
                // beside these joins into SQL that named a table before its FROM had it
                "SELECT u.name, u.nip.value, c.title, c.competencyType,"
                    + certificate("startsOn")
                    + ","
                    + certificate("endsOn")
                    + ", j.creditedAt, j.jp,"
                    + certificate("number")
                    + " FROM JpCredit j JOIN j.user u JOIN j.course c"
                    + " WHERE j.year = :year"
                    + (region == null ? "" : " AND u.region.id = :region")
                    + " ORDER BY u.name, u.id, j.creditedAt",
                Object[].class)
            .setParameter("year", year)
            .setHint("eclipselink.jdbc.fetch-size", 1000);
    if (region != null) {
      query.setParameter("region", region.id());
    }
    query
        .getResultStream()
        .forEach(
            r ->
                row.accept(
                    Arrays.asList(
                        r[0],
                        r[1],
                        r[2],
                        r[3] == null ? null : Messages.text(locale, "report.competency." + r[3]),
                        r[4],
                        r[5] != null ? r[5] : LocalDate.ofInstant((Instant) r[6], WIB),
                        r[7],
                        r[8])));
  }
}
