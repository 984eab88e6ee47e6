/**
 * The contract between the Latih platform and its plugins.
 *
 * <p>A plugin compiles against this package only (in {@code provided} scope) and never sees JPA,
 * CDI or Payara: the host hands each extension what it needs. The extension points for evaluation
 * forms and reports join this package with the regional plugins; until then it holds the version a
 * plugin declares it requires.
 *
 * @since 0.1
 */
package org.latih.api;
