/**
 * Helpers the Latih plugins share: builders for form items, the outcome rows narrowed to a report
 * request with the numbers reports need, and {@link org.latih.plugin.support.Texts}, a plugin's
 * report texts in the reader's language from its own bundles. The shared build copies this package
 * into each plugin jar, because plugins run in class loaders of their own.
 */
package org.latih.plugin.support;
