package org.latih.kernel.identity.user.control;

/** A user's password was set, by themselves or by an admin; fired inside that transaction. */
public record PasswordChanged(String username) {}
