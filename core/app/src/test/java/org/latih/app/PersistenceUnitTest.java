package org.latih.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * JPA scans only the persistence unit's root, so every entity, embeddable and converter of the
 * kernel and module jars must be listed in persistence.xml. A forgotten one fails here, not at run
 * time.
 */
class PersistenceUnitTest {

  @Test
  void persistenceXmlListsEveryMappedClass() throws Exception {
    Set<String> mapped =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.latih")
                .stream()
                .filter(
                    c ->
                        c.isAnnotatedWith(Entity.class)
                            || c.isAnnotatedWith(Embeddable.class)
                            || c.isAnnotatedWith(Converter.class))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

    Set<String> listed = new TreeSet<>();
    try (InputStream xml = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      NodeList classes =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(xml)
              .getElementsByTagName("class");
      for (int i = 0; i < classes.getLength(); i++) {
        listed.add(classes.item(i).getTextContent().strip());
      }
    }
    assertEquals(mapped, listed);
  }
}
