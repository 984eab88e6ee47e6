/**
 * What other modules may know of the evaluation forms: the scale items (Likert and rating) of the
 * participants' forms, by aspect, which the report module averages as reaction scores (Kirkpatrick
 * level 1).
 */
package org.latih.evaluation.form.api;
