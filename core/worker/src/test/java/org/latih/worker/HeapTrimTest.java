package org.latih.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.latih.testing.concurrent.Waiting;

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
    trim.trim(); // as a trim already on its way when the other call started would
    assertEquals("100", option("MaxHeapFreeRatio"), "trimmed while a call still ran");

    // this test's JVM has a heap far past the trim's threshold, so the last call's end trims it
    trim.callEnded();
    Waiting.until(() -> max.equals(option("MaxHeapFreeRatio")));
    assertEquals(min, option("MinHeapFreeRatio"));
  }

  private static String option(String name) {
    return VM.getVMOption(name).getValue();
  }
}
