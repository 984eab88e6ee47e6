/** Password hashing, sessions and tokens, lockout, and the request's {@code Caller}. */
package org.latih.kernel.security.control;
