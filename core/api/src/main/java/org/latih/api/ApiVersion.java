package org.latih.api;

/**
 * The version of this plugin contract, in {@code major.minor} form.
 *
 * <p>A plugin states the API version it was built for; the host accepts it when the major numbers
 * are equal and the plugin's minor number is not newer than the host's, because minor versions only
 * ever add to the contract.
 *
 * @param major incremented when the contract changes incompatibly
 * @param minor incremented when the contract gains something
 * @since 0.1
 */
public record ApiVersion(int major, int minor) {

  /** The contract this build of the platform implements. */
  public static final ApiVersion CURRENT = new ApiVersion(0, 1);

  public ApiVersion {
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException("API version parts must not be negative");
    }
  }

  /**
   * Reads {@code "1.2"}.
   *
   * @throws IllegalArgumentException naming the text when it is not {@code major.minor}
   */
  public static ApiVersion parse(String text) {
    String[] parts = text == null ? new String[0] : text.trim().split("\\.");
    if (parts.length != 2) {
      throw new IllegalArgumentException(
          "API version must look like 'major.minor' (for example "
              + CURRENT
              + "), not '"
              + text
              + "'");
    }
    try {
      return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "API version must look like 'major.minor' (for example "
              + CURRENT
              + "), not '"
              + text
              + "'");
    }
  }

  /** Whether a host implementing this version can run a plugin built for {@code required}. */
  public boolean satisfies(ApiVersion required) {
    return major == required.major && minor >= required.minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
