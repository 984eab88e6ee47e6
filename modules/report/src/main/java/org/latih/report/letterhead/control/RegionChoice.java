package org.latih.report.letterhead.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.control.Caller;

/**
 * Which region's documents a request is about: the caller's own, or for a system admin the one
 * named by {@code ?region=}. A regional admin naming another region is refused, not redirected.
 */
@ApplicationScoped
public class RegionChoice {

  @Inject Regions regions;

  public Region administered(Caller caller, String code) {
    Region region = chosen(caller, code);
    caller.ensureAdministers(region);
    return region;
  }

  public Region chosen(Caller caller, String code) {
    if (code != null && !code.isBlank()) {
      return regions.byCode("region", code);
    }
    if (caller.region() == null) {
      throw new InvalidInputException("region", "field.required", "region");
    }
    return caller.region();
  }
}
