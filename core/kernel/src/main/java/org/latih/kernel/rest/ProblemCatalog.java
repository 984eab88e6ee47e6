package org.latih.kernel.rest;

import java.util.List;

/**
 * A module's problem types, found through {@link java.util.ServiceLoader} (list the implementation
 * in {@code META-INF/services/org.latih.kernel.rest.ProblemCatalog}), so the API documentation and
 * the bundle check see every type without the kernel knowing the modules.
 */
public interface ProblemCatalog {

  List<ProblemType> problemTypes();
}
