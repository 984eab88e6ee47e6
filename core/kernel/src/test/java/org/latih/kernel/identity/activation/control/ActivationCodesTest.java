package org.latih.kernel.identity.activation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.latih.kernel.identity.activation.entity.MailNotConfiguredException;
import org.latih.kernel.rest.InvalidInputException;

/** What is refused before anything is read or written (no database here: it would be used). */
class ActivationCodesTest {

  private static ActivationCodes withMail(String host) {
    ActivationCodes codes = new ActivationCodes();
    codes.mailer = new Mailer();
    codes.mailer.host = Optional.ofNullable(host);
    return codes;
  }

  @Test
  void mailAskedForWithoutSmtpIsRefusedBeforeAnyCodeIsMade() {
    for (String host : new String[] {null, " "}) {
      assertFalse(withMail(host).mailer.configured());
      assertThrows(
          MailNotConfiguredException.class,
          () ->
              withMail(host)
                  .issue(null, new ActivationCodes.Selection(List.of(1L), null, null, true)));
    }
  }

  @Test
  void validityIsOneToNinetyDays() {
    for (int days : new int[] {0, -1, 91}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () ->
                  withMail(null)
                      .issue(null, new ActivationCodes.Selection(List.of(1L), null, days, false)));
      assertEquals("days", refused.field());
    }
  }
}
