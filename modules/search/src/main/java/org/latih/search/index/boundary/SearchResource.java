package org.latih.search.index.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.course.course.api.CourseAccess;
import org.latih.kernel.identity.user.entity.Role;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.security.boundary.Allowed;
import org.latih.kernel.security.control.Caller;
import org.latih.search.index.control.CourseFeed;
import org.latih.search.index.control.CourseIndex;
import org.latih.search.index.control.Reindex;
import org.latih.search.index.control.SearchQuery;
import org.latih.search.index.control.SearchResult;
import org.latih.search.index.control.Visibility;

/**
 * Searching course material as the caller may see it (the index filters by region and publication
 * exactly as the catalogue does), and the system admin's full rebuild with its progress.
 */
@Tag(name = "Search", description = "Full-text search of course material and the index rebuild.")
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Allowed
public class SearchResource {

  private static final int MAX_SIZE = 50;

  @Inject CourseIndex index;
  @Inject Reindex reindex;
  @Inject CourseFeed feed;
  @Inject Caller caller;

  @Operation(
      summary = "Search course material",
      description =
          "Hits with highlighted snippets, facets and spelling suggestions, over what the caller may see.")
  @GET
  public SearchResult search(
      @QueryParam("q") String text,
      @QueryParam("competency") String competency,
      @QueryParam("jpMin") Integer jpMin,
      @QueryParam("jpMax") Integer jpMax,
      @QueryParam("region") String region,
      @QueryParam("course") String course,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") @DefaultValue("10") int size) {
    if (page < 1 || page > 1000) {
      throw new InvalidInputException("page", "page.number", page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "page.size", size, MAX_SIZE);
    }
    Visibility visibility =
        new Visibility(
            caller.systemAdmin(),
            caller.region() == null ? null : caller.region().code(),
            CourseAccess.staff(caller));
    try {
      return index
          .lucene()
          .search(
              new SearchQuery(text, competency, jpMin, jpMax, region, course, page, size),
              visibility);
    } catch (IllegalArgumentException e) {
      if ("search.empty".equals(e.getMessage()) || "search.tooLong".equals(e.getMessage())) {
        throw new InvalidInputException("q", e.getMessage());
      }
      throw e;
    }
  }

  @APIResponse(
      responseCode = "202",
      description = "The rebuild started; poll GET /search/rebuild for its progress")
  @Operation(
      summary = "Rebuild the search index",
      description =
          "Starts a rebuild from the database in the background (202); searches answer from the old index until it is done.")
  @POST
  @Path("rebuild")
  @Allowed(Role.SYSTEM_ADMIN)
  public Response rebuild() {
    return Response.accepted(feed.rebuildEverywhere()).build();
  }

  @Operation(summary = "Get the index rebuild's progress")
  @GET
  @Path("rebuild")
  @Allowed(Role.SYSTEM_ADMIN)
  public Reindex.Progress progress() {
    return reindex.progress();
  }
}
