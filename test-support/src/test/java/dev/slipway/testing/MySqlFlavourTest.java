package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.model.ServerVersion;
import org.junit.jupiter.api.Test;

/** -Dslipway.test.mysql picks the flavour; a typo fails instead of silently running the default. */
class MySqlFlavourTest {
  @Test
  void parsesTheProperty() {
    String before = System.getProperty(MySqlFlavour.PROPERTY);
    try {
      System.clearProperty(MySqlFlavour.PROPERTY);
      assertThat(TestDatabases.mysqlFlavour()).isEqualTo(MySqlFlavour.MARIADB);
      System.setProperty(MySqlFlavour.PROPERTY, "mysql8");
      assertThat(TestDatabases.mysqlFlavour()).isEqualTo(MySqlFlavour.MYSQL8);
      assertThat(TestDatabases.mysqlFlavour().engine()).isEqualTo(ServerVersion.Engine.MYSQL);
      assertThat(TestDatabases.mysqlFlavour().hasCheckConstraints()).isFalse();
      System.setProperty(MySqlFlavour.PROPERTY, " MariaDB-System ");
      assertThat(TestDatabases.mysqlFlavour()).isEqualTo(MySqlFlavour.MARIADB_SYSTEM);
      assertThat(TestDatabases.mysqlFlavour().engine()).isEqualTo(ServerVersion.Engine.MARIADB);
      System.setProperty(MySqlFlavour.PROPERTY, "mysql");
      assertThatThrownBy(TestDatabases::mysqlFlavour).hasMessageContaining("mariadb, mariadb-system, mysql8");
    } finally {
      if (before == null) System.clearProperty(MySqlFlavour.PROPERTY); else System.setProperty(MySqlFlavour.PROPERTY, before);
    }
  }

  @Test
  void onlySameProductContainersAreFallbacks() {
    assertThat(MySqlFlavour.MYSQL8.containerTag()).isEqualTo("8.0.15");
    assertThat(MySqlFlavour.MARIADB_SYSTEM.containerTag()).isNull();
  }
}
