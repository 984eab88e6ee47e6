/** The assessment module's messages in Bahasa Indonesia and English. */
package org.latih.assessment.i18n;
