package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.api.forms.EvaluationForms;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.api.reports.Reports;
import org.latih.kernel.i18n.Messages;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.entity.PluginAudit;
import org.latih.kernel.plugin.entity.PluginNotServingException;
import org.latih.kernel.plugin.entity.PluginVersionInstalledException;
import org.latih.kernel.rest.DomainException;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;
import org.latih.worker.protocol.OutcomeSnapshot;

/**
 * The plugin use cases: install or upgrade, disable, enable, uninstall, and reading what a plugin
 * defines. System admins manage plugins for all regions or any one region; a regional admin only
 * those of their own region, and sees those plus the ones for all regions.
 */
@ApplicationScoped
public class Plugins {

  private static final Logger LOG = Logger.getLogger(Plugins.class.getName());
  static final int MAX_FORMS = 500;
  static final int MAX_REPORT_ROWS = 10_000;

  @PersistenceContext EntityManager em;
  @Inject PluginHost host;
  @Inject PluginCalls calls;
  @Inject Regions regions;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "latih.plugin.max-bytes", defaultValue = "10485760")
  long maxBytes;

  public long maxBytes() {
    return maxBytes;
  }

  /** Installs a new plugin or upgrades an installed one; the old version runs until then. */
  @Transactional
  public Plugin install(Caller caller, byte[] jar, String regionCode) {
    PluginFile file = PluginFile.of(jar, maxBytes);
    Region region = targetRegion(caller, regionCode);
    // locked, so two uploads of the same plugin take turns (on every node)
    Plugin existing = em.find(Plugin.class, file.id(), LockModeType.PESSIMISTIC_WRITE);
    if (existing != null) {
      ensureManages(caller, existing);
      if (existing.version().equals(file.version())) {
        throw new PluginVersionInstalledException(file.id(), file.version());
      }
    }
    var path = host.store(file);
    PluginHost.Running started;
    try {
      started = host.start(file.id(), path);
    } catch (RuntimeException e) {
      if (existing == null || !existing.fileName().equals(file.fileName())) {
        host.delete(file.fileName());
      }
      throw e;
    }
    try {
      return record(caller, file, region, existing, started);
    } catch (RuntimeException e) {
      // e.g. a simultaneous first install of the same id won: leave nothing of this one running
      started.manager().unloadPlugin(file.id());
      if (existing == null || !existing.fileName().equals(file.fileName())) {
        host.delete(file.fileName());
      }
      throw e;
    }
  }

  private Plugin record(
      Caller caller, PluginFile file, Region region, Plugin existing, PluginHost.Running started) {
    Plugin plugin;
    PluginAudit.Action action;
    String oldFile = null;
    if (existing == null) {
      plugin =
          new Plugin(
              file.id(),
              file.version(),
              region,
              file.fileName(),
              file.checksum(),
              caller.username(),
              clock.instant());
      em.persist(plugin);
      action = PluginAudit.Action.INSTALL;
    } else {
      plugin = existing;
      oldFile = existing.fileName();
      plugin.replaceWith(
          file.version(), file.fileName(), file.checksum(), caller.username(), clock.instant());
      action = PluginAudit.Action.UPGRADE;
    }
    em.persist(new PluginAudit(plugin, action, caller.username(), clock.instant()));
    em.flush();
    host.put(started);
    if (oldFile != null && !oldFile.equals(file.fileName())) {
      host.delete(oldFile);
    }
    return plugin;
  }

  public List<Plugin> list(Caller caller) {
    return em.createNamedQuery(Plugin.ALL, Plugin.class).getResultList().stream()
        .filter(p -> sees(caller, p))
        .toList();
  }

  /** The plugin {@code id} if the caller may see it; else not found, naming the ones they see. */
  public Plugin find(Caller caller, String id) {
    Plugin plugin = em.find(Plugin.class, id);
    if (plugin == null || !sees(caller, plugin)) {
      throw new NotFoundException(
          "plugin.notFound",
          id,
          list(caller).stream().map(Plugin::id).collect(Collectors.joining(", ")));
    }
    return plugin;
  }

  @Transactional
  public Plugin disable(Caller caller, String id) {
    Plugin plugin = managed(caller, id);
    host.unload(id);
    plugin.disable();
    em.persist(new PluginAudit(plugin, PluginAudit.Action.DISABLE, caller.username(), now()));
    return plugin;
  }

  /** Starts a disabled or failed plugin again from its file. */
  @Transactional
  public Plugin enable(Caller caller, String id) {
    Plugin plugin = managed(caller, id);
    if (plugin.serving() && host.running(id).isPresent()) {
      return plugin;
    }
    host.unload(id);
    host.put(host.start(id, host.folder().resolve(plugin.fileName())));
    plugin.enable();
    em.persist(new PluginAudit(plugin, PluginAudit.Action.ENABLE, caller.username(), now()));
    return plugin;
  }

  /** Unloads the plugin and deletes its file; the audit trail stays. */
  @Transactional
  public void uninstall(Caller caller, String id) {
    Plugin plugin = managed(caller, id);
    host.unload(id);
    em.persist(new PluginAudit(plugin, PluginAudit.Action.UNINSTALL, caller.username(), now()));
    em.remove(plugin);
    em.flush();
    host.delete(plugin.fileName());
  }

  /** What happened to plugin {@code id}, also after it was uninstalled. */
  public List<PluginAudit> audit(Caller caller, String id) {
    List<PluginAudit> trail =
        em
            .createNamedQuery(PluginAudit.OF_PLUGIN, PluginAudit.class)
            .setParameter("pluginId", id)
            .getResultList()
            .stream()
            .filter(
                a ->
                    caller.systemAdmin()
                        || a.regionId() == null
                        || (caller.region() != null && a.regionId().equals(caller.region().id())))
            .toList();
    if (trail.isEmpty()) {
      find(caller, id);
    }
    return trail;
  }

  /** The forms of a serving plugin's extensions, asked under {@link PluginCalls}' guard. */
  public List<FormDefinition> forms(Caller caller, String id) {
    Plugin plugin = find(caller, id);
    if (!plugin.serving()) {
      throw new PluginNotServingException(id, plugin.state().name());
    }
    return forms(plugin);
  }

  /** What one serving plugin contributes to a region, for the modules that use plugins. */
  public record Contribution<T>(String pluginId, T value) {}

  /**
   * The forms of every plugin serving {@code region} (or all regions), each asked under the guard;
   * a plugin that fails is marked failed and left out, so the others still answer.
   */
  public List<Contribution<FormDefinition>> formsFor(Region region) {
    List<Contribution<FormDefinition>> all = new ArrayList<>();
    for (Plugin plugin : servingFor(region)) {
      try {
        forms(plugin).forEach(form -> all.add(new Contribution<>(plugin.id(), form)));
      } catch (PluginFailedException | PluginNotServingException | PluginsBusyException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " left out: " + e.getMessage());
      }
    }
    return all;
  }

  /** The reports of every plugin serving {@code region}, as {@link #formsFor} does forms. */
  public List<Contribution<ReportDefinition>> reportsFor(Region region) {
    List<Contribution<ReportDefinition>> all = new ArrayList<>();
    for (Plugin plugin : servingFor(region)) {
      try {
        List<ReportDefinition> reports =
            calls.call(
                plugin.id(),
                () -> {
                  List<ReportDefinition> found = new ArrayList<>();
                  for (Reports extension : running(plugin).extensions(Reports.class)) {
                    found.addAll(Objects.requireNonNull(extension.reports(), "reports() null"));
                  }
                  return List.copyOf(found);
                },
                List::size,
                MAX_FORMS);
        reports.forEach(r -> all.add(new Contribution<>(plugin.id(), r)));
      } catch (PluginFailedException | PluginNotServingException | PluginsBusyException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " left out: " + e.getMessage());
      }
    }
    return all;
  }

  /**
   * Builds one report of a plugin serving {@code region}. Once the plugin and report are known,
   * {@code load} reads the outcome data here, on the request's thread; only then is the plugin's
   * {@code build} called under the guard (time limit, any throwable, answer size), so the time
   * limit measures the plugin's own work, never the host's reading.
   */
  public Report report(
      Region region,
      String pluginId,
      String reportId,
      ReportRequest request,
      Supplier<OutcomeSnapshot> load) {
    List<Plugin> serving = servingFor(region);
    Plugin plugin =
        serving.stream()
            .filter(p -> p.id().equals(pluginId))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "plugin.notFound",
                        pluginId,
                        serving.stream().map(Plugin::id).collect(Collectors.joining(", "))));
    PluginHost.Running running = running(plugin);
    // which extension offers the report is asked first, so an unknown id is the caller's mistake
    // and never marks the plugin failed
    Reports offering =
        calls
            .call(
                pluginId,
                () ->
                    running.extensions(Reports.class).stream()
                        .filter(e -> e.reports().stream().anyMatch(r -> r.id().equals(reportId)))
                        .findFirst(),
                found -> 1,
                1)
            .orElseThrow(() -> new NotFoundException("plugin.reportNotFound", pluginId, reportId));
    OutcomeSnapshot data = load.get();
    return calls.call(
        pluginId,
        () -> Objects.requireNonNull(offering.build(reportId, request, data), "build() null"),
        Plugins::rows,
        MAX_REPORT_ROWS);
  }

  private static int rows(Report report) {
    return report.tables().stream().mapToInt(t -> t.rows().size()).sum()
        + report.charts().stream().mapToInt(c -> c.labels().size()).sum();
  }

  private List<Plugin> servingFor(Region region) {
    return em.createNamedQuery(Plugin.ALL, Plugin.class).getResultList().stream()
        .filter(p -> p.serving() && (region == null || p.serves(region)))
        .toList();
  }

  private PluginHost.Running running(Plugin plugin) {
    return host.running(plugin.id())
        .orElseThrow(() -> new PluginNotServingException(plugin.id(), plugin.state().name()));
  }

  private List<FormDefinition> forms(Plugin plugin) {
    PluginHost.Running running = running(plugin);
    return calls.call(
        plugin.id(),
        () -> {
          List<FormDefinition> forms = new ArrayList<>();
          for (EvaluationForms extension : running.extensions(EvaluationForms.class)) {
            forms.addAll(Objects.requireNonNull(extension.forms(), "forms() returned null"));
            if (forms.size() > MAX_FORMS) {
              break;
            }
          }
          return List.copyOf(forms);
        },
        List::size,
        MAX_FORMS);
  }

  /** At start: runs every plugin that was serving; one that no longer starts is marked failed. */
  @Transactional
  public void startInstalled() {
    for (Plugin plugin : em.createNamedQuery(Plugin.ALL, Plugin.class).getResultList()) {
      if (!plugin.serving()) {
        continue;
      }
      try {
        host.put(host.start(plugin.id(), host.folder().resolve(plugin.fileName())));
        LOG.info(() -> "Plugin " + plugin.id() + " " + plugin.version() + " started");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Plugin " + plugin.id() + " did not start", e);
        plugin.fail(
            e instanceof DomainException d
                ? Messages.text(Messages.ENGLISH, d.messageKey(), d.args())
                : PluginCalls.describe(e));
        em.persist(new PluginAudit(plugin, PluginAudit.Action.FAIL, PluginFailures.SYSTEM, now()));
      }
    }
  }

  private Region targetRegion(Caller caller, String regionCode) {
    if (regionCode == null || regionCode.isBlank()) {
      if (caller.systemAdmin()) {
        return null;
      }
      if (caller.region() == null) {
        throw new ForbiddenException("plugin.globalOnlySystemAdmin");
      }
      return caller.region();
    }
    Region region = regions.byCode("region", regionCode);
    caller.ensureAdministers(region);
    return region;
  }

  private Plugin managed(Caller caller, String id) {
    Plugin plugin = find(caller, id);
    ensureManages(caller, plugin);
    return plugin;
  }

  private static void ensureManages(Caller caller, Plugin plugin) {
    if (plugin.region() == null) {
      if (!caller.systemAdmin()) {
        throw new ForbiddenException("plugin.globalOnlySystemAdmin");
      }
    } else {
      caller.ensureAdministers(plugin.region());
    }
  }

  private static boolean sees(Caller caller, Plugin plugin) {
    return caller.systemAdmin() || plugin.serves(caller.region());
  }

  private java.time.Instant now() {
    return clock.instant();
  }
}
