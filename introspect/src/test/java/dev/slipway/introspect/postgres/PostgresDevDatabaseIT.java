package dev.slipway.introspect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.introspect.CatalogReader;
import dev.slipway.introspect.DevDatabase;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.ReadOptions;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DevDatabase on PostgreSQL: desired DDL applied to a scratch database and read back. */
class PostgresDevDatabaseIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private static final PostgresCatalogReader READER = new PostgresCatalogReader();

  @Test
  void roundTripEqualsApplyingTheFileDirectly() throws Exception {
    String ddl = PostgresCatalogReaderIT.resource("rich-schema.sql");
    int cut = ddl.indexOf("CREATE FUNCTION");
    // pg_dump 15.18+ writes \restrict lines; they are psql's, not the server's.
    List<SourceFile> files = List.of(
        new SourceFile("01-tables.sql", "\\restrict abc123\n" + ddl.substring(0, cut) + "\\unrestrict abc123\n"),
        new SourceFile("02-code.sql", ddl.substring(cut)
            + "\nCREATE INDEX CONCURRENTLY plain_label_idx ON public.plain (label);\n"));
    String scratch = db.newDatabase("dev");
    Schema viaDev;
    try (Connection c = db.connect(scratch)) {
      viaDev = DevDatabase.load(c, files, READER, ReadOptions.ALL);
      assertThat(c.getAutoCommit()).isTrue();
    }
    db.execute(ddl, "CREATE INDEX plain_label_idx ON public.plain (label)");
    try (Connection c = db.connect()) {
      Schema direct = READER.read(c, ReadOptions.ALL);
      assertThat(viaDev).isEqualTo(direct);
      assertThat(viaDev.fingerprint()).isEqualTo(direct.fingerprint());
    }
    assertThat(viaDev.findTable(QualifiedName.of("App", "Event Log"))).isPresent();
    assertThat(viaDev.routines()).hasSize(3);
  }

  @Test
  void badFileNamesFileLineAndColumn() throws Exception {
    String scratch = db.newDatabase("devbad");
    List<SourceFile> files = List.of(
        new SourceFile("good.sql", "CREATE TABLE a (id int PRIMARY KEY);\n"),
        new SourceFile("bad.sql", "-- a comment\nCREATE TABLE b (id int);\nCREATE TABLE c (\n  id int REFERENCES nowhere (id),\n  x int\n);\n"));
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, files, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("bad.sql:3:1: ")
          .hasMessageContaining("nowhere");
    }
    String scratch2 = db.newDatabase("devsyntax");
    List<SourceFile> syntax = List.of(new SourceFile("syntax.sql",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n\nCREATE TABLE t (\n  a int,\n  b inteegr\n);\n"));
    try (Connection c = db.connect(scratch2)) {
      assertThatThrownBy(() -> DevDatabase.load(c, syntax, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("syntax.sql:5:5: ")
          .hasMessageContaining("inteegr");
    }
  }

  /**
   * A dump of a newer major sets parameters an older server does not know (pg_dump 17+:
   * {@code SET transaction_timeout = 0}); psql reports them and goes on, and so does the dev database. A bad
   * value of a known parameter, or a misspelt command, is still an error.
   */
  @Test
  void settingsThisServerDoesNotKnowAreLeftOut() throws Exception {
    String scratch = db.newDatabase("devset");
    List<SourceFile> files = List.of(new SourceFile("newer-dump.sql", String.join("\n",
        "SET statement_timeout = 0;",
        "SET slipway_no_such_setting = 0;",
        "SET LOCAL slipway_no_such_setting TO 'x';",
        "CREATE TABLE public.t (id int PRIMARY KEY);")));
    try (Connection c = db.connect(scratch)) {
      var schema = DevDatabase.load(c, files, READER, ReadOptions.ALL);
      assertThat(schema.tables()).extracting(t -> t.name().toString()).containsExactly("public.t");
    }
    String scratch2 = db.newDatabase("devsetbad");
    List<SourceFile> bad = List.of(new SourceFile("bad-value.sql", "SET statement_timeout = 'soon';\nCREATE TABLE public.t (id int);\n"));
    try (Connection c = db.connect(scratch2)) {
      assertThatThrownBy(() -> DevDatabase.load(c, bad, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class).hasMessageStartingWith("bad-value.sql:1:");
    }
  }

  @Test
  void objectsMayComeInAnyOrderAndReferencedSchemasAreCreated() throws Exception {
    String scratch = db.newDatabase("devorder");
    List<SourceFile> files = List.of(new SourceFile("any-order.sql", String.join("\n",
        "CREATE VIEW app.active_users AS SELECT id FROM app.users WHERE active;",
        "CREATE TABLE app.orders (id int PRIMARY KEY, user_id int REFERENCES app.users (id), total app.money_amount);",
        "SET search_path TO app;",
        "CREATE TABLE users (id int PRIMARY KEY, active boolean NOT NULL DEFAULT true);",
        "CREATE DOMAIN money_amount AS numeric(12,2) CHECK (VALUE >= 0);")));
    try (Connection c = db.connect(scratch)) {
      var schema = DevDatabase.load(c, files, READER, ReadOptions.ALL);
      assertThat(schema.tables()).extracting(t -> t.name().toString()).containsExactly("app.orders", "app.users");
      assertThat(schema.views()).extracting(v -> v.name().toString()).containsExactly("app.active_users");
      assertThat(schema.types()).extracting(t -> t.name().toString()).containsExactly("app.money_amount");
    }
  }

  @Test
  void aNameThatNeverAppearsIsStillAnErrorAtItsStatement() throws Exception {
    String scratch = db.newDatabase("devmissing");
    List<SourceFile> files = List.of(new SourceFile("typo.sql",
        "CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES aa (id));\nCREATE TABLE c (id int);\n"));
    try (Connection c = db.connect(scratch)) {
      assertThatThrownBy(() -> DevDatabase.load(c, files, READER, ReadOptions.ALL))
          .isInstanceOf(IntrospectionException.class)
          .hasMessageStartingWith("typo.sql:2:")
          .hasMessageContaining("\"aa\" does not exist");
    }
  }

  @Test
  void theOccupantsQueryCountsWhatTheFullReadSees() throws Exception {
    String empty = db.newDatabase("occempty");
    String full = db.newDatabase("occfull");
    db.executeIn(full, "CREATE EXTENSION citext", "CREATE SCHEMA app", "CREATE TABLE app.t (id int)",
        "CREATE TABLE app.p (id int) PARTITION BY RANGE (id)", "CREATE VIEW app.v AS SELECT id FROM app.t",
        "CREATE MATERIALIZED VIEW app.m AS SELECT id FROM app.t", "CREATE SEQUENCE app.s",
        "CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1'", "CREATE TYPE app.e AS ENUM ('a')",
        "CREATE DOMAIN app.d AS int", "CREATE TYPE app.c AS (x int)");
    try (Connection c = db.connect(empty)) {
      assertThat(READER.occupants(c)).isEmpty();
    }
    try (Connection c = db.connect(full)) {
      // citext's own types and functions count as the extension, as in the full read.
      assertThat(READER.occupants(c)).containsExactly("2 tables", "2 views", "1 sequences", "1 routines",
          "3 types", "1 extensions");
      assertThat(READER.occupants(c)).isEqualTo(new CatalogReader() {
        @Override
        public dev.slipway.model.Schema read(Connection connection, ReadOptions options) throws IntrospectionException {
          return READER.read(connection, options);
        }
      }.occupants(c));
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
