package org.latih.report.letterhead.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.document.Letterheads;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.NotFoundException;
import org.latih.report.letterhead.entity.LetterheadDetails;
import org.latih.report.letterhead.entity.LogoImage;
import org.latih.report.letterhead.entity.RegionLetterhead;

/**
 * The letterheads in the database: the kernel's {@link Letterheads} for every module that prints,
 * and their upkeep by the region's admins. A logo can only be added to a letterhead that exists, so
 * a region never prints a logo without its agency's name.
 */
@ApplicationScoped
@Transactional
public class StoredLetterheads implements Letterheads {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Override
  public Optional<Letterhead> of(Long regionId) {
    return find(regionId).map(RegionLetterhead::letterhead);
  }

  public Optional<RegionLetterhead> find(Long regionId) {
    return Optional.ofNullable(regionId).map(id -> em.find(RegionLetterhead.class, id));
  }

  public RegionLetterhead save(Region region, LetterheadDetails details) {
    Optional<RegionLetterhead> found = find(region.id());
    if (found.isPresent()) {
      found.get().change(details, clock.instant());
      return found.get();
    }
    RegionLetterhead created = new RegionLetterhead(region.id(), details, clock.instant());
    em.persist(created);
    return created;
  }

  public RegionLetterhead logo(Region region, LogoImage image) {
    RegionLetterhead letterhead =
        find(region.id())
            .orElseThrow(() -> new NotFoundException("letterhead.notFound", region.name()));
    letterhead.logo(image, clock.instant());
    return letterhead;
  }
}
