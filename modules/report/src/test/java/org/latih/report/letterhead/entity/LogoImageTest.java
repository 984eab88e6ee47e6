package org.latih.report.letterhead.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.latih.kernel.rest.PayloadTooLargeException;

class LogoImageTest {

  private static byte[] image(String format, int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  @Test
  void pngAndJpegAreKnownByTheirContent() throws IOException {
    assertEquals("image/png", LogoImage.of(image("png", 60, 40)).mediaType());
    assertEquals("image/jpeg", LogoImage.of(image("jpg", 60, 40)).mediaType());
  }

  @Test
  void whatIsNotAReadablePngOrJpegIsRefused() throws IOException {
    assertThrows(InvalidImageException.class, () -> LogoImage.of(new byte[0]));
    assertThrows(InvalidImageException.class, () -> LogoImage.of(null));
    assertThrows(
        InvalidImageException.class,
        () ->
            LogoImage.of(
                "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
    assertThrows(InvalidImageException.class, () -> LogoImage.of(image("gif", 10, 10)));
    byte[] png = image("png", 60, 40);
    assertThrows(
        InvalidImageException.class, () -> LogoImage.of(Arrays.copyOf(png, png.length / 2)));
    byte[] forged = Arrays.copyOf(png, 64);
    Arrays.fill(forged, 16, 64, (byte) 7);
    assertThrows(InvalidImageException.class, () -> LogoImage.of(forged), "PNG magic, no image");
  }

  @Test
  void anImageOfAbsurdSizeIsRefusedBeforeItsPixelsAreDecoded() throws IOException {
    assertThrows(InvalidImageException.class, () -> LogoImage.of(image("png", 4001, 2)));
  }

  @Test
  void aFileOverTheLimitIsTooLarge() {
    byte[] big = new byte[LogoImage.MAX_BYTES + 1];
    big[0] = (byte) 0x89;
    assertThrows(PayloadTooLargeException.class, () -> LogoImage.of(big));
  }
}
