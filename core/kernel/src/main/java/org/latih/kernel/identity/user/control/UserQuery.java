package org.latih.kernel.identity.user.control;

/**
 * Filters for the user list; every field is optional.
 *
 * @param text part of the name, or the start of the NIP or username
 * @param activated true: only people with a password; false: only those still without one
 */
public record UserQuery(
    String text, String region, String role, Boolean active, Boolean activated) {}
