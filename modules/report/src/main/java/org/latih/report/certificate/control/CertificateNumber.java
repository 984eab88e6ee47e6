package org.latih.report.certificate.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a certificate's number is written, from the pattern in {@code
 * latih.report.certificate.number-pattern}. Placeholders: {@code {seq}} the sequence number in the
 * region and year, {@code {seq:N}} the same padded with zeros to N digits, {@code {region}} the
 * region's code, {@code {REGION}} the same in capitals, {@code {year}}. Everything else is kept as
 * written, so "{seq:4}/STTPP/{REGION}/{year}" gives "0007/STTPP/KOTA-KUPANG/2026".
 *
 * <p>A pattern without {@code {seq}} would give every certificate the same number, so it is refused
 * when the server starts rather than when the second certificate is issued.
 */
public record CertificateNumber(String pattern) {

  public static final String DEFAULT = "{seq:4}/STTPP/{REGION}/{year}";

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{(seq(?::(\\d{1,2}))?|region|REGION|year)}");

  public CertificateNumber {
    if (pattern == null || !pattern.matches(".*\\{seq(:\\d{1,2})?}.*") || pattern.length() > 80) {
      throw new IllegalArgumentException(
          "latih.report.certificate.number-pattern must contain {seq} (or {seq:N}) and be at most"
              + " 80 characters; it is: "
              + pattern);
    }
  }

  /** The number of the {@code seq}-th certificate of {@code regionCode} in {@code year}. */
  public String format(int seq, String regionCode, int year) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "region" -> regionCode;
            case "REGION" -> regionCode.toUpperCase(Locale.ROOT);
            case "year" -> Integer.toString(year);
            default ->
                m.group(2) == null
                    ? Integer.toString(seq)
                    : String.format(Locale.ROOT, "%0" + Integer.parseInt(m.group(2)) + "d", seq);
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
