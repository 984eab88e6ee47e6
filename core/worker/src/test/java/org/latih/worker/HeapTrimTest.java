package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapTrimTest {

  private static final HotSpotDiagnosticMXBean VM =
      ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

  @Test
  void theHeapGrowsFreelyWhileCallsRunAndIsHeldTightAgainOnceTheWorkerIsIdle()
      throws InterruptedException {
    String min = option("MinHeapFreeRatio");
    String max = option("MaxHeapFreeRatio");
    HeapTrim trim = new HeapTrim();

    trim.callStarted();
    trim.callStarted(); // two calls at once: the first to end leaves the other one growing
    assertEquals(String.valueOf(HeapTrim.GROWING_MIN_FREE), option("MinHeapFreeRatio"));
    assertEquals("100", option("MaxHeapFreeRatio"));
    trim.callEnded();
    Thread.sleep(2 * HeapTrim.IDLE_MILLIS);
    assertEquals("100", option("MaxHeapFreeRatio"), "trimmed while a call still ran");

    // this test's JVM has a heap far past the trim's threshold, so the last call's end trims it
    trim.callEnded();
    long until = System.nanoTime() + 10_000_000_000L;
    while (!max.equals(option("MaxHeapFreeRatio")) && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(max, option("MaxHeapFreeRatio"));
    assertEquals(min, option("MinHeapFreeRatio"));
  }

  private static String option(String name) {
    return VM.getVMOption(name).getValue();
  }
}
