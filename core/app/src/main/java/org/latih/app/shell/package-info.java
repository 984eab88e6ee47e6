/**
 * The web UI's shell as served: the page, its scripts and styles read once, compressed once and
 * named by a version of their contents, so that browsers keep them for a year and an upgrade is
 * never mixed with the files of the one before; and the service worker that keeps the shell for use
 * without a connection.
 */
package org.latih.app.shell;
