/** The check every message bundle must pass: the same keys in both languages, texts that format. */
package org.latih.testing.i18n;
