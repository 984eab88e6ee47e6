package org.latih.kernel.identity.user.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * Who a civil servant is at work: name, contact, instansi, unit kerja, jabatan and golongan.
 * Checked as a whole so a form or CSV row learns about every wrong field at once.
 */
public record Profile(
    String name, String email, String instansi, String unitKerja, String jabatan, String golongan) {

  private static final int MAX = 200;

  public Profile {
    name = clean(name);
    email = clean(email);
    instansi = clean(instansi);
    unitKerja = clean(unitKerja);
    jabatan = clean(jabatan);
    golongan = normaliseGolongan(clean(golongan));
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null) {
      problems.add(new FieldProblem("name", "field.required", "name"));
    }
    if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(new FieldProblem("email", "email.format", email));
    }
    if (golongan != null && !golongan.matches("(I|II|III|IV)/[a-e]|[IVX]{1,5}")) {
      problems.add(new FieldProblem("golongan", "golongan.format", golongan));
    }
    checkLength("name", name, problems);
    checkLength("instansi", instansi, problems);
    checkLength("unitKerja", unitKerja, problems);
    checkLength("jabatan", jabatan, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** This profile with each non-null argument replacing the current value. */
  public Profile with(
      String name,
      String email,
      String instansi,
      String unitKerja,
      String jabatan,
      String golongan) {
    return new Profile(
        name != null ? name : this.name,
        email != null ? email : this.email,
        instansi != null ? instansi : this.instansi,
        unitKerja != null ? unitKerja : this.unitKerja,
        jabatan != null ? jabatan : this.jabatan,
        golongan != null ? golongan : this.golongan);
  }

  private static void checkLength(String field, String value, List<FieldProblem> problems) {
    if (value != null && value.length() > MAX) {
      problems.add(new FieldProblem(field, "field.tooLong", field, MAX));
    }
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** "iii/A" and "III / a" both mean III/a: golongan as PNS write it (PPPK use I-XVII). */
  private static String normaliseGolongan(String value) {
    if (value == null) {
      return null;
    }
    String compact = value.replace(" ", "");
    int slash = compact.indexOf('/');
    if (slash < 0) {
      return compact.toUpperCase(Locale.ROOT);
    }
    return compact.substring(0, slash).toUpperCase(Locale.ROOT)
        + "/"
        + compact.substring(slash + 1).toLowerCase(Locale.ROOT);
  }
}
