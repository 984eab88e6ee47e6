/**
 * The contract between the Latih platform and its plugins.
 *
 * <p>A plugin compiles against this package only (in {@code provided} scope) and never sees JPA,
 * CDI or Payara: the host hands each extension what it needs. The extension points live in {@link
 * org.latih.api.forms} (evaluation forms) and {@link org.latih.api.reports} (reports); this package
 * holds the version a plugin declares it requires ({@code Plugin-Requires} in its manifest).
 *
 * @since 0.1
 */
package org.latih.api;
