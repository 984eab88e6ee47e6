package org.latih.kernel.identity.user.entity;

import org.latih.kernel.rest.InvalidInputException;

/** What a person may do. A person can hold several roles; see DESIGN.md for each one's work. */
public enum Role {
  LEARNER,
  INSTRUCTOR,
  REGIONAL_ADMIN,
  EVALUATOR,
  SYSTEM_ADMIN;

  /** Reads a role name as written in CSV files and JSON: case and dashes do not matter. */
  public static Role parse(String text) {
    String normal =
        text == null ? "" : text.strip().toUpperCase().replace('-', '_').replace(' ', '_');
    for (Role role : values()) {
      if (role.name().equals(normal)) {
        return role;
      }
    }
    throw new InvalidInputException("roles", "role.unknown", text);
  }

  /** Whether this role's holder acts for one region only (and so must belong to one). */
  public boolean regional() {
    return this != SYSTEM_ADMIN;
  }
}
