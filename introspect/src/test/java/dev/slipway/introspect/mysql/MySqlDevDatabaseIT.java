package dev.slipway.introspect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.DevDatabase;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.SqlScript;
import dev.slipway.model.Dialect;
import dev.slipway.model.Schema;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DevDatabase on MySQL/MariaDB: desired DDL in any order applied to a scratch database and read back. */
class MySqlDevDatabaseIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  /** Both reads name the database "app", as the CLI names a scratch database after the target. */
  private static final MySqlCatalogReader READER = new MySqlCatalogReader("app");

  @Test
  void statementsInReverseOrderGiveWhatTheOrderedScriptGives() throws Exception {
    String ddl = MySqlCatalogReaderIT.resource("rich-schema.sql");
    List<String> statements = new ArrayList<>(
        SqlScript.split(ddl, Dialect.MYSQL).stream().map(s -> s.sql().strip()).toList());
    Collections.reverse(statements);
    // Triggers and views before their tables, orders before users; a definer that does not exist.
    String reversed = String.join(";\n\n", statements).replace("CREATE TRIGGER orders_after_insert",
        "CREATE DEFINER=`nobody`@`%` TRIGGER orders_after_insert") + ";\n";
    assertThat(reversed.indexOf("CREATE TRIGGER users_before_insert")).isLessThan(reversed.indexOf("CREATE TABLE users"));
    String scratch = db.newDatabase("dev");
    Schema viaDev;
    try (Connection c = db.connect(scratch)) {
      viaDev = DevDatabase.load(c, List.of(new SourceFile("reversed.sql", reversed)), READER, ReadOptions.ALL);
      assertThat(c.getAutoCommit()).isTrue();
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT @@session.foreign_key_checks")) {
        rs.next();
        assertThat(rs.getInt(1)).as("foreign key checks are back on").isEqualTo(1);
      }
    }
    MySqlCatalogReaderIT.run(db, db.name(), ddl);
    try (Connection c = db.connect()) {
      Schema direct = READER.read(c, ReadOptions.ALL);
      assertThat(viaDev.canonicalText()).isEqualTo(direct.canonicalText());
      assertThat(viaDev.fingerprint()).isEqualTo(direct.fingerprint());
    }
    assertThat(viaDev.tables()).hasSize(4);
    assertThat(viaDev.views()).hasSize(2);
    assertThat(viaDev.routines()).hasSize(2);
  }

  @Test
  void delimiterScriptsAndBodiesWithoutDelimiterBothWork() throws Exception {
    String scratch = db.newDatabase("devdelim");
    List<SourceFile> files = List.of(
        new SourceFile("01-code.sql", String.join("\n",
            "DELIMITER //",
            "CREATE PROCEDURE bump(IN p int)",
            "BEGIN",
            "  UPDATE counters SET n = n + p;",
            "  INSERT INTO log (note) VALUES ('bumped; really');",
            "END //",
            "DELIMITER ;",
            "CREATE TRIGGER log_bi BEFORE INSERT ON log FOR EACH ROW",
            "BEGIN",
            "  IF NEW.note IS NULL THEN SET NEW.note = 'none'; END IF;",
            "END;")),
        new SourceFile("02-tables.sql", "CREATE TABLE counters (n int NOT NULL DEFAULT 0);\n"
            + "CREATE TABLE log (id int AUTO_INCREMENT PRIMARY KEY, note varchar(50));\n"));
    try (Connection c = db.connect(scratch)) {
      Schema schema = DevDatabase.load(c, files, READER, ReadOptions.ALL);
      assertThat(schema.routines()).extracting(r -> r.name().toString()).containsExactly("app.bump");
      assertThat(schema.routines().get(0).definition()).contains("'bumped; really'");
      assertThat(schema.requireTable(MySqlCatalogReaderIT.app("log")).triggers()).hasSize(1);
    }
  }

  @Test
  void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
    String scratch = db.newDatabase("devsyntax");
    List<SourceFile> files = List.of(new SourceFile("syntax.sql",
        "CREATE TABLE a (id int PRIMARY KEY);\n\nCREATE TABLE t (\n  a int,\n  b inteegr\n);\n"));
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, files, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("syntax.sql:5:5: ")
          .hasMessageContaining("inteegr");
    }
    String scratch2 = db.newDatabase("devsyntax2");
    List<SourceFile> syntax = List.of(new SourceFile("near.sql",
        "CREATE TABLE a (id int PRIMARY KEY);\n# a comment\nCREATE TABLE t (\n  a int,\n  b int NOT NUL\n);\n"));
    try (Connection c = db.connect(scratch2)) {
      assertThatThrownBy(() -> DevDatabase.load(c, syntax, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("near.sql:5:13: ")
          .hasMessageContaining("syntax");
    }
  }

  @Test
  void aNameThatNeverAppearsIsStillAnErrorAtItsStatement() throws Exception {
    String scratch = db.newDatabase("devmissing");
    List<SourceFile> files = List.of(new SourceFile("typo.sql",
        "CREATE TABLE a (id int PRIMARY KEY);\nCREATE VIEW v AS SELECT id FROM aa;\nCREATE TABLE c (id int);\n"));
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, files, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("typo.sql:2:1: ")
          .hasMessageContaining("aa' doesn't exist");
    }
  }

  @Test
  void anErrorThatIsNotAboutOrderStopsAtOnce() throws Exception {
    String scratch = db.newDatabase("devdup");
    List<SourceFile> files = List.of(new SourceFile("dup.sql",
        "CREATE TABLE a (id int PRIMARY KEY);\n-- again\nCREATE TABLE a (id int);\n"));
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, files, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("dup.sql:2:1: ")
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void refusesADatabaseThatIsNotEmpty() throws Exception {
    String scratch = db.newDatabase("devfull");
    db.executeIn(scratch, "CREATE TABLE already (x int)");
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, List.of(new SourceFile("x.sql", "SELECT 1")), READER,
          ReadOptions.ALL)).isInstanceOf(IntrospectionException.class).hasMessageContaining("not empty");
    }
  }
}
