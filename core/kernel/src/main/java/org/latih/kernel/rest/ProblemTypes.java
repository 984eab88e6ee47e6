package org.latih.kernel.rest;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** The one list of every problem type the server can answer: the kernel's, then each module's. */
public final class ProblemTypes {

  private ProblemTypes() {}

  public static List<ProblemType> all() {
    Stream<ProblemType> modules =
        ServiceLoader.load(ProblemCatalog.class, ProblemCatalog.class.getClassLoader()).stream()
            .flatMap(catalog -> catalog.get().problemTypes().stream());
    return Stream.concat(Stream.of(KernelProblem.values()), modules).toList();
  }
}
