/**
 * Evaluation forms: a region's own questionnaires, contributed by a plugin.
 *
 * <p>To add forms, implement {@link org.latih.api.forms.EvaluationForms}, annotate the class with
 * {@code @org.pf4j.Extension} and return your {@link org.latih.api.forms.FormDefinition}s. The
 * platform stores the answers, decides who sees which form and when (from the form's {@link
 * org.latih.api.forms.Audience} and {@link org.latih.api.forms.Timing}), and renders it; the plugin
 * only describes it.
 *
 * <p>Every record checks itself when constructed and throws {@link IllegalArgumentException} naming
 * the form or item at fault, so a mistake shows in the plugin's own unit tests rather than at
 * upload. Ids are kebab-case ({@code kepuasan-peserta}); give a changed form a higher {@code
 * version} so answers to the old questions stay readable.
 *
 * <p>Build the plugin jar with {@code latih-api} and {@code pf4j} in {@code provided} scope: a jar
 * that bundles its own copy of either is refused.
 *
 * @since 0.1
 */
package org.latih.api.forms;
