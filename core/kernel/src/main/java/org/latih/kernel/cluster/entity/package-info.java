/** The rows of the change feed. */
package org.latih.kernel.cluster.entity;
