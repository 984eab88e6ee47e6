package org.latih.kernel.plugin.control;

import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.KernelProblem;

/** A system admin named a plugin id that several regions have installed, without the region. */
public class PluginRegionNeededException extends DomainException {

  public PluginRegionNeededException(String id, String regions) {
    super(KernelProblem.PLUGIN_REGION_NEEDED, "plugin.regionNeeded", id, regions);
  }
}
