package org.latih.worker.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncodedLineTest {

  @Test
  void aLineOfSeveralBlocksIsSentAsWrittenWhateverTheSizesOfTheWrites() throws IOException {
    byte[] written = new byte[(5 << 20) / 2 + 17]; // two full blocks of 1 MiB and part of a third
    new Random(7).nextBytes(written);
    EncodedLine line = new EncodedLine();
    int at = 0;
    for (int size = 1; at < written.length; size = size * 3 % 70_001 + 1) {
      int n = Math.min(size, written.length - at);
      if (n == 1) {
        line.write(written[at]);
      } else {
        line.write(written, at, n);
      }
      at += n;
    }
    ByteArrayOutputStream sent = new ByteArrayOutputStream();

    line.writeTo(sent);

    assertArrayEquals(written, sent.toByteArray());
    assertArrayEquals(written, line.toByteArray());
  }
}
