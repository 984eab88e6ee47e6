package org.latih.report.export.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The caller's stream, shielded from the close that zip and JSON writers do when they finish: the
 * caller may still count, flush or append to it, and closes it itself.
 */
final class Unclosed extends FilterOutputStream {

  Unclosed(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
