package org.latih.kernel.document;

import java.util.Optional;

/**
 * The letterheads regions have configured. A CDI bean of the report module implements it; callers
 * inject {@code Instance<Letterheads>} so that they still work (with {@link Letterhead#fallback})
 * where no module provides one.
 */
public interface Letterheads {

  /** The region's configured letterhead; empty when its admins have set none. */
  Optional<Letterhead> of(Long regionId);

  /** The region's letterhead, or a plain one naming the region when none is configured. */
  default Letterhead orFallback(Long regionId, String regionName) {
    return of(regionId).orElseGet(() -> Letterhead.fallback(regionName));
  }
}
