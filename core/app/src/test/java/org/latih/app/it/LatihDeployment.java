package org.latih.app.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test shares: the WAR exactly as built, so the tests exercise
 * what ships. Tests run as clients over HTTP.
 */
@ArquillianSuiteDeployment
public class LatihDeployment {

  @Deployment(testable = false)
  public static WebArchive latih() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("latih.war")));
  }
}
