/** Stored sessions and API tokens (hashed). */
package org.latih.kernel.security.entity;
