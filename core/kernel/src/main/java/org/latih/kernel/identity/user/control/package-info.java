/** User administration with region rules applied, and bulk import from CSV. */
package org.latih.kernel.identity.user.control;
