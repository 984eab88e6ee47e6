package org.latih.kernel.identity.user.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Nomor Induk Pegawai: the 18-digit number that identifies a civil servant.
 *
 * <p>Its digits encode birth date (yyyyMMdd), appointment month (yyyyMM), gender (1 male, 2 female)
 * and a sequence number. A NIP that fails any part is refused with a message that names the part,
 * because a typo in an imported spreadsheet is the usual cause.
 */
@Embeddable
public class Nip {

  @Column(name = "nip", length = 18)
  private String value;

  protected Nip() {}

  private Nip(String value) {
    this.value = value;
  }

  public static Nip of(String text) {
    String digits = text == null ? "" : text.replaceAll("[\\s.\\-]", "");
    if (!digits.matches("\\d{18}")) {
      throw new InvalidInputException(
          "nip", "nip.format", text == null ? "" : text, digits.length());
    }
    LocalDate birth;
    try {
      birth = LocalDate.of(num(digits, 0, 4), num(digits, 4, 6), num(digits, 6, 8));
    } catch (DateTimeException e) {
      throw new InvalidInputException("nip", "nip.birthDate", digits.substring(0, 8));
    }
    if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
      throw new InvalidInputException("nip", "nip.birthDate", digits.substring(0, 8));
    }
    int appointmentMonth = num(digits, 12, 14);
    if (appointmentMonth < 1 || appointmentMonth > 12) {
      throw new InvalidInputException("nip", "nip.appointment", digits.substring(8, 14));
    }
    YearMonth appointment = YearMonth.of(num(digits, 8, 12), appointmentMonth);
    if (appointment.isBefore(YearMonth.from(birth)) || appointment.isAfter(YearMonth.now())) {
      throw new InvalidInputException("nip", "nip.appointment", digits.substring(8, 14));
    }
    char gender = digits.charAt(14);
    if (gender != '1' && gender != '2') {
      throw new InvalidInputException("nip", "nip.gender", String.valueOf(gender));
    }
    return new Nip(digits);
  }

  private static int num(String digits, int from, int to) {
    return Integer.parseInt(digits.substring(from, to));
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return LocalDate.of(num(value, 0, 4), num(value, 4, 6), num(value, 6, 8));
  }

  public YearMonth appointment() {
    return YearMonth.of(num(value, 8, 12), num(value, 12, 14));
  }

  public boolean female() {
    return value.charAt(14) == '2';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Nip other && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
