/**
 * Sign-in endpoints, the access annotations, and the filters that enforce them on every request.
 */
package org.latih.kernel.security.boundary;
