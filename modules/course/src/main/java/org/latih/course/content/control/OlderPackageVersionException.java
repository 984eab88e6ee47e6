package org.latih.course.content.control;

import org.latih.course.CourseProblem;
import org.latih.kernel.rest.DomainException;

/** The uploaded package is older than the installed version of the course. */
public class OlderPackageVersionException extends DomainException {

  public OlderPackageVersionException(String installed, String offered) {
    super(CourseProblem.OLDER_PACKAGE_VERSION, "course.olderVersion", installed, offered);
  }
}
