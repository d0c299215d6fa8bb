package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Schema;
import org.junit.jupiter.api.Test;

/** Inputs the fuzz module (module fuzz, PostgresSqlReaderFuzzTest) found mishandled, kept as regressions. */
class PostgresFuzzFindingsTest {
  /** The message quotes the statement, whose quoted identifier held a line break: the CLI prints one line. */
  @Test
  void errorMessageStaysOnOneLineWhenTheStatementQuotesALineBreak() {
    String message = Sql.error("COMMENT ON INDEX a.\"x\nCOMMENT ON INDEX b.\"y IS 'c';\n");
    assertThat(message).startsWith("schema.sql:").doesNotContain("\n", "\r");
  }

  @Test
  void dollarQuotedBodyWithLineBreaksIsQuotedOnOneLine() {
    String message = Sql.error("AS $$\nCREATE FUNCTION f() RETURNS trigger\n$$;\n");
    assertThat(message).startsWith("schema.sql:1:1: ").doesNotContain("\n");
  }

  /**
   * Twenty thousand tables each with an index: every CREATE INDEX used to scan all tables for partitions,
   * quadratic in the file (a 10 MB file took minutes). Only partitioned tables have partitions.
   */
  @Test
  void manyIndexedTablesRead() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, v text);\n")
          .append("CREATE INDEX t").append(i).append("_v ON t").append(i).append(" (v);\n");
    }
    Schema s = Sql.read(b.toString());
    assertThat(s.tables()).hasSize(20_000);
    assertThat(Sql.table(s, "t19999").indexes()).hasSize(1);
  }
}
