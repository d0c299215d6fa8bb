package dev.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.model.ServerVersion.Engine;
import org.junit.jupiter.api.Test;

class ServerVersionTest {

  @Test
  void parsesWhatServersSay() {
    assertThat(ServerVersion.parse(Engine.POSTGRESQL, "16.4 (Debian 16.4-1.pgdg120+1)"))
        .isEqualTo(new ServerVersion(Engine.POSTGRESQL, 16, 4, 0));
    assertThat(ServerVersion.parse(Engine.POSTGRESQL, "13beta1")).isEqualTo(new ServerVersion(Engine.POSTGRESQL, 13, 0, 0));
    assertThat(ServerVersion.parse(Engine.MYSQL, "8.0.15")).isEqualTo(new ServerVersion(Engine.MYSQL, 8, 0, 15));
    assertThat(ServerVersion.parse(Engine.MYSQL, "5.5.5-10.11.19-MariaDB-0+deb12u1"))
        .isEqualTo(new ServerVersion(Engine.MARIADB, 10, 11, 19));
    assertThat(ServerVersion.parse(Engine.MYSQL, "11.4.5-MariaDB")).isEqualTo(new ServerVersion(Engine.MARIADB, 11, 4, 5));
  }

  @Test
  void comparesCapabilities() {
    ServerVersion pg = new ServerVersion(Engine.POSTGRESQL, 12, 3, 0);
    assertThat(pg.atLeast(12)).isTrue();
    assertThat(pg.atLeast(13)).isFalse();
    assertThat(pg.atLeast(12, 4)).isFalse();
    ServerVersion my = new ServerVersion(Engine.MYSQL, 8, 0, 29);
    assertThat(my.atLeast(8, 0, 29)).isTrue();
    assertThat(my.atLeast(8, 0, 30)).isFalse();
    assertThat(my.dialect()).isEqualTo(Dialect.MYSQL);
    assertThat(pg.toString()).isEqualTo("12.3");
    assertThat(my.toString()).isEqualTo("8.0.29");
  }

  @Test
  void rejectsGarbage() {
    assertThatThrownBy(() -> ServerVersion.parse(Engine.POSTGRESQL, "banana"))
        .isInstanceOf(InvalidModelException.class).hasMessage("unreadable server version: banana");
  }
}
