package dev.slipway.api;

import dev.slipway.api.apply.Executor;
import dev.slipway.api.apply.History;
import dev.slipway.api.apply.Outcome;
import dev.slipway.api.apply.Session;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The library's front door: what {@code slipway plan}, {@code apply}, {@code drift} and {@code inspect} do,
 * for any Java caller (the CLI is one).
 * <pre>{@code
 * Slipway slipway = Slipway.configure().target("postgres://app@db/app").desired("db/schema.sql").load();
 * Plan plan = slipway.plan().plan();
 * ApplyResult done = slipway.apply(ApplyOptions.defaults().allowingHazards(Set.of("DELETES_DATA")));
 * }</pre>
 * Errors are exceptions whose one-line message names the file, line and column or the database object:
 * {@link UserException}, {@link RefusedException} (nothing was changed), {@link DevServerException}, and the
 * readers', differ's and planner's own.
 */
public final class Slipway {
  private final Builder config;

  private Slipway(Builder config) {
    this.config = config;
  }

  public static Builder configure() {
    return new Builder();
  }

  /** Settings; {@link #load()} checks them and makes the {@link Slipway}. */
  public static final class Builder {
    private String target;
    private String from;
    private String desired;
    private String devDatabase;
    private Dialect dialect;
    private List<String> schemas = List.of();
    private List<String> exclude = List.of();
    private Duration lockTimeout;
    private PrintWriter notes = new PrintWriter(Writer.nullWriter());
    private Secrets secrets = new Secrets();
    private DevServers devServers = DevServers.NONE;

    private Builder() {}

    /** The live database: a JDBC URL or {@code postgres://}, {@code mysql://}, {@code mariadb://}. */
    public Builder target(String url) {
      this.target = url;
      return this;
    }

    /** The current state from a file or directory instead of a database (plan only). */
    public Builder from(String path) {
      this.from = path;
      return this;
    }

    /** The desired schema: a {@code .sql} or {@code .yaml} file, a directory of them, or a database URL. */
    public Builder desired(String spec) {
      this.desired = spec;
      return this;
    }

    /** Where desired SQL is normalised: a URL, a spec the {@link DevServers} know, {@code none}; null: the default. */
    public Builder devDatabase(String spec) {
      this.devDatabase = spec;
      return this;
    }

    /** The dialect when no database says which (file to file); null: PostgreSQL. */
    public Builder dialect(Dialect d) {
      this.dialect = d;
      return this;
    }

    public Builder schemas(List<String> s) {
      this.schemas = List.copyOf(s);
      return this;
    }

    public Builder exclude(List<String> globs) {
      this.exclude = List.copyOf(globs);
      return this;
    }

    /** The lock timeout each statement runs with (null: the planner's default). */
    public Builder lockTimeout(Duration d) {
      this.lockTimeout = d;
      return this;
    }

    /** Where notes and warnings go (which dev database read the SQL, …); default: nowhere. */
    public Builder notes(PrintWriter w) {
      this.notes = w;
      return this;
    }

    /** The passwords registry shared with the caller's own output. */
    public Builder secrets(Secrets s) {
      this.secrets = s;
      return this;
    }

    /** Dev servers Slipway may start itself; default: none (a URL, or offline reading). */
    public Builder devServers(DevServers d) {
      this.devServers = d;
      return this;
    }

    public Slipway load() {
      if (target == null && from == null) throw new UserException("a target database (or a current file) is required");
      return new Slipway(this);
    }
  }

  /** The target database's URL, as parsed (passwords registered, never printed). */
  public DatabaseUrl targetUrl() {
    return DatabaseUrl.parse(config.target, config.secrets);
  }

  /** The statements that take the current schema to the desired one, with both schemas and the changes. */
  public Planning.Result plan() throws IOException, SQLException, IntrospectionException {
    requireDesired();
    return new Planning(config.secrets, config.notes, config.devServers).plan(new Planning.Request(config.target,
        config.from, config.desired, config.devDatabase, config.dialect, config.schemas, config.exclude,
        config.lockTimeout));
  }

  /** The target's schema as its catalog has it, with the server's version. */
  public SchemaLoader.Loaded read() throws SQLException, IntrospectionException {
    return loader(null).readDatabase(targetUrl(), readOptions());
  }

