/**
 * Writing and following the change feed ({@link org.latih.kernel.cluster.control.ChangeLog}, {@link
 * org.latih.kernel.cluster.control.ChangeFeed}), and cluster-wide leases ({@link
 * org.latih.kernel.cluster.control.Leases}). Features observe {@link
 * org.latih.kernel.cluster.control.ChangeArrived} to bring their node's caches up to date.
 */
package org.latih.kernel.cluster.control;
