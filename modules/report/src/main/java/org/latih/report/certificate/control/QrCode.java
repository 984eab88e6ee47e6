package org.latih.report.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares straight onto a PDF page: ZXing's core computes the matrix, so
 * no image library is needed, and the code stays sharp at any print size. The caller leaves white
 * room of four modules around it (the quiet zone scanners need).
 */
final class QrCode {

  /** Pixels per module and modules of quiet zone when a code is read back. */
  private static final int SCALE = 4;

  private static final int QUIET = 4;

  private final BitMatrix matrix;

  /**
   * ZXing picks the mask the standard's penalty rules prefer, and for about one verification
   * address in a hundred its own reader then cannot find the code, even drawn perfectly. A
   * certificate is printed once and scanned for years, so the code is read back here, and the first
   * of the eight masks whose code reads back is taken instead (the preferred one when none does).
   */
  QrCode(String text) {
    matrix = readable(text);
  }

  private static BitMatrix readable(String text) {
    BitMatrix preferred = encode(text, null);
    if (readsBack(preferred, text)) {
      return preferred;
    }
    for (int mask = 0; mask < 8; mask++) {
      BitMatrix other = encode(text, mask);
      if (readsBack(other, text)) {
        return other;
      }
    }
    return preferred;
  }

  private static BitMatrix encode(String text, Integer mask) {
    Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
    hints.put(EncodeHintType.MARGIN, 0);
    hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
    if (mask != null) {
      hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
    }
    try {
      return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code: " + text, e);
    }
  }

  /** Whether ZXing's reader finds {@code text} in the code drawn with its quiet zone. */
  private static boolean readsBack(BitMatrix code, String text) {
    int side = (code.getWidth() + 2 * QUIET) * SCALE;
    int[] pixels = new int[side * side];
    Arrays.fill(pixels, 0xFFFFFFFF);
    for (int y = 0; y < code.getHeight(); y++) {
      for (int x = 0; x < code.getWidth(); x++) {
        if (code.get(x, y)) {
          for (int dy = 0; dy < SCALE; dy++) {
            int row = ((y + QUIET) * SCALE + dy) * side + (x + QUIET) * SCALE;
            Arrays.fill(pixels, row, row + SCALE, 0xFF000000);
          }
        }
      }
    }
    try {
      Result read =
          new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))),
                  Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      return text.equals(read.getText());
    } catch (ReaderException e) {
      return false;
    }
  }

  /** Draws the code as a square of side {@code size} with its lower left corner at (x, y). */
  void draw(PDPageContentStream page, float x, float y, float size) {
    int modules = matrix.getWidth();
    float cell = size / modules;
    try {
      page.setNonStrokingColor(0f, 0f, 0f);
      for (int row = 0; row < modules; row++) {
        int col = 0;
        while (col < modules) {
          if (!matrix.get(col, row)) {
            col++;
            continue;
          }
          int start = col;
          while (col < modules && matrix.get(col, row)) {
            col++;
          }
          // one rectangle per run of dark modules; a hair wider so no seam shows between rows
          page.addRect(
              x + start * cell, y + size - (row + 1) * cell, (col - start) * cell, cell + 0.05f);
        }
      }
      page.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
