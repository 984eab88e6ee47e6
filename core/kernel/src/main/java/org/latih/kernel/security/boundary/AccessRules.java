package org.latih.kernel.security.boundary;

import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * Reads the access annotations of the matched resource method, the method's winning over its
 * class's.
 */
final class AccessRules {

  private AccessRules() {}

  static boolean isPublic(ResourceInfo resource) {
    Method method = resource.getResourceMethod();
    if (method.isAnnotationPresent(Allowed.class)) {
      return false;
    }
    return method.isAnnotationPresent(PublicEndpoint.class)
        || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class);
  }

  /** The roles rule, or null when the endpoint declares none (a mistake: it is then refused). */
  static Allowed allowed(ResourceInfo resource) {
    Allowed onMethod = resource.getResourceMethod().getAnnotation(Allowed.class);
    if (onMethod != null) {
      return onMethod;
    }
    if (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)) {
      return null;
    }
    return resource.getResourceClass().getAnnotation(Allowed.class);
  }
}
