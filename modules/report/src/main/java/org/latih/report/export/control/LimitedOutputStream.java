package org.latih.report.export.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes written and stops the export once the file would pass its limit. */
final class LimitedOutputStream extends FilterOutputStream {

  private final long limit;
  private long written;

  LimitedOutputStream(OutputStream out, long limit) {
    super(out);
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    count(1);
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    count(len);
    out.write(b, off, len);
  }

  private void count(long bytes) throws FileTooLargeException {
    written += bytes;
    if (written > limit) {
      throw new FileTooLargeException(limit);
    }
  }

  long written() {
    return written;
  }

  /** The file passed the configured largest size. */
  static final class FileTooLargeException extends IOException {
    final long limit;

    FileTooLargeException(long limit) {
      super("export file larger than " + limit + " bytes");
      this.limit = limit;
    }
  }
}