  /**
   * Applies the desired schema to the target (DESIGN.md §7): takes the apply lock, re-reads the live schema,
   * plans (or checks a saved plan's fingerprint), checks hazards, asks {@link ApplyOptions#confirm()}, runs.
   * Nothing touches the database before every check has passed; a failed statement stops the run and the
   * {@link Outcome} says what ran.
   */
  public ApplyResult apply(ApplyOptions options) throws IOException, SQLException, IntrospectionException {
    DatabaseUrl url = targetUrl();
    String lockKey = "slipway:" + url.database();
    try (Connection c = url.connect()) {
      Session session = Dialects.session(Dialects.serverVersion(url.dialect(), c));
      if (!session.tryLock(c, lockKey)) {
        throw new RefusedException(RefusedException.Reason.LOCKED, "another slipway apply holds the lock on " + url
            + "; nothing was changed");
      }
      try {
        return applyLocked(c, url, session, options);
      } finally {
        unlockQuietly(session, c, lockKey);
      }
    }
  }

  private ApplyResult applyLocked(Connection c, DatabaseUrl url, Session session, ApplyOptions options)
      throws IOException, SQLException, IntrospectionException {
    SchemaLoader loader = loader(url.database());
    SchemaLoader.Loaded live = loader.readDatabase(url, readOptions());
    Plan plan;
    if (options.saved() != null) {
      ApplyOptions.SavedPlan saved = options.saved();
      if (!History.matches(live.schema(), saved.currentFingerprint())) { // slipway_history is not part of the state
        throw new RefusedException(RefusedException.Reason.DATABASE_CHANGED, "the database changed since the plan "
            + "was made (plan: " + saved.currentFingerprint() + ", now: "
            + History.hide(live.schema(), null).fingerprint() + "); nothing was changed. Make a new plan.");
      }
      plan = new Plan(live.version(), saved.currentFingerprint(), saved.desiredFingerprint(), saved.statements());
    } else {
      requireDesired();
      Schema desired = loader.load(config.desired, url.dialect(), config.devDatabase, live.version().major(),
          readOptions()).schema();
      plan = Planning.plan(live.schema(), desired, live.version(), config.schemas, config.exclude,
          config.lockTimeout).plan();
    }
    if (plan.isEmpty()) return new ApplyResult(plan, null, options.dryRun());
    options.review().accept(plan);
    List<String> refused = new ArrayList<>();
    for (Statement s : plan.statements()) {
      for (Hazard h : s.hazards()) {
        if (h.severity() == Severity.DANGER && !options.allows(h.code().name())) {
          refused.add(h.code() + " on " + s.subject() + ": " + h.message());
        }
      }
    }
    if (!refused.isEmpty()) {
      throw new RefusedException(RefusedException.Reason.HAZARDS, "refusing to apply: " + refused.size()
          + " danger hazard(s) not allowed (pass --allow-hazards CODE,… or all): " + String.join("; ", refused)
          + ". Nothing was changed.");
    }
    if (options.dryRun()) return new ApplyResult(plan, null, true);
    if (!options.confirm().test(plan)) {
      throw new UserException("not applied: no confirmation (pass --auto-approve when not on a terminal)");
    }
    long started = System.nanoTime();
    Outcome outcome = Executor.standard(session, options.listener()).run(c, plan.statements());
    if (options.historySchema() != null) {
      new History(options.historySchema()).recordQuietly(url::connect, plan.currentFingerprint(),
          plan.desiredFingerprint(), plan.statements(), outcome, Duration.ofNanos(System.nanoTime() - started),
          options.warnings(), config.secrets::scrub);
    }
    return new ApplyResult(plan, outcome, false);
  }

  private SchemaLoader loader(String alias) {
    return new SchemaLoader(config.secrets, config.notes, alias, config.devServers);
  }

  private ReadOptions readOptions() {
    return new ReadOptions(config.schemas, config.exclude);
  }

  private void requireDesired() {
    if (config.desired == null) throw new UserException("a desired schema is required");
  }

  /** The lock is the session's: a connection that died took it along, and the outcome is already decided. */
  private static void unlockQuietly(Session session, Connection c, String key) {
    try {
      if (!c.isClosed()) session.unlock(c, key);
    } catch (SQLException gone) {
      // released with the session
    }
  }
}
