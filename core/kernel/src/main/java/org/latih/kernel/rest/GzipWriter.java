package org.latih.kernel.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/** Compresses the answers of {@link Compressed} methods for clients that accept gzip. */
@Provider
@Compressed
public class GzipWriter implements WriterInterceptor {

  @Context HttpHeaders headers;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    context.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    String accepted = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
    if (!acceptsGzip(accepted)) {
      context.proceed();
      return;
    }
    context.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
    context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
    var zip = new GZIPOutputStream(context.getOutputStream());
    context.setOutputStream(zip);
    try {
      context.proceed();
    } finally {
      zip.finish();
    }
  }

  /** True when gzip is among the accepted encodings and not refused with q=0. */
  public static boolean acceptsGzip(String header) {
    if (header == null) {
      return false;
    }
    for (String coding : header.split(",")) {
      String c = coding.strip().toLowerCase(java.util.Locale.ROOT);
      if (c.equals("gzip") || (c.startsWith("gzip;") && !c.matches("gzip;\\s*q=0(\\.0*)?"))) {
        return true;
      }
    }
    return false;
  }
}
