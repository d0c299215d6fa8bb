package dev.slipway.planner.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresTypeChangeTest {

  @Test
  void binaryCoercibleChangesNeedNoRewrite() {
    assertThat(PostgresTypeChange.binaryCoercible("character varying(20)", "character varying(50)")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("character varying(20)", "character varying")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("character varying(20)", "text")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("text", "character varying")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("numeric(10,2)", "numeric(12,2)")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("numeric(10,2)", "numeric")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("cidr", "inet")).isTrue();
    assertThat(PostgresTypeChange.binaryCoercible("timestamp(3) with time zone", "timestamp with time zone")).isTrue();
  }

  @Test
  void everythingElseRewrites() {
    assertThat(PostgresTypeChange.binaryCoercible("character varying(50)", "character varying(20)")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("text", "character varying(20)")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("numeric(10,2)", "numeric(12,3)")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("numeric", "numeric(12,2)")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("integer", "bigint")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("timestamp without time zone", "timestamp with time zone")).isFalse();
    assertThat(PostgresTypeChange.binaryCoercible("character(10)", "text")).isFalse();
  }
}
