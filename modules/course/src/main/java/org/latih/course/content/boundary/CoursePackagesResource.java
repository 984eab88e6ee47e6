package org.latih.course.content.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.content.api.CoursePackage;
import org.latih.course.content.control.CourseImport;
import org.latih.course.content.control.PackageFiles;
import org.latih.course.content.control.PackageImportSlots;
import org.latih.course.content.control.PackageParser;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.PayloadTooLargeException;
import org.latih.kernel.rest.Uploads;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;

/**
 * Upload of a course package (zip). The whole package is checked before anything is stored; a
 * refused package answers 422 with every problem by file and line.
 */
@Tag(name = "Course packages", description = "Importing course packages (zip).")
@Path("course-packages")
@Produces(MediaType.APPLICATION_JSON)
@Allowed({Role.SYSTEM_ADMIN, Role.REGIONAL_ADMIN, Role.INSTRUCTOR})
public class CoursePackagesResource {

  @Inject CourseImport courseImport;
  @Inject PackageImportSlots slots;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "latih.course.max-file-bytes", defaultValue = "20971520")
  long maxFileBytes;

  @Inject
  @ConfigProperty(name = "latih.course.max-package-bytes", defaultValue = "104857600")
  long maxPackageBytes;

  @Inject
  @ConfigProperty(name = "latih.course.max-unpacked-bytes", defaultValue = "209715200")
  long maxUnpackedBytes;

  @Inject
  @ConfigProperty(name = "latih.course.max-compression-ratio", defaultValue = "100")
  int maxRatio;

  @Operation(
      summary = "Import a course package",
      description =
          "A zip; imports a new course or a newer version of one. The whole package is checked first: 422 lists every problem by file and line; an older version is refused (409).")
  @POST
  @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
  public CourseImport.Result upload(@HeaderParam("Content-Length") Long length, InputStream body) {
    if (length != null && length > Uploads.DRAIN_FACTOR * maxPackageBytes) {
      throw new PayloadTooLargeException(maxPackageBytes);
    }
    // unpacked while it streams in: the zip itself is never held whole
    try {
      return slots.run(
          () -> {
            PackageFiles files =
                PackageFiles.fromZip(
                    Uploads.limited(body, maxPackageBytes),
                    new PackageFiles.Limits(maxFileBytes, maxUnpackedBytes, 2_000, maxRatio));
            CoursePackage pkg = PackageParser.parse(files);
            return courseImport.run(caller, pkg);
          });
    } finally {
      Uploads.skipRest(body, maxPackageBytes);
    }
  }
}
