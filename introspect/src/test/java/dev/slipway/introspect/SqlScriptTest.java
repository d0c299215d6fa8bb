package dev.slipway.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slipway.model.Dialect;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {
  private static List<String> sqls(String text) {
    return SqlScript.split(text).stream().map(s -> s.sql().strip()).toList();
  }

  @Test
  void splitsOnSemicolonsOutsideQuotesCommentsAndBodies() {
    String script = """
        CREATE TABLE "a;b" (x text DEFAULT 'it''s; fine');
        -- comment; still a comment
        /* block; /* nested; */ still */ SELECT E'\\'; no split';
        CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;
        CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
        CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; SELECT 2; END;
        SELECT $1
        """;
    assertThat(sqls(script)).containsExactly(
        "CREATE TABLE \"a;b\" (x text DEFAULT 'it''s; fine')",
        "-- comment; still a comment\n/* block; /* nested; */ still */ SELECT E'\\'; no split'",
        "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$",
        "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$",
        "CREATE FUNCTION h(x int) RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 END; SELECT 2; END",
        "SELECT $1");
  }

  @Test
  void dropsEmptyStatementsAndKeepsOffsets() {
    List<SqlScript.Statement> s = SqlScript.split(";; -- only a comment\n;SELECT 1;");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).offset()).isEqualTo(22);
  }

  @Test
  void blanksMetaCommandLinesKeepingOffsets() {
    String text = "\\restrict KEY\nSELECT 1;\n\\unrestrict KEY\n";
    String clean = SqlScript.withoutMetaCommands(text);
    assertThat(clean).hasSameSizeAs(text).isEqualTo("             \nSELECT 1;\n               \n");
    assertThat(sqls(clean)).containsExactly("SELECT 1");
  }

  @Test
  void lineColumnCountsCodePoints() {
    String text = "ab\n😀x\n";
    assertThat(SqlScript.lineColumn(text, 0)).isEqualTo("1:1");
    assertThat(SqlScript.lineColumn(text, 5)).isEqualTo("2:2");
    assertThat(SqlScript.offsetOfCodePoint(text, 3, 2)).isEqualTo(5);
  }

  /**
   * Long runs of blanks and DELIMITER lines inside a statement once made the MySQL splitter look back over
   * the whole run at every character (CI's fuzz run timed out on one); a few megabytes of them split at once.
   */
  @Test
  void mySqlSplitIsLinearInBlanksAndDelimiterLines() {
    String script = "CREATE TABLE a (id int)\n" + (" ".repeat(1000) + "DELIMITER //\n").repeat(2000)
        + " ".repeat(2_000_000) + "d;\nDELIMITER //\nSELECT 1//\n";
    List<SqlScript.Statement> s = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> SqlScript.split(script, Dialect.MYSQL));
    assertThat(s).hasSize(2);
    assertThat(s.get(0).sql()).startsWith("CREATE TABLE a (id int)\n").endsWith("d");
    assertThat(s.get(1).sql().strip()).isEqualTo("SELECT 1");
  }
}
