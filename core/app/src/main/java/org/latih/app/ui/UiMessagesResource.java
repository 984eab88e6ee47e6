package org.latih.app.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.latih.kernel.i18n.MessageBundle;
import org.latih.kernel.rest.Compressed;
import org.latih.kernel.security.boundary.PublicEndpoint;

/**
 * The web UI's texts as JSON, from the app's {@code ui} message bundle and the modules' UI bundles:
 * Indonesian by default, English on request. Public, because the sign-in page needs them before
 * anyone signs in.
 */
@Tag(name = "UI texts", description = "The web UI's texts in Bahasa Indonesia and English.")
@Path("ui/messages")
public class UiMessagesResource {

  private static final String BUNDLE = "org.latih.app.ui.ui";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  @Operation(
      summary = "Get the web UI's texts",
      description =
          "All UI texts of one language (`id` or anything else for Indonesian, `en` for English) as a key-to-text object. Public.")
  @GET
  @Path("{language}")
  @PublicEndpoint
  @Compressed
  @Produces(MediaType.APPLICATION_JSON)
  public Response messages(@PathParam("language") String language) {
    Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ROOT;
    Map<String, String> texts = new TreeMap<>();
    Stream.concat(
            Stream.of(BUNDLE),
            MessageBundle.all().stream().map(MessageBundle::uiBaseName).filter(Objects::nonNull))
        .map(name -> ResourceBundle.getBundle(name, locale, NO_FALLBACK))
        .forEach(bundle -> bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key))));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(texts).cacheControl(cache).build();
  }
}
