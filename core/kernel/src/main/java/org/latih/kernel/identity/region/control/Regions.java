package org.latih.kernel.identity.region.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.rest.InvalidInputException;

/** Looks regions up by their code, naming the known codes when one is wrong. */
@ApplicationScoped
public class Regions {

  @PersistenceContext EntityManager em;

  public List<Region> all() {
    return em.createNamedQuery(Region.ALL, Region.class).getResultList();
  }

  /** The region with {@code code}; an unknown code is an input error listing the known ones. */
  public Region byCode(String field, String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase();
    return em.createNamedQuery(Region.BY_CODE, Region.class)
        .setParameter("code", wanted)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field,
                    "region.unknown",
                    code,
                    all().stream().map(Region::code).collect(Collectors.joining(", "))));
  }

  public void add(Region region) {
    em.persist(region);
  }
}
