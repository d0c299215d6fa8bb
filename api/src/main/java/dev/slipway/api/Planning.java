package dev.slipway.api;

import dev.slipway.differ.DiffOptions;
import dev.slipway.differ.Differ;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.change.Change;
import dev.slipway.planner.Plan;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Planner;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Reads both sides, diffs and plans: the work behind {@code plan}, {@code apply} and {@code drift}. */
public final class Planning {
  /** The inputs of a plan. {@code currentUrl} or {@code currentFile} names the current state. */
  public record Request(String currentUrl, String currentFile, String desired, String devUrl, Dialect dialect,
      List<String> schemas, List<String> exclude, Duration lockTimeout) {}

  /** A plan with the two schemas it was made from. */
  public record Result(Plan plan, Schema current, Schema desired, List<Change> changes) {}

  private final Secrets secrets;
  private final PrintWriter notes;
  private final DevServers devServers;

  public Planning(Secrets secrets, PrintWriter notes, DevServers devServers) {
    this.secrets = secrets;
    this.notes = notes;
    this.devServers = devServers;
  }

  public Result plan(Request r) throws IOException, SQLException, IntrospectionException {
    Timings.mark("command line parsed");
    String alias = r.currentUrl() != null ? DatabaseUrl.parse(r.currentUrl(), secrets).database()
        : !r.schemas().isEmpty() ? r.schemas().get(0) : SchemaLoader.DEFAULT_MYSQL_DATABASE;
    SchemaLoader loader = new SchemaLoader(secrets, notes, alias, devServers);
    ReadOptions options = new ReadOptions(r.schemas(), r.exclude());
    SchemaLoader.Loaded current;
    SchemaLoader.Loaded desired;
    if (r.currentUrl() != null) {
      // Both sides at once, on separate connections: the live catalog is read while the desired side is
      // read or loaded (often through a dev database that takes a second to start). A desired database is
      // read at once; a desired file waits only for the live server's version (it picks the dev server).
      DatabaseUrl url = DatabaseUrl.parse(r.currentUrl(), secrets);
      java.util.concurrent.CompletableFuture<ServerVersion> version = new java.util.concurrent.CompletableFuture<>();
      java.util.concurrent.CompletableFuture<SchemaLoader.Loaded> reading =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
              return fingerprintAhead(loader.readDatabase(url, options, version::complete));
            } catch (SQLException | IntrospectionException | RuntimeException e) {
              version.completeExceptionally(e);
              throw e instanceof RuntimeException re ? re : new java.util.concurrent.CompletionException(e);
            }
          });
      try {
        if (DatabaseUrl.looksLikeUrl(r.desired())) {
          desired = fingerprintAhead(loader.load(r.desired(), url.dialect(), r.devUrl(), null, options));
        } else {
          ServerVersion live = await(version);
          if (live.engine() == ServerVersion.Engine.MYSQL && r.devUrl() == null) {
            notes.println("slipway: note: the desired DDL is normalised by the embedded MariaDB; for this MySQL "
                + live.major() + "." + live.minor() + " server pass --dev-url with a MySQL database, or MariaDB's"
                + " spellings (view queries, some defaults) may show up as differences");
          }
          desired = fingerprintAhead(loader.load(r.desired(), url.dialect(), r.devUrl(), live.major(), options));
        }
      } catch (IOException | SQLException | IntrospectionException | RuntimeException e) {
        reading.handle((ok, failed) -> null).join(); // let the read finish
        if (reading.isCompletedExceptionally()) await(reading); // the live database's error comes first
        throw e;
      }
      current = await(reading);
    } else {
      try (SchemaLoader shared = loader.keepingServers()) {
        current = shared.load(r.currentFile(), r.dialect(), r.devUrl(), null, options);
        Integer major = current.version() == null ? null : current.version().major();
        desired = shared.load(r.desired(), current.schema().dialect(), r.devUrl(), major, options);
      }
    }
    Dialect dialect = current.schema().dialect();
    ServerVersion version = current.version() != null ? current.version()
        : desired.version() != null ? desired.version() : Dialects.newest(dialect);
    return plan(current.schema(), desired.schema(), version, r.schemas(), r.exclude(), r.lockTimeout());
  }

  /**
   * Starts computing the schema's fingerprint on a thread of its own. The plan carries both sides'
   * fingerprints, which hash all of both schemas' canonical text (~0.3 s of CPU each at 10,000 tables):
   * done beside the other side's read and the diff, not after them. Schema remembers the value, and the
   * planner's call waits for it if it is not done yet. Its own thread rather than the common pool: on two
   * cores that pool has one worker, busy reading the other side.
   */
  private static Schema fingerprintAhead(Schema schema) {
    Thread t = new Thread(() -> {
      try {
        schema.fingerprint();
      } catch (RuntimeException e) {
        // the planner's own call reports it
      }
    }, "slipway-fingerprint");
    t.setDaemon(true);
    t.start();
    return schema;
  }

  private static SchemaLoader.Loaded fingerprintAhead(SchemaLoader.Loaded loaded) {
    fingerprintAhead(loaded.schema());
    return loaded;
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> f)
      throws SQLException, IntrospectionException {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) throw sql;
      if (cause instanceof IntrospectionException ie) throw ie;
      if (cause instanceof RuntimeException re) throw re;
      throw e;
    }
  }

  public static Result plan(Schema current, Schema desired, ServerVersion version, List<String> schemas,
      List<String> exclude, Duration lockTimeout) {
    current = dev.slipway.api.apply.History.hide(current, desired); // apply --history's table is not drift
    Dialect dialect = current.dialect();
    fingerprintAhead(current);
    fingerprintAhead(desired);
    Timings.mark("both sides read");
    List<Change> changes = Differ.diff(current, desired, Dialects.diffRules(dialect),
        new DiffOptions(schemas, exclude, false));
    Plan plan = new Planner(Dialects.renderer(dialect))
        .plan(changes, new PlanContext(version, current, desired, lockTimeout));
    Timings.mark("diffed and planned");
    return new Result(plan, current, desired, changes);
  }
}
