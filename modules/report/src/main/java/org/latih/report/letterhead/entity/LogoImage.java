package org.latih.report.letterhead.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.latih.kernel.rest.PayloadTooLargeException;

/**
 * A letterhead logo: a PNG or JPEG judged by its content, never by its name or declared type, that
 * really decodes and is of a sensible size. The pixel count is read from the header before any
 * pixel is decoded, so a small file that claims to be a gigapixel image costs nothing.
 */
public record LogoImage(byte[] bytes, String mediaType) {

  /** Largest logo file accepted: a letterhead logo is a few tens of kilobytes. */
  public static final int MAX_BYTES = 512 * 1024;

  static final int MAX_SIDE = 4000;

  public static LogoImage of(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidImageException();
    }
    if (bytes.length > MAX_BYTES) {
      throw new PayloadTooLargeException(MAX_BYTES);
    }
    String type = type(bytes);
    if (type == null || !decodes(bytes)) {
      throw new InvalidImageException();
    }
    return new LogoImage(bytes.clone(), type);
  }

  private static String type(byte[] b) {
    if (b.length > 8
        && (b[0] & 0xFF) == 0x89
        && b[1] == 'P'
        && b[2] == 'N'
        && b[3] == 'G'
        && b[4] == 0x0D
        && b[5] == 0x0A
        && b[6] == 0x1A
        && b[7] == 0x0A) {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    return null;
  }

  private static boolean decodes(byte[] bytes) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
          return false;
        }
        return reader.read(0) != null;
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
