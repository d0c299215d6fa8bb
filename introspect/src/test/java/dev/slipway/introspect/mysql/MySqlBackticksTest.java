package dev.slipway.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MySqlBackticksTest {
  @Test
  void balancedBackticksTellsAGarbledTriggerBodyFromAGoodOne() {
    assertThat(MySqlObjects.balancedBackticks("SET NEW.`c a``b` = 'a`b'")).isTrue();
    assertThat(MySqlObjects.balancedBackticks("SET NEW.x = 'it''s `odd'")).isTrue();
    assertThat(MySqlObjects.balancedBackticks("BEGIN SET @a = \"`\"; END")).isTrue();
    // What MySQL 8.0.15's TRIGGERS.ACTION_STATEMENT prints for the first one.
    assertThat(MySqlObjects.balancedBackticks("SET NEW.`cc a`bb` = 'a`b'")).isFalse();
  }
}
