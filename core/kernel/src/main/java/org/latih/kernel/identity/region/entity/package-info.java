/** Regions (kabupaten, kota, provinsi): the unit that scopes data and administration. */
package org.latih.kernel.identity.region.entity;
