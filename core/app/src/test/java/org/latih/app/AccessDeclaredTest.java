package org.latih.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.boundary.PublicEndpoint;

/**
 * Every endpoint says who may call it. The server refuses undeclared endpoints at run time; this
 * catches the omission before it ships, and lists the public endpoints so opening one is a visible
 * decision.
 */
class AccessDeclaredTest {

  private static final List<Class<? extends java.lang.annotation.Annotation>> VERBS =
      List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

  /** Read once: importing the classes is the slow part. */
  private static final List<JavaMethod> ENDPOINTS =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.latih")
              .stream()
              .filter(c -> c.isAnnotatedWith(Path.class))
              .flatMap(c -> c.getMethods().stream())
              .filter(m -> VERBS.stream().anyMatch(m::isAnnotatedWith))
              .toList();

  private static boolean declared(
      JavaMethod m, Class<? extends java.lang.annotation.Annotation> a) {
    return m.isAnnotatedWith(a) || m.getOwner().isAnnotatedWith(a);
  }

  @Test
  void everyEndpointDeclaresItsAccess() {
    List<String> undeclared =
        ENDPOINTS.stream()
            .filter(m -> !declared(m, Allowed.class) && !declared(m, PublicEndpoint.class))
            .map(JavaMethod::getFullName)
            .toList();
    assertFalse(ENDPOINTS.isEmpty());
    assertEquals(List.of(), undeclared);
  }

  @Test
  void onlySignInActivationPasswordResetTheUiTextsCertificateVerificationAndTheNoOpPingArePublic() {
    List<String> open =
        ENDPOINTS.stream()
            .filter(
                m ->
                    m.isAnnotatedWith(PublicEndpoint.class)
                        || (!m.isAnnotatedWith(Allowed.class)
                            && m.getOwner().isAnnotatedWith(PublicEndpoint.class)))
            .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
            .sorted()
            .toList();
    assertEquals(
        List.of(
            "ActivationResource.activate",
            "AuthResource.login",
            "AuthResource.token",
            "PasswordResetResource.confirm",
            "PasswordResetResource.request",
            "PingResource.ping",
            "UiMessagesResource.messages",
            // anyone holding a printed certificate checks it by the code its QR carries
            "VerificationResource.verify"),
        open);
  }
}
