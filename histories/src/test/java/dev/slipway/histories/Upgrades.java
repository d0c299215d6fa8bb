package dev.slipway.histories;

import dev.slipway.api.ApplyOptions;
import dev.slipway.api.ApplyResult;
import dev.slipway.api.Slipway;
import dev.slipway.model.Dialect;
import dev.slipway.model.ServerVersion;
import dev.slipway.planner.Plan;
import dev.slipway.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One application's history on one server: every checkpoint built from its scripts and dumped; then for each
 * consecutive pair A → B (and nothing → the last, the last → nothing) a database at A is planned against
 * B's dump, applied with every hazard allowed, re-planned (must be empty), and dumped again (must equal B's
 * dump, column order aside).
 */
final class Upgrades {
  /** One pair's outcome: {@code failure} is null when it converged. */
  record Pair(String name, String failure) {}

  /** What a history gave on a server: the pairs, and the scripts the server itself rejected. */
  record Report(String server, String app, List<Pair> pairs, List<String> rejected, int statements) {}

  private final TestDatabase db;
  private final Dialect dialect;
  private final Path work;

  Upgrades(TestDatabase db, Path work) {
    this.db = db;
    this.dialect = db.engine() == ServerVersion.Engine.POSTGRESQL ? Dialect.POSTGRES : Dialect.MYSQL;
    this.work = work;
  }

  Dialect dialect() {
    return dialect;
  }

  /** {@code postgres18}, {@code mariadb11.4}, {@code mysql8.0}: the server's engine and version, as known failures name it. */
  String server() throws Exception {
    try (Connection c = db.connect()) {
      DatabaseMetaData m = c.getMetaData();
      if (dialect == Dialect.POSTGRES) return "postgres" + m.getDatabaseMajorVersion();
      // MariaDB reports "5.5.5-10.11.6-MariaDB…" to MySQL clients: the real version follows the prefix.
      String v = m.getDatabaseProductVersion();
      boolean maria = v.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
      java.util.regex.Matcher x = java.util.regex.Pattern.compile("^(?:5\\.5\\.5-)?(\\d+)\\.(\\d+)").matcher(v);
      if (!x.find()) throw new IllegalStateException("unexpected server version " + v);
      return (maria ? "mariadb" : "mysql") + x.group(1) + "." + x.group(2);
    }
  }

  Report run(Source source) throws Exception {
    List<Source.Checkpoint> checkpoints = new ArrayList<>();
    List<String> built = new ArrayList<>();
    List<TreeSet<String>> normalisedDumps = new ArrayList<>();
    List<Path> dumpFiles = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    List<String> created = new ArrayList<>();
    try {
      for (Source.Checkpoint cp : source.checkpoints(dialect)) {
        String database = db.newDatabase(source.app());
        created.add(database);
        Replay.Stop stop = build(database, cp);
        if (stop != null) {
          rejected.add(cp.name() + ": " + stop);
          continue; // the server cannot hold this checkpoint; pairs skip it
        }
        String dump = Dumps.dump(db, database);
        Path file = work.resolve(source.app() + "-" + checkpoints.size() + ".sql");
        Files.writeString(file, dump);
        checkpoints.add(cp);
        built.add(database);
        normalisedDumps.add(Dumps.normalised(dump, dialect));
        dumpFiles.add(file);
      }
      List<Pair> pairs = new ArrayList<>();
      if (checkpoints.isEmpty()) return new Report(server(), source.app(), pairs, rejected, 0);
      String emptyDb = db.newDatabase(source.app());
      created.add(emptyDb);
      TreeSet<String> empty = Dumps.normalised(Dumps.dump(db, emptyDb), dialect);
      Path emptyFile = work.resolve(source.app() + "-empty.sql");
      Files.writeString(emptyFile, "-- an empty schema\n");
      int last = checkpoints.size() - 1;
      for (int i = 0; i < last; i++) {
        pairs.add(pair(checkpoints.get(i).name() + " → " + checkpoints.get(i + 1).name(), checkpoints.get(i),
            built.get(i), dumpFiles.get(i + 1), normalisedDumps.get(i + 1)));
      }
      pairs.add(pair("nothing → " + checkpoints.get(last).name(), null, null, dumpFiles.get(last), normalisedDumps.get(last)));
      pairs.add(pair(checkpoints.get(last).name() + " → nothing", checkpoints.get(last), built.get(last), emptyFile, empty));
      return new Report(server(), source.app(), pairs, rejected, normalisedDumps.get(last).size());
    } finally {
      for (String d : created) db.server().dropDatabase(d);
    }
  }

  private Replay.Stop build(String database, Source.Checkpoint cp) throws Exception {
    try (Connection c = db.connect(database)) {
      return Replay.run(c, dialect, cp.build());
    }
  }

  /** A database at {@code from} (null: empty), taken to the schema in {@code desiredFile}. */
  private Pair pair(String name, Source.Checkpoint from, String fromDb, Path desiredFile, TreeSet<String> desired)
      throws Exception {
    String target = db.newDatabase("target");
    try {
      if (from != null) {
        if (dialect == Dialect.POSTGRES) {
          db.server().dropDatabase(target);
          try (Connection c = db.connect(db.server().adminDatabase())) {
            c.createStatement().execute("CREATE DATABASE " + target + " TEMPLATE " + fromDb);
          }
        } else {
          Replay.Stop stop = build(target, from);
          if (stop != null) return new Pair(name, "rebuilding the start failed: " + stop);
        }
      }
      Slipway slipway = Slipway.configure().target(db.urlWithCredentials(target)).desired(desiredFile.toString())
          .devDatabase(db.urlWithCredentials(db.server().adminDatabase())).load();
      ApplyResult applied;
      try {
        applied = slipway.apply(ApplyOptions.defaults().allowingHazards(Set.of("ALL")));
      } catch (Exception e) {
        return new Pair(name, "refused or failed before running: " + e.getMessage());
      }
      if (!applied.succeeded()) {
        var o = applied.outcome();
        return new Pair(name, "apply stopped at statement " + o.failedNumber() + " of "
            + applied.plan().statements().size() + " after " + o.applied().size() + " ran: " + o.error()
            + "\n    " + o.failed().sql());
      }
      Plan replan = slipway.plan().plan();
      if (!replan.isEmpty()) {
        StringBuilder b = new StringBuilder("re-plan is not empty (" + replan.statements().size() + " statements):");
        replan.statements().stream().limit(5).forEach(s -> b.append("\n    ").append(s.sql()));
        return new Pair(name, b.toString());
      }
      TreeSet<String> migrated = Dumps.normalised(Dumps.dump(db, target), dialect);
      if (!migrated.equals(desired)) {
        return new Pair(name, "converged by Slipway's measure but the dumps differ:" + Dumps.difference(migrated, desired, 4));
      }
      return new Pair(name, null);
    } finally {
      db.server().dropDatabase(target);
    }
  }
}
