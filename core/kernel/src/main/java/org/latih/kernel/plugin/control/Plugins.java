package org.latih.kernel.plugin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.latih.api.forms.FormDefinition;
import org.latih.api.reports.Report;
import org.latih.api.reports.ReportDefinition;
import org.latih.api.reports.ReportRequest;
import org.latih.kernel.cluster.control.ChangeLog;
import org.latih.kernel.identity.region.control.Regions;
import org.latih.kernel.identity.region.entity.Region;
import org.latih.kernel.plugin.entity.Plugin;
import org.latih.kernel.plugin.entity.PluginAudit;
import org.latih.kernel.plugin.entity.PluginDowngradeException;
import org.latih.kernel.plugin.entity.PluginNotServingException;
import org.latih.kernel.plugin.entity.PluginUpload;
import org.latih.kernel.plugin.entity.PluginVersionInstalledException;
import org.latih.kernel.plugin.worker.WorkerFault;
import org.latih.kernel.plugin.worker.WorkerProcess;
import org.latih.kernel.rest.ForbiddenException;
import org.latih.kernel.rest.InvalidInputException;
import org.latih.kernel.rest.NotFoundException;
import org.latih.kernel.security.control.Caller;
import org.latih.worker.protocol.OutcomeParts;
import org.latih.worker.protocol.OutcomeSnapshot;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * The plugin use cases: install or upgrade, disable, enable, uninstall, and reading what a plugin
 * defines. Each region installs its own copy of a plugin id; a system admin may also install one
 * for all regions (a region's own install of the same id takes its place there). System admins
 * manage every install; a regional admin only their region's, and sees those plus the ones for all
 * regions. Plugin code runs only in workers ({@link PluginCalls}); what a version defines is read
 * once, at install, and kept with it.
 */
@ApplicationScoped
public class Plugins {

  private static final Logger LOG = Logger.getLogger(Plugins.class.getName());

  static final int MAX_REPORT_ROWS = 10_000;

  /** How the API names the scope of all regions in {@code region=}. */
  static final String ALL = "all";

  private static final VersionManager VERSIONS = new DefaultVersionManager();

  @PersistenceContext EntityManager em;
  @Inject PluginFiles files;
  @Inject PluginJars jars;
  @Inject ChangeLog changes;
  @Inject Workers workers;
  @Inject PluginCalls calls;
  @Inject PluginStates states;
  @Inject PluginApprovals approvals;
  @Inject Regions regions;
  @Inject Clock clock;

  private final SharedBuilds<View, Report> builds = new SharedBuilds<>();

  @Inject
  @ConfigProperty(name = "latih.plugin.max-bytes", defaultValue = "10485760")
  long maxBytes;

  private final Map<Long, Read> definitions = new ConcurrentHashMap<>();

  /** Definitions parsed from one version of an install. */
  private record Read(String checksum, Definitions definitions) {}

  public long maxBytes() {
    return maxBytes;
  }

  /**
   * What an upload led to: the install now running, or the upload kept to wait for approval ({@link
   * PluginApprovals}); exactly one of them is set.
   */
  public record Upload(Plugin installed, PluginUpload waiting) {}

  /**
   * Installs a plugin for a region (or all regions), or upgrades that region's install; the old
   * version serves until the new one's worker has started and given its definitions. An older
   * version replaces a newer one only with {@code downgrade} confirmed, and is audited as such. In
   * a region that requires approval, a regional admin's upload of a jar not approved before is kept
   * unrun instead.
   */
  @Transactional
  public Upload install(Caller caller, byte[] jar, String regionCode, boolean downgrade) {
    PluginFile file = PluginFile.of(jar, maxBytes);
    Region region = targetRegion(caller, regionCode);
    Plugin existing = locked(file, region);
    PluginAudit.Action action = action(file, existing, downgrade);
    if (approvals.mustWait(caller, region, file)) {
      return new Upload(null, approvals.hold(caller, region, file, downgrade));
    }
    approvals.supersede(file.id(), region);
    return new Upload(run(caller.username(), file, region, existing, action), null);
  }

  /**
   * Approves waiting upload {@code key} (system admins only) and installs it as its uploader asked;
   * if it cannot be installed (it fails to start, or is no longer newer) nothing of the approval is
   * kept and the upload still waits.
   */
  @Transactional
  public Plugin approve(Caller caller, long key) {
    PluginUpload upload = approvals.approve(caller, key);
    PluginFile file = PluginFile.of(upload.bytes(), maxBytes);
    Plugin existing = locked(file, upload.region());
    PluginAudit.Action action = action(file, existing, upload.downgrade());
    return run(upload.uploadedBy(), file, upload.region(), existing, action);
  }

  /**
   * The install {@code file} would replace, locked so that uploads to it take turns (every node).
   */
  private Plugin locked(PluginFile file, Region region) {
    return em.createNamedQuery(Plugin.IN_SCOPE, Plugin.class)
        .setParameter("pluginId", file.id())
        .setParameter("scope", region == null ? Plugin.ALL_REGIONS : region.id())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static PluginAudit.Action action(PluginFile file, Plugin existing, boolean downgrade) {
    if (existing == null) {
      return PluginAudit.Action.INSTALL;
    }
    int order = VERSIONS.compareVersions(file.version(), existing.version());
    if (order == 0) {
      throw new PluginVersionInstalledException(file.id(), file.version());
    }
    if (order < 0 && !downgrade) {
      throw new PluginDowngradeException(file.id(), existing.version(), file.version());
    }
    return order < 0 ? PluginAudit.Action.DOWNGRADE : PluginAudit.Action.UPGRADE;
  }

  private Plugin run(
      String username, PluginFile file, Region region, Plugin existing, PluginAudit.Action action) {
    long scope = region == null ? Plugin.ALL_REGIONS : region.id();
    Path path = files.store(scope, file);
    jars.store(scope, file);
    String oldFile = existing == null ? null : existing.fileName();
    boolean keepFile = file.fileName().equals(oldFile);
    WorkerProcess started;
    String json;
    try {
      started = workers.candidate(path, file.id());
      json = Definitions.of(started.ready()).json();
    } catch (WorkerFault e) {
      if (!keepFile) {
        files.delete(scope, file.fileName());
      }
      throw new InvalidInputException(
          PluginFile.FIELD, "plugin.startFailed", file.id(), e.getMessage());
    }
    try {
      if (json.length() > Plugin.DEFINITIONS_LENGTH) {
        throw new InvalidInputException(
            PluginFile.FIELD, "plugin.definitionsTooLarge", file.id(), Plugin.DEFINITIONS_LENGTH);
      }
      Plugin plugin = record(username, file, region, existing, json);
      em.persist(new PluginAudit(plugin, action, username, now()));
      if (oldFile != null && !keepFile) {
        jars.delete(scope, oldFile);
      }
      announce(plugin);
      em.flush();
      workers.put(plugin.key(), plugin.checksum(), started);
      if (oldFile != null && !keepFile) {
        // the old version's file goes once its worker is replaced
        files.delete(scope, oldFile);
      }
      return plugin;
    } catch (RuntimeException e) {
      // e.g. a simultaneous first install of the same id won: leave nothing of this one running
      started.close();
      if (!keepFile) {
        files.delete(scope, file.fileName());
      }
      throw e;
    }
  }

  private Plugin record(
      String username, PluginFile file, Region region, Plugin existing, String definitions) {
    if (existing == null) {
      Plugin plugin =
          new Plugin(
              file.id(),
              region,
              file.version(),
              file.fileName(),
              file.checksum(),
              definitions,
              username,
              now());
      em.persist(plugin);
      return plugin;
    }
    existing.replaceWith(
        file.version(), file.fileName(), file.checksum(), definitions, username, now());
    return existing;
  }

  public List<Plugin> list(Caller caller) {
    return em.createNamedQuery(Plugin.ALL, Plugin.class).getResultList().stream()
        .filter(p -> sees(caller, p))
        .toList();
  }

  /**
   * The install of plugin {@code id} the caller means: the one of {@code regionCode} ({@code all}:
   * the one for all regions) when named; else the caller's region's own, or the one for all
   * regions; a system admin must name the region when several regions installed the id.
   */
  public Plugin find(Caller caller, String id, String regionCode) {
    List<Plugin> visible =
        em
            .createNamedQuery(Plugin.BY_ID, Plugin.class)
            .setParameter("pluginId", id)
            .getResultList()
            .stream()
            .filter(p -> sees(caller, p))
            .toList();
    List<Plugin> chosen;
    if (regionCode != null && !regionCode.isBlank()) {
      long scope =
          ALL.equalsIgnoreCase(regionCode)
              ? Plugin.ALL_REGIONS
              : regions.byCode("region", regionCode).id();
      chosen = visible.stream().filter(p -> p.scope() == scope).toList();
    } else if (caller.region() != null && !caller.systemAdmin()) {
      // a regional admin's own install comes first; the scope of all regions sorts before it
      chosen = visible.isEmpty() ? visible : List.of(visible.get(visible.size() - 1));
    } else {
      chosen = visible;
    }
    if (chosen.size() > 1) {
      throw new PluginRegionNeededException(
          id,
          chosen.stream()
              .map(p -> p.region() == null ? ALL : p.region().code())
              .collect(Collectors.joining(", ")));
    }
    if (chosen.isEmpty()) {
      throw new NotFoundException(
          "plugin.notFound",
          id,
          list(caller).stream().map(Plugin::id).distinct().collect(Collectors.joining(", ")));
    }
    return chosen.get(0);
  }

  @Transactional
  public Plugin disable(Caller caller, String id, String regionCode) {
    Plugin plugin = managed(caller, id, regionCode);
    workers.stop(plugin.key());
    plugin.disable();
    em.persist(new PluginAudit(plugin, PluginAudit.Action.DISABLE, caller.username(), now()));
    announce(plugin);
    return plugin;
  }

  /** Starts a disabled or failed install again from its file, forgiving its failures. */
  @Transactional
  public Plugin enable(Caller caller, String id, String regionCode) {
    Plugin plugin = managed(caller, id, regionCode);
    if (plugin.serving()) {
      return plugin;
    }
    workers.stop(plugin.key());
    try {
      WorkerProcess started = workers.candidate(files.path(plugin), plugin.id());
      if (plugin.definitions() == null) {
        plugin.define(Definitions.of(started.ready()).json());
      }
      workers.put(plugin.key(), plugin.checksum(), started);
    } catch (WorkerFault e) {
      throw new InvalidInputException(
          PluginFile.FIELD, "plugin.startFailed", plugin.id(), e.getMessage());
    }
    plugin.enable();
    em.persist(new PluginAudit(plugin, PluginAudit.Action.ENABLE, caller.username(), now()));
    announce(plugin);
    return plugin;
  }

  /** Stops the install's worker and deletes its file; the audit trail and answers stay. */
  @Transactional
  public void uninstall(Caller caller, String id, String regionCode) {
    Plugin plugin = managed(caller, id, regionCode);
    workers.stop(plugin.key());
    em.persist(new PluginAudit(plugin, PluginAudit.Action.UNINSTALL, caller.username(), now()));
    jars.delete(plugin.scope(), plugin.fileName());
    announce(plugin);
    em.remove(plugin);
    em.flush();
    files.delete(plugin.scope(), plugin.fileName());
  }

  /** What happened to one install of plugin {@code id}, also after it was uninstalled. */
  public List<PluginAudit> audit(Caller caller, String id, String regionCode) {
    Long regionId = auditRegion(caller, regionCode);
    List<PluginAudit> trail =
        em
            .createNamedQuery(PluginAudit.OF_PLUGIN, PluginAudit.class)
            .setParameter("pluginId", id)
            .getResultList()
            .stream()
            .filter(a -> Objects.equals(a.regionId(), regionId))
            .toList();
    if (trail.isEmpty()) {
      find(caller, id, regionCode);
    }
    return trail;
  }

  /** The region whose trail the caller means: named, or their own; null for all regions. */
  private Long auditRegion(Caller caller, String regionCode) {
    if (regionCode != null && !regionCode.isBlank() && !ALL.equalsIgnoreCase(regionCode)) {
      Region region = regions.byCode("region", regionCode);
      if (!caller.systemAdmin()) {
        caller.ensureAdministers(region);
      }
      return region.id();
    }
    if (ALL.equalsIgnoreCase(regionCode) || caller.systemAdmin() || caller.region() == null) {
      return null;
    }
    return caller.region().id();
  }

  /** The forms one install defines, as kept since it was installed. */
  public List<FormDefinition> forms(Caller caller, String id, String regionCode) {
    Plugin plugin = find(caller, id, regionCode);
    if (!plugin.serving()) {
      throw new PluginNotServingException(id, plugin.state().name());
    }
    return definitions(plugin).forms();
  }

  /** What one serving plugin contributes to a region, for the modules that use plugins. */
  public record Contribution<T>(String pluginId, T value) {}

  /** The forms of every plugin serving {@code region}, from what their installs keep. */
  public List<Contribution<FormDefinition>> formsFor(Region region) {
    List<Contribution<FormDefinition>> all = new ArrayList<>();
    for (Plugin plugin : servingFor(region)) {
      definitions(plugin).forms().forEach(f -> all.add(new Contribution<>(plugin.id(), f)));
    }
    return all;
  }

  /** The reports of every plugin serving {@code region}, as {@link #formsFor} does forms. */
  public List<Contribution<ReportDefinition>> reportsFor(Region region) {
    return reportsFor(region, null);
  }

  /**
   * As {@link #reportsFor(Region)}, titled in {@code language} ({@code "en"}; null or {@code "id"}
   * for Indonesian) where the plugin titled them so; from what the installs keep, every language.
   */
  public List<Contribution<ReportDefinition>> reportsFor(Region region, String language) {
    List<Contribution<ReportDefinition>> all = new ArrayList<>();
    for (Plugin plugin : servingFor(region)) {
      definitions(plugin)
          .reports(language)
          .forEach(r -> all.add(new Contribution<>(plugin.id(), r)));
    }
    return all;
  }

  /**
   * Builds one report of a plugin serving {@code region}. An unknown report id is the caller's
   * mistake, found in the kept definitions without running plugin code. Then {@code load} reads the
   * parts of the outcome data the report reads ({@link PluginCalls#build}) here, on the request's
   * thread, and only then does the worker get the call: the time limit measures the plugin's own
   * work, never the host's reading. Identical views share builds ({@link SharedBuilds}); {@code
   * load} is expected to be bounded by {@link OutcomeLoads}.
   */
  public Report report(
      Region region,
      String pluginId,
      String reportId,
      ReportRequest request,
      Function<OutcomeParts, OutcomeSnapshot> load) {
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
    if (!definitions(plugin).offersReport(reportId)) {
      throw new NotFoundException("plugin.reportNotFound", pluginId, reportId);
    }
    return builds.get(
        new View(plugin.key(), plugin.checksum(), region.id(), reportId, request),
        () -> checked(plugin, calls.build(plugin, reportId, request, load)));
  }

  /** What makes two report views identical: the install's version, region, report and request. */
  private record View(
      Long install, String checksum, Long region, String report, ReportRequest request) {}

  private Report checked(Plugin plugin, Report report) {
    int rows =
        report.tables().stream().mapToInt(t -> t.rows().size()).sum()
            + report.charts().stream().mapToInt(c -> c.labels().size()).sum();
    if (rows > MAX_REPORT_ROWS) {
      String why = "answered " + rows + " rows; at most " + MAX_REPORT_ROWS + " are accepted";
      states.fail(plugin.key(), why);
      throw new PluginFailedException(plugin.id(), why);
    }
    return report;
  }

  /**
   * The installs serving {@code region} (null: only those for all regions), one per plugin id: a
   * region's own install in place of the one for all regions.
   */
  private List<Plugin> servingFor(Region region) {
    Map<String, Plugin> byId = new LinkedHashMap<>();
    em.createNamedQuery(Plugin.SERVING, Plugin.class)
        .setParameter("region", region == null ? Plugin.ALL_REGIONS : region.id())
        .getResultList()
        .forEach(p -> byId.put(p.id(), p)); // ordered by scope: the region's own comes last
    return List.copyOf(byId.values());
  }

  /**
   * What {@code plugin}'s installed version defines, parsed once per version. An install made
   * before definitions were kept has them read from its worker now, and kept.
   */
  private Definitions definitions(Plugin plugin) {
    Read read = definitions.get(plugin.key());
    if (read != null && read.checksum().equals(plugin.checksum())) {
      return read.definitions();
    }
    Definitions parsed;
    if (plugin.definitions() != null) {
      parsed = Definitions.parse(plugin.definitions());
      if (parsed.keptBeforeLanguages()) {
        parsed = readAgain(plugin, parsed);
      }
    } else {
      parsed = Definitions.of(calls.worker(plugin).ready());
      states.define(plugin.key(), parsed.json());
    }
    definitions.put(plugin.key(), new Read(plugin.checksum(), parsed));
    return parsed;
  }

  /**
   * The definitions of an install kept before report titles were read in every language, read again
   * from its worker and kept; the Indonesian ones kept when the worker cannot give them.
   */
  private Definitions readAgain(Plugin plugin, Definitions kept) {
    try {
      Definitions read = Definitions.of(calls.worker(plugin).ready());
      states.redefine(plugin.key(), plugin.checksum(), read.json());
      return read;
    } catch (RuntimeException e) {
      LOG.warning(() -> "Plugin " + plugin.id() + ": report titles stay Indonesian: " + e);
      return kept;
    }
  }

  /** Tells every node's plugin host that this install changed (in this transaction). */
  private void announce(Plugin plugin) {
    changes.record(
        ChangeLog.PLUGIN,
        String.valueOf(plugin.key()),
        plugin.scope() == Plugin.ALL_REGIONS ? null : plugin.scope());
  }

  /**
   * At start: the jar of an install made before jars were kept in the database is read into it from
   * this node's disk; then every serving install's file in this node's cache is checked and, if
   * missing or changed, written again from the database. An install whose jar is found intact
   * nowhere is failed with the reason.
   */
  public void verifyInstalled() {
    for (Plugin plugin : em.createNamedQuery(Plugin.ALL, Plugin.class).getResultList()) {
      if (!jars.has(plugin.scope(), plugin.fileName()) && files.checked(plugin).isEmpty()) {
        jars.adopt(plugin.scope(), plugin.fileName(), plugin.checksum(), files.bytes(plugin));
      }
      if (plugin.serving()) {
        files.problem(plugin).ifPresent(why -> states.fail(plugin.key(), why));
      }
    }
  }

  private Region targetRegion(Caller caller, String regionCode) {
    if (regionCode == null || regionCode.isBlank() || ALL.equalsIgnoreCase(regionCode)) {
      if (caller.systemAdmin()) {
        return null;
      }
      if (caller.region() == null || ALL.equalsIgnoreCase(regionCode)) {
        throw new ForbiddenException("plugin.globalOnlySystemAdmin");
      }
      return caller.region();
    }
    Region region = regions.byCode("region", regionCode);
    caller.ensureAdministers(region);
    return region;
  }

  /**
   * The install {@code id} the caller administers, read again under a row lock: the supervisor's
   * retry changes the same row, and the admin's change must not be undone by it (or undo it).
   */
  private Plugin managed(Caller caller, String id, String regionCode) {
    Plugin plugin = find(caller, id, regionCode);
    if (plugin.region() == null) {
      if (!caller.systemAdmin()) {
        throw new ForbiddenException("plugin.globalOnlySystemAdmin");
      }
    } else {
      caller.ensureAdministers(plugin.region());
    }
    Plugin managed = em.contains(plugin) ? plugin : em.find(Plugin.class, plugin.key());
    em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
    return managed;
  }

  private static boolean sees(Caller caller, Plugin plugin) {
    return caller.systemAdmin() || plugin.serves(caller.region());
  }

  private Instant now() {
    return clock.instant();
  }
}
