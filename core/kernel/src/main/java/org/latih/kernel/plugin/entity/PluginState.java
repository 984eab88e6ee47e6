package org.latih.kernel.plugin.entity;

/** Whether an installed plugin is serving. */
public enum PluginState {
  /** Loaded and serving its region(s). */
  INSTALLED,
  /** Kept but not loaded, by an admin's choice. */
  DISABLED,
  /** Unloaded after it failed to start, threw, hung or answered too much; see its error. */
  FAILED
}
