/** The reports extension point, the outcome data a report reads and the report model it returns. */
package org.latih.api.reports;
