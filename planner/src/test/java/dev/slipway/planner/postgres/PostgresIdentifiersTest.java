package dev.slipway.planner.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.QualifiedName;
import org.junit.jupiter.api.Test;

class PostgresIdentifiersTest {

  @Test
  void plainLowerCaseNamesStayBare() {
    assertThat(PostgresIdentifiers.quote("orders")).isEqualTo("orders");
    assertThat(PostgresIdentifiers.quote("_tmp$1")).isEqualTo("_tmp$1");
    assertThat(PostgresIdentifiers.qualified(QualifiedName.of("public", "users"))).isEqualTo("public.users");
  }

  @Test
  void everythingElseIsQuotedAndCannotCloseItsQuote() {
    assertThat(PostgresIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(PostgresIdentifiers.quote("Mixed Case")).isEqualTo("\"Mixed Case\"");
    assertThat(PostgresIdentifiers.quote("select")).isEqualTo("\"select\"");
    assertThat(PostgresIdentifiers.quote("user")).isEqualTo("\"user\"");
    assertThat(PostgresIdentifiers.quote("1abc")).isEqualTo("\"1abc\"");
    assertThat(PostgresIdentifiers.quote("x; DROP TABLE t; --")).isEqualTo("\"x; DROP TABLE t; --\"");
    assertThat(PostgresIdentifiers.quote("\"")).isEqualTo("\"\"\"\"");
    assertThat(PostgresIdentifiers.quote("é")).isEqualTo("\"é\"");
  }

  @Test
  void literalsDoubleQuotesAndEscapeBackslashes() {
    assertThat(PostgresIdentifiers.literal("it's")).isEqualTo("'it''s'");
    assertThat(PostgresIdentifiers.literal("a\\b'")).isEqualTo("E'a\\\\b'''");
  }
}
