package org.latih.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The REST API under {@code /api/v1}. Resources and providers from the kernel and modules are found
 * by scanning, so adding a module needs no change here.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Latih API",
            version = "1",
            description =
                "Learning management for ASN. Errors are RFC 9457 problem details; lists are paged"
                    + " with page (from 1) and size (at most 100)."))
public class LatihApplication extends Application {}
