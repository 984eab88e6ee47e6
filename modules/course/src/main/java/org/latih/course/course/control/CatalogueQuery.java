package org.latih.course.course.control;

/**
 * Filters for browsing the catalogue; all optional.
 *
 * @param competency manajerial, sosial-kultural or teknis
 * @param region a region code, or "shared" for courses of all regions
 */
public record CatalogueQuery(
    String competency, Integer jpMin, Integer jpMax, String region, Boolean published) {}
