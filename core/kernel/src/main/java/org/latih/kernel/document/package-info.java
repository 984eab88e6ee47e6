/**
 * Official documents: the region's letterhead (kop surat) and signatory as every module that prints
 * a PDF needs them, without depending on the module that keeps them. {@link
 * org.latih.kernel.document.Letterheads} is the seam (the report module implements it), {@link
 * org.latih.kernel.document.Letterhead} the value, and {@link
 * org.latih.kernel.document.LetterheadDrawing} draws it onto a PDFBox page the same way for
 * reports, certificates and transcripts.
 */
package org.latih.kernel.document;
