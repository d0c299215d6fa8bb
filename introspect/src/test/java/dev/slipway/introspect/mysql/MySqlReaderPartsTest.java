package dev.slipway.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Expr;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The text rules of the MySQL reader and dev dialect, without a server. */
class MySqlReaderPartsTest {
  private static final MySqlColumns MARIADB = new MySqlColumns(true);
  private static final MySqlColumns MYSQL = new MySqlColumns(false);

  private static String mariaDb(String raw, String type) {
    Expr e = MARIADB.defaultValue(raw, "", type);
    return e == null ? null : e.text();
  }

  private static String mySql(String raw, String extra, String type) {
    Expr e = MYSQL.defaultValue(raw, extra, type);
    return e == null ? null : e.text();
  }

  @Test
  void mariaDbDefaultsAreLiteralsAlready() {
    assertThat(mariaDb(null, "int(11)")).isNull();
    assertThat(mariaDb("NULL", "varchar(10)")).isNull();
    assertThat(mariaDb("'NULL'", "varchar(10)")).isEqualTo("'NULL'");
    assertThat(mariaDb("'it''s'", "varchar(10)")).isEqualTo("'it''s'");
    assertThat(mariaDb("-1.50", "decimal(5,2)")).isEqualTo("-1.50");
    assertThat(mariaDb("b'101'", "bit(3)")).isEqualTo("b'101'");
    assertThat(mariaDb("current_timestamp()", "timestamp")).isEqualTo("current_timestamp()");
    assertThat(mariaDb("current_timestamp(3)", "datetime(3)")).isEqualTo("current_timestamp(3)");
    assertThat(mariaDb("uuid()", "char(36)")).isEqualTo("(uuid())");
    assertThat(mariaDb("1 + 1", "int(11)")).isEqualTo("(1 + 1)");
  }

  @Test
  void mySqlDefaultsAreRawAndGetQuotedByType() {
    assertThat(mySql(null, "", "int")).isNull();
    assertThat(mySql("NULL", "", "varchar(10)")).isEqualTo("'NULL'");
    assertThat(mySql("it's \\ here", "", "varchar(10)")).isEqualTo("'it''s \\\\ here'");
    assertThat(mySql("", "", "varchar(10)")).isEqualTo("''");
    assertThat(mySql("1.50", "", "decimal(5,2)")).isEqualTo("1.50");
    assertThat(mySql("2000-01-01", "", "date")).isEqualTo("'2000-01-01'");
    assertThat(mySql("a,b", "", "set('a','b')")).isEqualTo("'a,b'");
    assertThat(mySql("b'1'", "", "bit(1)")).isEqualTo("b'1'");
    assertThat(mySql("0x41", "", "varbinary(4)")).isEqualTo("0x41");
    assertThat(mySql("CURRENT_TIMESTAMP", "DEFAULT_GENERATED", "timestamp")).isEqualTo("current_timestamp()");
    assertThat(mySql("CURRENT_TIMESTAMP(6)", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP(6)", "datetime(6)"))
        .isEqualTo("current_timestamp(6)");
    assertThat(mySql("CURRENT_TIMESTAMP", "", "varchar(20)")).isEqualTo("'CURRENT_TIMESTAMP'");
    assertThat(mySql("uuid()", "DEFAULT_GENERATED", "char(36)")).isEqualTo("(uuid())");
    assertThat(mySql("concat(_utf8mb4\\'a\\',_utf8mb4\\'b\\')", "DEFAULT_GENERATED", "varchar(9)"))
        .isEqualTo("(concat(_utf8mb4'a',_utf8mb4'b'))");
  }

  @Test
  void textHelpers() {
    assertThat(MySqlText.lowerType("ENUM('Active','B') ")).isEqualTo("enum('Active','B') ");
    assertThat(MySqlText.charsetOf("utf8mb4_uca1400_ai_ci")).isEqualTo("utf8mb4");
    assertThat(MySqlText.charsetOf("binary")).isEqualTo("binary");
    assertThat(MySqlText.withoutQualifier(
        "select `db`.`t`.`a` AS `a`,'`db`.x' AS `s` from `db`.`db` join `other`.`t` on `db`.`db`.`a` = 1", "db"))
        .isEqualTo("select `t`.`a` AS `a`,'`db`.x' AS `s` from `db` join `other`.`t` on `db`.`a` = 1");
    assertThat(MySqlText.splitTopLevel("`a`,year(`b`),'x,y'")).containsExactly("`a`", "year(`b`)", "'x,y'");
    assertThat(MySqlText.unquoteIdent("`a``b`")).isEqualTo("a`b");
    assertThat(MySqlText.unquoteIdent("year(`b`)")).isEqualTo("year(`b`)");
  }

  @Test
  void definersAreBlankedKeepingOffsets() {
    MySqlDevDialect dialect = new MySqlDevDialect();
    String sql = "\n-- c\nCREATE OR REPLACE ALGORITHM=MERGE DEFINER=`app`@`%` SQL SECURITY DEFINER VIEW v AS SELECT 1";
    String prepared = dialect.prepare(sql);
    assertThat(prepared).hasSameSizeAs(sql).doesNotContain("DEFINER=").contains("SQL SECURITY DEFINER VIEW v");
    assertThat(dialect.prepare("CREATE DEFINER = 'root'@'localhost' TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET @a=1"))
        .startsWith("CREATE ").contains(" TRIGGER t").doesNotContain("root");
    assertThat(dialect.prepare("CREATE DEFINER=CURRENT_USER() PROCEDURE p() SELECT 1")).doesNotContain("CURRENT_USER");
    String table = "CREATE TABLE definer (x int)";
    assertThat(dialect.prepare(table)).isEqualTo(table);
  }

  @Test
  void syntaxErrorsPointAtTheQuotedText() {
    MySqlDevDialect dialect = new MySqlDevDialect();
    String sql = "\nCREATE TABLE t (\n  a int,\n  b int NOT NUL\n)";
    SQLException near = new SQLException("You have an error in your SQL syntax; check the manual that corresponds "
        + "to your MariaDB server version for the right syntax to use near 'NUL\n)' at line 4", "42000", 1064);
    assertThat(dialect.errorOffset(near, sql)).isEqualTo(sql.indexOf("NUL\n"));
    SQLException atEnd = new SQLException("... to use near '' at line 5", "42000", 1064);
    assertThat(dialect.errorOffset(atEnd, sql)).isEqualTo(sql.length());
    assertThat(dialect.errorOffset(new SQLException("Table 'x.y' doesn't exist", "42S02", 1146), sql)).isEqualTo(-1);
    assertThat(dialect.missingDependency(new SQLException("Table 'x.y' doesn't exist", "42S02", 1146))).isTrue();
    assertThat(dialect.missingDependency(new SQLException("Table 'a' already exists", "42S01", 1050))).isFalse();
  }
}
