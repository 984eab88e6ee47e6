/**
 * Helpers the Latih plugins share: builders for form items and the outcome rows narrowed to a
 * report request, with the numbers and Indonesian formatting reports need. The shared build copies
 * this package into each plugin jar, because plugins run in class loaders of their own.
 */
package org.latih.plugin.support;
