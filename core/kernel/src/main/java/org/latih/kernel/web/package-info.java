/**
 * Servlet-level concerns common to the API and the web UI: security headers, and back-pressure.
 *
 * <p>{@link org.latih.kernel.web.ApiGate} admits at most a configured number of API requests at
 * once (a few more may wait briefly) and answers the rest 503 {@code overloaded} with Retry-After;
 * {@link org.latih.kernel.web.GracefulStop} takes SIGTERM so a stopping server answers 503 {@code
 * unavailable}, lets requests in progress finish and closes the HTTP listener before Payara
 * undeploys. Together with the boot command files in config/ (listener closed until the deployment
 * is done) no API client sees one of Payara's HTML error pages.
 */
package org.latih.kernel.web;
