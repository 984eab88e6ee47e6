package org.latih.report.export.control;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.latih.kernel.document.Letterhead;
import org.latih.report.export.api.Table;

/** Streams tables to a file format; the output stream is flushed, never closed. */
public interface TableWriter {

  void write(List<? extends Table> tables, OutputStream out, Locale locale);

  /**
   * As {@link #write(List, OutputStream, Locale)}, as an official document of the region that
   * {@code letterhead} names; only a format with pages has room for it.
   */
  default void write(
      List<? extends Table> tables, OutputStream out, Locale locale, Letterhead letterhead) {
    write(tables, out, locale);
  }
}
