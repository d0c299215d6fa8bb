package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code slipway drift} on the MySQL family: 0 in sync, 3 with the drift named, JSON for machines. */
class DriftMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  private final CliFixture cli = new CliFixture(db);

  @Test
  void inSyncThenDrifted() throws Exception {
    String name = cli.fresh("mydrift", "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL,"
        + " KEY users_email (email))");
    Path desired = CliFixture.schema("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL,"
        + " KEY users_email (email));");
    CliProcess.Run same = cli.slipway("drift", "--url", db.urlWithCredentials(name), "--to", desired.toString());
    assertThat(same.exitCode()).as(same.stdout() + same.stderr()).isZero();

    db.executeIn(name, "ALTER TABLE users ADD COLUMN hotfix int", "DROP INDEX users_email ON users");
    CliProcess.Run drift = cli.slipway("drift", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--format", "json");
    assertThat(drift.exitCode()).as(drift.stdout() + drift.stderr()).isEqualTo(3);
    assertThat(drift.stdout()).contains("hotfix", "users_email", "DROP COLUMN `hotfix`", "ADD INDEX `users_email`");
  }
}
