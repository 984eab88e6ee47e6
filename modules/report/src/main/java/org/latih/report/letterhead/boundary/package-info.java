/** REST: reading and changing a region's letterhead and its logo. */
package org.latih.report.letterhead.boundary;
