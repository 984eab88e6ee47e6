/** A region's letterhead and the rules for its fields and its logo image. */
package org.latih.report.letterhead.entity;
