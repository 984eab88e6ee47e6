package org.latih.report.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.security.control.Caller;

/**
 * The region a report covers: staff read their own region only (asking for another is refused, not
 * silently answered with their own); a system admin reads the one named, or every region.
 */
@ApplicationScoped
public class ReportRegion {

  @Inject Regions regions;

  /** The region to report on, or null for every region (system admins only). */
  public Region of(Caller caller, String code) {
    boolean named = code != null && !code.isBlank();
    if (caller.systemAdmin()) {
      return named ? regions.byCode("region", code.strip()) : null;
    }
    Region own = caller.region();
    if (own == null) {
      throw new ForbiddenException("region.notYours", "-", named ? code : "-");
    }
    if (named && !own.code().equals(code.strip())) {
      throw new ForbiddenException("region.notYours", own.name(), code.strip());
    }
    return own;
  }
}
