/** The evaluation module's messages in Bahasa Indonesia and English. */
package org.latih.evaluation.i18n;
