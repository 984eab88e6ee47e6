/**
 * Languages: Bahasa Indonesia by default, English as the second, both from message bundles.
 *
 * <p>The kernel bundle ({@code messages.properties}, Indonesian, with {@code messages_en}) holds
 * the texts of problem details. The language is picked from the request's Accept-Language, which
 * the web UI sets from the user's choice.
 */
package org.latih.kernel.i18n;
