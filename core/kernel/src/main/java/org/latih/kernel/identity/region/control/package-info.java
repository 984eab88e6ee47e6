/** Region look-ups shared by every feature that scopes data by region. */
package org.latih.kernel.identity.region.control;
