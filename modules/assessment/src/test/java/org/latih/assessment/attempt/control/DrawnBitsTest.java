package org.latih.assessment.attempt.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DrawnBitsTest {

  @Test
  void tokenLettersAreDrawnEvenlyAcrossBufferRefills() {
    DrawnBits random = new DrawnBits();
    int[] counts = new int[32];
    // 64,000 draws refill the 512-byte buffer 500 times
    for (int i = 0; i < 64_000; i++) {
      counts[random.nextInt(32)]++;
    }
    // 2,000 expected each; a stuck or biased bit would leave letters far off or never drawn
    for (int count : counts) {
      assertTrue(count > 1_700 && count < 2_300, "draws per letter: " + count);
    }
  }

  @Test
  void twoThreadsNeverDrawTheSameNumbers() {
    DrawnBits a = new DrawnBits();
    DrawnBits b = new DrawnBits();
    long same = IntStream.range(0, 256).filter(i -> a.nextLong() == b.nextLong()).count();
    assertEquals(0, same, "equal numbers of 256 drawn by two generators");
  }
}
