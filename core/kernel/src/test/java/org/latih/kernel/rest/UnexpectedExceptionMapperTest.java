package org.latih.kernel.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAllocationException;
import org.junit.jupiter.api.Test;

/** Which database failures are a busy pool (503, retry) rather than an incident (500). */
class UnexpectedExceptionMapperTest {

  @Test
  void aPoolThatWaitedItsMaximumForAConnectionIsBusy() {
    // Payara's words, as measured with a 4-connection pool and a 1 ms wait
    assertTrue(
        UnexpectedExceptionMapper.poolWaitExpired(
            new ResourceAllocationException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size"
                    + " and expired max-wait-time. Cannot allocate more connections.")));
  }

  @Test
  void aPoolThatCannotReachTheDatabaseIsAnIncident() {
    assertFalse(
        UnexpectedExceptionMapper.poolWaitExpired(
            new ResourceAllocationException(
                "Error in allocating a connection. Cause: Connection could not be allocated"
                    + " because: Connection refused")));
    assertFalse(UnexpectedExceptionMapper.poolWaitExpired(new IllegalStateException()));
  }
}
