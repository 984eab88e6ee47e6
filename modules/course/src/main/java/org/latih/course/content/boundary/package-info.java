/** REST: upload of course packages. */
package org.latih.course.content.boundary;
