/**
 * Users: civil servants (ASN, identified by a validated {@link
 * org.latih.kernel.identity.user.entity.Nip}) and system accounts, with their work profile, region
 * and roles.
 */
package org.latih.kernel.identity.user.entity;
