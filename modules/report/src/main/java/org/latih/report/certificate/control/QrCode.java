package org.latih.report.certificate.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as vector squares straight onto a PDF page: ZXing's core computes the matrix, so
 * no image library is needed, and the code stays sharp at any print size. The caller leaves white
 * room of four modules around it (the quiet zone scanners need).
 */
final class QrCode {

  private final BitMatrix matrix;

  QrCode(String text) {
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code: " + text, e);
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
