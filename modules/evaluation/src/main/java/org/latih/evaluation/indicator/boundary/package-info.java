/** The unit indicators API of a region. */
package org.latih.evaluation.indicator.boundary;
