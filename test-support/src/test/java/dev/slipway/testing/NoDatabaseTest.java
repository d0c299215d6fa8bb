package dev.slipway.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** With no URL, no embedded engine and no Docker, tests get a failure that says how to provide a database. */
class NoDatabaseTest {
  @Test
  void saysHowToProvideADatabase() {
    String before = System.getProperty("slipway.test.embedded");
    System.setProperty("slipway.test.embedded", "false");
    try {
      Object result = TestDatabases.obtain(TestDatabases.Kind.POSTGRES);
      if (System.getenv(TestDatabases.POSTGRES_URL_ENV) == null && !dev.slipway.engines.ContainerServer.dockerAvailable()) {
        assertThat(result).isInstanceOf(TestDatabases.NoDatabaseError.class);
        assertThat(((Throwable) result).getMessage())
            .contains("SLIPWAY_TEST_POSTGRES_URL=jdbc:postgresql://")
            .contains("embedded engines are turned off")
            .contains("no Docker engine");
      } else {
        assertThat(result).isInstanceOf(dev.slipway.engines.DatabaseServer.class);
      }
    } finally {
      if (before == null) System.clearProperty("slipway.test.embedded"); else System.setProperty("slipway.test.embedded", before);
    }
  }
}
