/** Unit indicators (Kirkpatrick level 4): one value per unit kerja, indicator and period. */
package org.latih.evaluation.indicator.entity;
