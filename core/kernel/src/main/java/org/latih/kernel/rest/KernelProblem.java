package org.latih.kernel.rest;

/**
 * The kernel's problem types: the generic ones every module may use where they are the honest
 * description (an unknown id, a field that is wrong, a missing role), and the kernel's own
 * conflicts, each with its own type so a client can act on it.
 */
public enum KernelProblem implements ProblemType {
  INVALID_INPUT("invalid-input", 400, "A value sent is not acceptable; errors names each field."),
  INVALID_JSON("invalid-json", 400, "The body is not JSON, or not of the expected shape."),
  UNREADABLE_REQUEST("unreadable-request", 400, "The request could not be read at all."),
  NOT_AUTHENTICATED(
      "not-authenticated", 401, "No valid session or token came with the request; sign in."),
  FORBIDDEN("forbidden", 403, "The caller's role or region does not allow this."),
  NOT_FOUND("not-found", 404, "The id named in the path does not exist, or is not yours to see."),
  NO_SUCH_PATH("no-such-path", 404, "No endpoint answers this path; all are under /api/v1."),
  METHOD_NOT_ALLOWED(
      "method-not-allowed", 405, "The path does not take this HTTP method; see the Allow header."),
  NOT_ACCEPTABLE("not-acceptable", 406, "The requested response format is not offered."),
  PAYLOAD_TOO_LARGE("payload-too-large", 413, "An upload is over the configured size limit."),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type", 415, "The body's Content-Type is not one this endpoint reads."),
  REQUEST_REFUSED(
      "request-refused",
      400,
      "The web framework refused the request with another 4xx or 5xx status, given in status."),
  TOO_MANY_REQUESTS(
      "too-many-requests", 429, "Too many failed attempts; wait the Retry-After seconds."),
  INTERNAL("internal", 500, "An unexpected server error; detail carries an incident id."),
  PLUGIN_FAILED("plugin-failed", 502, "A plugin threw, hung or answered too much; it is failed."),
  PLUGINS_BUSY(
      "plugins-busy",
      503,
      "The plugin's worker stayed busy with other calls; no plugin is blamed; try again shortly."),
  PLUGIN_WORKER_UNAVAILABLE(
      "plugin-worker-unavailable",
      503,
      "A plugin worker process could not be launched on this server; no plugin is blamed; the"
          + " system admin sees why in the log."),
  UNAVAILABLE(
      "unavailable",
      503,
      "The server is stopping: it finishes the requests in progress but takes no new ones; retry"
          + " after Retry-After seconds (until it has started again, connections are refused)."),
  OVERLOADED(
      "overloaded",
      503,
      "The server is at its limit of requests in progress, or waited too long for a database"
          + " connection; retry after Retry-After seconds."),
  DUPLICATE("duplicate", 409, "A concurrent request stored the same unique value first; reload."),
  NIP_TAKEN("nip-taken", 409, "Another user already has this NIP."),
  LAST_SYSTEM_ADMIN(
      "last-system-admin",
      409,
      "The change would leave the server without an active system admin."),
  SELF_DEACTIVATION("self-deactivation", 409, "A user cannot deactivate their own account."),
  REGION_EXISTS("region-exists", 409, "A region with this code already exists."),
  PLUGIN_VERSION_INSTALLED(
      "plugin-version-installed", 409, "This version of the plugin is already installed."),
  PLUGIN_DOWNGRADE(
      "plugin-downgrade",
      409,
      "The upload is older than the installed version; send it again with downgrade=true to"
          + " confirm."),
  PLUGIN_REGION_NEEDED(
      "plugin-region-needed",
      409,
      "The plugin id is installed for several regions; name one with region=."),
  PLUGIN_NOT_SERVING(
      "plugin-not-serving", 409, "The plugin is disabled or failed, so it cannot answer now."),
  ACTIVATION_REFUSED(
      "activation-refused",
      400,
      "The NIP and activation code do not name a valid, unused code; the same answer for an"
          + " unknown NIP, a wrong, expired or used code. Ask the regional admin for a new code."),
  PASSWORD_RESET_REFUSED(
      "password-reset-refused",
      400,
      "The password-reset link is unknown, used or expired; ask for a new one."),
  MAIL_NOT_CONFIGURED(
      "mail-not-configured",
      409,
      "Mail was asked for, but the server has no SMTP server configured (latih.mail.smtp.host).");

  private final Spec spec;

  KernelProblem(String slug, int status, String meaning) {
    this.spec = new Spec(slug, status, meaning);
  }

  @Override
  public Spec spec() {
    return spec;
  }
}
