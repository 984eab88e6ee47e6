/**
 * Rules every spreadsheet Latih writes shares, whichever writer writes it: the worksheet names
 * Excel accepts ({@link org.latih.kernel.spreadsheet.SheetNames}).
 */
package org.latih.kernel.spreadsheet;
