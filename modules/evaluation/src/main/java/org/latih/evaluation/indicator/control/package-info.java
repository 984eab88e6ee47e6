/**
 * Recording, listing and importing a region's unit indicators; {@link
 * org.latih.evaluation.indicator.control.IndicatorEntry} checks one value as an admin gives it.
 */
package org.latih.evaluation.indicator.control;
