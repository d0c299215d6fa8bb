package dev.slipway.cli;

import dev.slipway.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** What CLI process tests share: fresh databases, desired-state files, and runs that use the test server as dev database. */
final class CliFixture {
  private final TestDatabase db;

  CliFixture(TestDatabase db) {
    this.db = db;
  }

  /** A new database on the test server, with the setup statements run in it. */
  String fresh(String hint, String... setup) throws SQLException {
    String name = db.newDatabase(hint);
    if (setup.length > 0) db.executeIn(name, setup);
    return name;
  }

  /** A temporary .sql file holding {@code sql}. */
  static Path schema(String sql) throws Exception {
    Path f = Files.createTempFile("desired", ".sql");
    Files.writeString(f, sql);
    return f;
  }

  /** Runs the CLI with the test server as its dev database, so no second embedded server starts. */
  CliProcess.Run slipway(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--dev-url");
    all.add(db.urlWithCredentials(db.server().adminDatabase()));
    return CliProcess.run(Map.of(), all.toArray(String[]::new));
  }

  /** {@link #slipway} on another thread: for a run the test holds up (a lock) and then acts on while it waits. */
  CompletableFuture<CliProcess.Run> inBackground(String... args) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return slipway(args);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** The first column of the first row of {@code sql}, a count, in {@code database}. */
  int count(String database, String sql) throws SQLException {
    try (Connection c = db.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /**
   * Polls the count {@code sql} in {@code database} every 100 ms until it is positive: how a test waits for
   * a background run to reach the point it means to act at (a generous deadline, not a timing assertion).
   */
  void await(String database, String sql, String what) throws Exception {
    for (int i = 0; i < 1200; i++) {
      if (count(database, sql) > 0) return;
      Thread.sleep(100);
    }
    throw new AssertionError(what + " did not happen within 2 minutes");
  }
}
