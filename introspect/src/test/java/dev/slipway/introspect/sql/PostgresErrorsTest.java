package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed input is refused with file:line:column, the statement, and what is wrong. */
class PostgresErrorsTest {
  @Test
  void unterminatedStringLiteral() {
    assertThat(Sql.error("CREATE TABLE t (a text DEFAULT 'oops);\n"))
        .startsWith("schema.sql:1:32: unterminated string literal");
  }

  @Test
  void unterminatedQuotedIdentifier() {
    assertThat(Sql.error("CREATE TABLE t (\n  \"a text);\n")).startsWith("schema.sql:2:3: unterminated quoted identifier");
  }

  @Test
  void unterminatedDollarQuote() {
    assertThat(Sql.error("CREATE TABLE t (a int);\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1;\n"))
        .startsWith("schema.sql:2:49: unterminated dollar-quoted string $body$");
  }

  @Test
  void unterminatedBlockComment() {
    assertThat(Sql.error("CREATE TABLE t (a int); /* never closed\n")).startsWith("schema.sql:1:25: unterminated /* comment");
  }

  @Test
  void truncatedStatement() {
    assertThat(Sql.error("CREATE TABLE a (id int);\nCREATE TABLE t (\n  id int,\n  name text\n"))
        .startsWith("schema.sql:2:16: unclosed \"(\" at end of file (statement truncated?)")
        .contains("in \"CREATE TABLE t ( id int, name text\"");
  }

  @Test
  void duplicateTableNamesBothLocations() throws Exception {
    IntrospectionException e = org.junit.jupiter.api.Assertions.assertThrows(IntrospectionException.class,
        () -> new SqlSchemaReader(Dialect.POSTGRES).read(List.of(
            new SourceFile("a.sql", "CREATE TABLE users (id int);"),
            new SourceFile("b.sql", "\n\nCREATE TABLE public.users (id int);"))));
    assertThat(e.getMessage()).startsWith("b.sql:3:14: relation public.users is already defined at a.sql:1:1");
  }

  @Test
  void duplicateColumn() {
    assertThat(Sql.error("CREATE TABLE t (\n  id int,\n  ID bigint\n);"))
        .startsWith("schema.sql:3:3: column \"id\" specified more than once in \"CREATE TABLE t ( id int, ID bigint )\"");
  }

  @Test
  void constraintNamingUnknownColumn() {
    assertThat(Sql.error("CREATE TABLE t (id int, PRIMARY KEY (idd));"))
        .startsWith("schema.sql:1:25: constraint names unknown column \"idd\" of table public.t");
  }

  @Test
  void foreignKeyColumnCountMismatch() {
    assertThat(Sql.error("CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));\n"
        + "CREATE TABLE c (a int, CONSTRAINT c_p FOREIGN KEY (a) REFERENCES p (a, b));"))
        .startsWith("schema.sql:2:24: foreign key has 1 column(s) but references 2");
    assertThat(Sql.error("CREATE TABLE p (a int, b int, PRIMARY KEY (a, b));\nCREATE TABLE c (a int REFERENCES p);"))
        .startsWith("schema.sql:2:23: foreign key c_a_fkey has 1 column(s) but the primary key of public.p has 2");
  }

  @Test
  void foreignKeyWithoutAMatchingUniqueKey() {
    assertThat(Sql.error("CREATE TABLE p (id int, code text);\nCREATE TABLE c (code text REFERENCES p (code));"))
        .startsWith("schema.sql:2:27: foreign key c_code_fkey: no primary key or unique constraint on public.p matches [code]");
  }

  @Test
  void foreignKeyToUnknownTable() {
    assertThat(Sql.error("CREATE TABLE c (a int REFERENCES nowhere (id));"))
        .startsWith("schema.sql:1:23: foreign key c_a_fkey references unknown table public.nowhere");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "INSERT INTO t VALUES (1)|schema.sql:2:1: INSERT is not allowed in a desired-state schema file",
      "DROP TABLE t|schema.sql:2:1: DROP is not allowed in a desired-state schema file",
      "DELETE FROM t|schema.sql:2:1: DELETE is not allowed in a desired-state schema file",
      "SELECT * FROM t|schema.sql:2:1: SELECT is not allowed in a desired-state schema file",
      "CREATE TEMP TABLE x (a int)|schema.sql:2:8: temporary objects do not belong in a schema file",
      "CREATE RULE r AS ON INSERT TO t DO NOTHING|schema.sql:2:8: unsupported statement CREATE RULE"})
  void statementsThatDoNotDescribeASchema(String statement, String expected) {
    assertThat(Sql.error("CREATE TABLE t (a int);\n" + statement + ";")).startsWith(expected);
  }

  @Test
  void indexOnUnknownColumnOrTable() {
    assertThat(Sql.error("CREATE TABLE t (a int);\nCREATE INDEX ON t (b);"))
        .startsWith("schema.sql:2:20: index names unknown column \"b\" of table public.t");
    assertThat(Sql.error("CREATE INDEX ON nowhere (b);")).startsWith("schema.sql:1:17: index on unknown table public.nowhere");
  }

  @Test
  void alterOfUnknownTableAndUnsupportedAction() {
    assertThat(Sql.error("ALTER TABLE ghost ADD CONSTRAINT x CHECK (a > 0) NOT VALID;"))
        .startsWith("schema.sql:1:13: ALTER TABLE on unknown table public.ghost");
    assertThat(Sql.error("CREATE TABLE t (a int);\nALTER TABLE t DROP COLUMN a;"))
        .startsWith("schema.sql:2:15: unsupported ALTER TABLE action \"drop\"");
  }

  @Test
  void modelValidationIsReportedWithTheLocation() {
    assertThat(Sql.error("\nCREATE SEQUENCE s MINVALUE 10 START WITH 1;"))
        .startsWith("schema.sql:2:17: sequence start 1 is outside [10, 9223372036854775807]");
    assertThat(Sql.error("CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY);"))
        .startsWith("schema.sql:1:42: table public.t already has a primary key");
  }

  @Test
  void duplicateEnumLabelAndMalformedColumn() {
    assertThat(Sql.error("CREATE TYPE mood AS ENUM ('a', 'b', 'a');")).startsWith("schema.sql:1:37: enum label 'a' appears twice");
    assertThat(Sql.error("CREATE TABLE t (a int NOT NUL);")).startsWith("schema.sql:1:23: unexpected \"not\"");
  }

  @Test
  void misplacedRenameHint() {
    assertThat(Sql.error("CREATE TABLE t (a int);\n-- @renamed from=old\n"))
        .startsWith("schema.sql:2:1: @renamed hint is not on a table's CREATE line or a column's line");
  }

  @Test
  void trailingCommaInColumnList() {
    assertThat(Sql.error("CREATE TABLE t (\n  a int,\n  b int,\n);")).startsWith("schema.sql:3:8: trailing comma in list");
  }

  @Test
  void commentOnUnknownObjects() {
    assertThat(Sql.error("CREATE TABLE t (a int);\nCOMMENT ON COLUMN t.b IS 'x';"))
        .startsWith("schema.sql:2:19: unknown column \"b\" of table public.t");
  }
}
