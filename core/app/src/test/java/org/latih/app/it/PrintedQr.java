package org.latih.app.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR code on a document's first page, as a phone held at a few distances would. */
final class PrintedQr {

  private PrintedQr() {}

  /**
   * The text of the page's QR code. ZXing's detector misses some codes at one particular sampling
   * (about one in 200 at 200 dpi, read fine at 150 and 300), so it tries those too before failing.
   */
  static String read(PDDocument document) throws IOException {
    ReaderException last = null;
    for (int dpi : new int[] {200, 150, 300}) {
      try {
        return new QRCodeReader()
            .decode(
                new BinaryBitmap(
                    new HybridBinarizer(
                        new BufferedImageLuminanceSource(
                            new PDFRenderer(document).renderImageWithDPI(0, dpi)))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
            .getText();
      } catch (ReaderException e) {
        last = e;
      }
    }
    throw new AssertionError("no QR code found on the page at 200, 150 or 300 dpi", last);
  }
}
