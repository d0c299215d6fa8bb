package dev.slipway.introspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SqlScript's MySQL rules: what the mysql client treats as one statement. */
class MySqlScriptSplitTest {
  private static List<String> sqls(String text) {
    return SqlScript.split(text, Dialect.MYSQL).stream().map(s -> s.sql().strip()).toList();
  }

  @Test
  void quotesBackticksAndCommentsHideSemicolons() {
    String script = """
        CREATE TABLE `a;b` (x varchar(10) DEFAULT 'it\\'s; fine', y varchar(5) DEFAULT "x;""y", `c``;` int);
        # hash comment; not a statement
        -- dash comment; not a statement
        SELECT 1--1;
        /* block; comment */ SELECT 'a\\\\'; SELECT 2
        """;
    assertThat(sqls(script)).containsExactly(
        "CREATE TABLE `a;b` (x varchar(10) DEFAULT 'it\\'s; fine', y varchar(5) DEFAULT \"x;\"\"y\", `c``;` int)",
        "# hash comment; not a statement\n-- dash comment; not a statement\nSELECT 1--1",
        "/* block; comment */ SELECT 'a\\\\'",
        "SELECT 2");
  }

  @Test
  void backslashEscapesDifferFromPostgres() {
    String script = "SELECT 'a\\';b';SELECT 3;";
    assertThat(sqls(script)).containsExactly("SELECT 'a\\';b'", "SELECT 3");
    // PostgreSQL's standard strings have no backslash escapes: the same text splits elsewhere.
    assertThat(SqlScript.split(script, Dialect.POSTGRES).get(0).sql()).isEqualTo("SELECT 'a\\'");
  }

  @Test
  void delimiterLinesChangeTheTerminatorAndAreDropped() {
    String script = """
        CREATE TABLE t (id int);
        DELIMITER $$
        CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END$$
        CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET @a = 1$$
        delimiter ;
        CREATE TABLE u (id int);
        """;
    assertThat(sqls(script)).containsExactly(
        "CREATE TABLE t (id int)",
        "CREATE PROCEDURE p() BEGIN SELECT 1; SELECT 2; END",
        "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW SET @a = 1",
        "CREATE TABLE u (id int)");
  }

  @Test
  void compoundBodiesWithoutDelimiterStayWhole() {
    String trigger = "CREATE DEFINER=`root`@`%` TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW BEGIN\n"
        + "  IF NEW.a > 0 THEN SET NEW.b = CASE WHEN NEW.a > 9 THEN 'big' ELSE 'small' END; END IF;\n"
        + "  CASE NEW.c WHEN 1 THEN SET NEW.d = 1; ELSE SET NEW.d = 2; END CASE;\n"
        + "  lbl: LOOP LEAVE lbl; END LOOP lbl;\n"
        + "  WHILE 0 DO SET @x = 1; END WHILE; REPEAT SET @y = 1; UNTIL 1 END REPEAT;\n"
        + "  BEGIN SET @z = 1; END;\n"
        + "END";
    String function = "CREATE FUNCTION f(x int) RETURNS int DETERMINISTIC RETURN CASE WHEN x > 0 THEN 1 ELSE 0 END";
    String procedure = "CREATE PROCEDURE p(IN a int) BEGIN DECLARE b int; SET b = a; END";
    String event = "CREATE EVENT e ON SCHEDULE EVERY 1 DAY DO BEGIN DELETE FROM t; DELETE FROM u; END";
    String script = "CREATE TABLE t (a int, b text, c int, d int);\n" + trigger + ";\n" + function + ";\n"
        + procedure + ";\n" + event + ";\nSELECT CASE WHEN 1 THEN 2 END;\nCREATE VIEW v AS SELECT 1;";
    assertThat(sqls(script)).containsExactly("CREATE TABLE t (a int, b text, c int, d int)", trigger, function,
        procedure, event, "SELECT CASE WHEN 1 THEN 2 END", "CREATE VIEW v AS SELECT 1");
  }

  @Test
  void executableCommentsAreStatementsAndOffsetsPointIntoTheScript() {
    String script = "/*!40101 SET NAMES utf8mb4 */;\n# only a comment\n;\nCREATE TABLE x (id int);";
    List<SqlScript.Statement> s = SqlScript.split(script, Dialect.MYSQL);
    assertThat(s).extracting(st -> st.sql().strip())
        .containsExactly("/*!40101 SET NAMES utf8mb4 */", "CREATE TABLE x (id int)");
    assertThat(script.substring(s.get(1).offset()).strip()).startsWith("CREATE TABLE x");
  }
}
