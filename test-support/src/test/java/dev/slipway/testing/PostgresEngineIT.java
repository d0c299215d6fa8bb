package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real PostgreSQL of the selected major starts without Docker and runs SQL. */
class PostgresEngineIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  @Test
  void runsSqlOnTheSelectedMajor() throws SQLException {
    db.execute("CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text)",
        "INSERT INTO t (note) VALUES ('a'), ('b')");
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000, count(*) FROM t")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(TestDatabases.postgresMajor());
      assertThat(rs.getInt(2)).isEqualTo(2);
    }
  }

  @Test
  void eachDatabaseStartsEmpty() throws SQLException {
    String other = db.newDatabase("other");
    try (Connection c = db.connect(other); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
             + "WHERE n.nspname = 'public'")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
    assertThat(other).isNotEqualTo(db.name());
  }
}
