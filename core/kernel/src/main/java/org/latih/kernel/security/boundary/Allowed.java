package org.latih.kernel.security.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.latih.kernel.identity.user.entity.Role;

/**
 * Who may call a resource method (or every method of a resource class): any signed-in user when
 * empty, else a holder of any listed role. Region rules are checked further in, against the data.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
  Role[] value() default {};
}
