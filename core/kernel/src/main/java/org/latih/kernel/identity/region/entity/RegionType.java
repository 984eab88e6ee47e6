package org.latih.kernel.identity.region.entity;

/** The kind of local government a region is. */
public enum RegionType {
  KABUPATEN,
  KOTA,
  PROVINSI
}
