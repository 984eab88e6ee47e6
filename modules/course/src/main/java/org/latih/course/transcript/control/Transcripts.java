package org.latih.course.transcript.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.latih.course.transcript.entity.JpCredit;

/** The JP a person has earned, for their transcript. */
@ApplicationScoped
@Transactional
public class Transcripts {

  /** JP every ASN is expected to earn each year. */
  public static final int ANNUAL_TARGET_JP = 20;

  @PersistenceContext EntityManager em;

  public List<JpCredit> credits(Long userId) {
    // the courses (and the one user) joined in: one statement however many credits
    return em.createNamedQuery(JpCredit.OF_USER, JpCredit.class)
        .setParameter("userId", userId)
        .setHint("eclipselink.join-fetch", "c.course")
        .setHint("eclipselink.left-join-fetch", "c.course.region")
        .setHint("eclipselink.join-fetch", "c.user")
        .setHint("eclipselink.left-join-fetch", "c.user.region")
        .getResultList();
  }
}
