/**
 * The protocol (v5; see {@link org.latih.worker.protocol.Protocol}) between the server and a plugin
 * worker: the {@link org.latih.worker.protocol.Request} and {@link
 * org.latih.worker.protocol.Answer} lines, the outcome data a report is built from, and the record
 * codec that carries every core/api record over JSON-P. Both sides read through the records'
 * constructors, so whatever a plugin sends is checked by the same rules as in process.
 */
package org.latih.worker.protocol;
