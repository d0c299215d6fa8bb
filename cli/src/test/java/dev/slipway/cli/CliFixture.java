package dev.slipway.cli;

import dev.slipway.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
}
