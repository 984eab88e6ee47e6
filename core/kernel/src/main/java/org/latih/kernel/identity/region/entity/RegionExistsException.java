package org.latih.kernel.identity.region.entity;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** A region with this code already exists. */
public class RegionExistsException extends DomainException {

  public RegionExistsException(String code) {
    super(KernelProblem.REGION_EXISTS, "region.duplicate", code);
  }
}
