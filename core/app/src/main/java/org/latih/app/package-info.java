/**
 * The deployable application: assembles the kernel and the modules into one WAR, serves the web
 * UI's static files and the UI's message bundles.
 */
package org.latih.app;
