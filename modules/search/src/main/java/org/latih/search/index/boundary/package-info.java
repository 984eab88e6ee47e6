/** The search endpoint and the admin's index rebuild. */
package org.latih.search.index.boundary;
