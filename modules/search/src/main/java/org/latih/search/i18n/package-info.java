/** The search module's messages in Bahasa Indonesia and English. */
package org.latih.search.i18n;
