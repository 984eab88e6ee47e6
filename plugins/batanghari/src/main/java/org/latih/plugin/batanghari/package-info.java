/**
 * Kabupaten Batanghari: surveys on material, instructor and facilities, interviews and direct
 * observation, supervision of how learning is applied, and unit performance (productivity, citizen
 * complaints) before and after training.
 */
package org.latih.plugin.batanghari;
