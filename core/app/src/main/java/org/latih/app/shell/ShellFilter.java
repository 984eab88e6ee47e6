package org.latih.app.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.latih.kernel.rest.GzipWriter;
import org.latih.kernel.web.SecurityHeaders;

/**
 * Serves the web UI's shell. The page and the service worker are checked on every load ({@code
 * no-cache} with an entity tag), so an upgrade reaches browsers at once; files under {@code
 * v/<version>/assets/} never change and are kept for a year; the plain {@code assets/} paths still
 * answer, checked on every load. Text goes out gzip-compressed to browsers that accept it. A
 * version that is not the current one answers 404: a page of the previous version then loads the
 * new one (lazy.js) instead of mixing the two.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ShellFilter extends HttpFilter {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String CHECK = "no-cache";

  private volatile ShellAssets assets;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.isEmpty() || path.equals("/") || path.equals("/index.html")) {
      send(request, response, assets().page(), CHECK);
    } else if (path.equals("/sw.js")) {
      send(request, response, assets().worker(), CHECK);
    } else if (path.startsWith("/v/")) {
      int slash = path.indexOf('/', 3);
      String version = slash < 0 ? "" : path.substring(3, slash);
      Optional<ShellFile> file =
          version.equals(assets().version())
              ? assets().asset(path.substring(slash))
              : Optional.empty();
      if (file.isPresent()) {
        send(request, response, file.get(), IMMUTABLE);
      } else {
        SecurityHeaders.apply(request, response);
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      }
    } else if (path.startsWith("/assets/")) {
      Optional<ShellFile> file = assets().asset(path);
      if (file.isPresent()) {
        send(request, response, file.get(), CHECK);
      } else {
        chain.doFilter(request, response);
      }
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Read on first use: the modules' jars are all in place by the first request. */
  private ShellAssets assets() {
    ShellAssets current = assets;
    if (current == null) {
      synchronized (this) {
        if (assets == null) {
          assets = new ShellAssets(getServletContext());
        }
        current = assets;
      }
    }
    return current;
  }

  private static void send(
      HttpServletRequest request, HttpServletResponse response, ShellFile file, String cache)
      throws IOException {
    SecurityHeaders.apply(request, response);
    response.setHeader("Cache-Control", cache);
    response.setHeader("ETag", file.etag());
    response.setHeader("Vary", "Accept-Encoding");
    response.setContentType(file.type());
    if (file.etag().equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = file.raw();
    if (file.gzip() != null && GzipWriter.acceptsGzip(request.getHeader("Accept-Encoding"))) {
      body = file.gzip();
      response.setHeader("Content-Encoding", "gzip");
    }
    response.setContentLength(body.length);
    if (request.getMethod().equals("GET")) {
      response.getOutputStream().write(body);
    }
  }
}
