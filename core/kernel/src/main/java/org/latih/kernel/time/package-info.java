/** Time: every rule that depends on "now" asks the injected {@link java.time.Clock}. */
package org.latih.kernel.time;
