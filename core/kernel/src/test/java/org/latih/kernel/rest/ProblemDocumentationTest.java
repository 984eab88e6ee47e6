package org.latih.kernel.rest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemDocumentationTest {

  @Test
  void theTableListsEveryTypeWithItsStatusAndMeaning() {
    String table = ProblemDocumentation.table(List.of(KernelProblem.values()));
    for (KernelProblem type : KernelProblem.values()) {
      String row = "| `/problems/" + type.slug() + "` | " + type.status() + " | " + type.meaning();
      assertTrue(table.contains(row), () -> "missing " + row + " in\n" + table);
    }
  }
}
