package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import dev.slipway.model.Schema;
import org.junit.jupiter.api.Test;

class PostgresRenameHintsTest {
  @Test
  void hintsOnTableAndColumnLinesBecomeRenameHints() {
    Schema s = Sql.read("""
        CREATE SCHEMA app;
        CREATE TABLE app.members ( -- @renamed from=users
          id int PRIMARY KEY,
          full_name text NOT NULL, -- @renamed from=name
          "Email" text -- @renamed from="E-Mail"
        );
        CREATE TABLE plain (a int);
        """);
    QualifiedName members = QualifiedName.of("app", "members");
    assertThat(s.renameHints()).containsExactly(
        new RenameHint(members, null, "users", "schema.sql:2"),
        new RenameHint(members, "full_name", "name", "schema.sql:4"),
        new RenameHint(members, "Email", "E-Mail", "schema.sql:5"));
  }

  @Test
  void renameHintsDoNotChangeTheFingerprint() {
    Schema hinted = Sql.read("CREATE TABLE t ( -- @renamed from=old\n  a int -- @renamed from=b\n);");
    Schema plain = Sql.read("CREATE TABLE t (\n  a int\n);");
    assertThat(hinted.renameHints()).hasSize(2);
    assertThat(hinted.fingerprint()).isEqualTo(plain.fingerprint());
  }
}
