package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real MariaDB starts from Maven artifacts without Docker (also as root) and runs SQL. */
class MariaDbEngineIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  @Test
  void runsSql() throws SQLException {
    db.execute("CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY, note varchar(20)) ENGINE=InnoDB",
        "INSERT INTO t (note) VALUES ('a'), ('b'), ('c')");
    try (Connection c = db.connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT version(), count(*) FROM t")) {
      rs.next();
      assertThat(rs.getString(1)).contains("MariaDB");
      assertThat(rs.getInt(2)).isEqualTo(3);
    }
  }
}
