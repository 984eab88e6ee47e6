/** REST access to users: {@code /api/v1/users} for admins, {@code /api/v1/me} for everyone. */
package org.latih.kernel.identity.user.boundary;
