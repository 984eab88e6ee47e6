/**
 * The plugin worker: a small JVM that runs one untrusted plugin outside the server. It loads the
 * plugin jar with PF4J, answers its forms and report definitions once, then builds reports from the
 * outcome data the host sends, over stdin/stdout ({@link org.latih.worker.protocol}). Nothing of
 * Latih but this package and core/api is on its class path.
 */
package org.latih.worker;
