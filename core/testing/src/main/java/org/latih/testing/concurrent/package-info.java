/** Helpers for unit tests of code that works on threads of its own. */
package org.latih.testing.concurrent;
