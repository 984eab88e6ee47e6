package org.latih.report.letterhead.entity;

import java.util.ArrayList;
import java.util.List;
import org.latih.kernel.identity.user.entity.Nip;
import org.latih.kernel.rest.DomainException.FieldProblem;
import org.latih.kernel.rest.InvalidInputException;

/**
 * The text of a letterhead as an admin types it, checked together so every wrong field is named at
 * once. The signatory is optional as a whole; once named, the NIP must be a valid one.
 */
public record LetterheadDetails(
    String agency,
    List<String> addressLines,
    String signatoryName,
    String signatoryNip,
    String signatoryJabatan,
    String signatoryPlace) {

  static final int MAX_LINES = 4;

  public LetterheadDetails {
    List<FieldProblem> problems = new ArrayList<>();
    agency = trimmed(agency);
    if (agency == null) {
      problems.add(new FieldProblem("agency", "letterhead.agency"));
    } else if (agency.length() > 200) {
      problems.add(new FieldProblem("agency", "letterhead.tooLong", 200));
    }
    List<String> lines = new ArrayList<>();
    for (String line : addressLines == null ? List.<String>of() : addressLines) {
      String kept = trimmed(line);
      if (kept != null) {
        lines.add(kept);
      }
    }
    if (lines.size() > MAX_LINES || lines.stream().anyMatch(l -> l.length() > 200)) {
      problems.add(new FieldProblem("addressLines", "letterhead.address", MAX_LINES, 200));
    }
    addressLines = List.copyOf(lines);
    signatoryName = trimmed(signatoryName);
    signatoryNip = trimmed(signatoryNip);
    signatoryJabatan = trimmed(signatoryJabatan);
    signatoryPlace = trimmed(signatoryPlace);
    boolean anySignatory =
        signatoryNip != null || signatoryJabatan != null || signatoryPlace != null;
    if (signatoryName == null && anySignatory) {
      problems.add(new FieldProblem("signatoryName", "letterhead.signatoryName"));
    }
    if (signatoryNip != null) {
      try {
        signatoryNip = Nip.of(signatoryNip).value();
      } catch (InvalidInputException e) {
        problems.add(new FieldProblem("signatoryNip", e.messageKey(), e.args()));
      }
    }
    for (String[] field :
        new String[][] {
          {"signatoryName", signatoryName},
          {"signatoryJabatan", signatoryJabatan},
          {"signatoryPlace", signatoryPlace}
        }) {
      if (field[1] != null && field[1].length() > (field[0].equals("signatoryPlace") ? 100 : 200)) {
        problems.add(
            new FieldProblem(
                field[0], "letterhead.tooLong", field[0].equals("signatoryPlace") ? 100 : 200));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private static String trimmed(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
