/** REST access to regions under {@code /api/v1/regions}. */
package org.latih.kernel.identity.region.boundary;
