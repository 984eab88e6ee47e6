/**
 * Kota Kupang: participant surveys and interviews, soft skills, classroom/workshop/e-learning
 * delivery, the long-term impact a supervisor sees 90 days on, and the field-specific content
 * participants ask for.
 */
package org.latih.plugin.kupang;
