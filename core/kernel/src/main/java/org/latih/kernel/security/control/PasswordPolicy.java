package org.latih.kernel.security.control;

import java.util.Locale;
import org.latih.kernel.rest.InvalidInputException;

/** What a new password must be: long enough to resist guessing, and not the username itself. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static char[] check(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      throw new InvalidInputException("password", "password.length", MIN_LENGTH, MAX_LENGTH);
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException("password", "password.containsUsername");
    }
    return password.toCharArray();
  }
}
