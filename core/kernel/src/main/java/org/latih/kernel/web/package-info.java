/** Servlet-level concerns common to the API and the web UI, such as security headers. */
package org.latih.kernel.web;
