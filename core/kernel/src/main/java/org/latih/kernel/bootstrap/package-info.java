/** First-start set-up: the bootstrap system admin. */
package org.latih.kernel.bootstrap;
