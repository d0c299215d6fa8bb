package dev.slipway.introspect.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.CheckConstraint;
import dev.slipway.model.CompositeType;
import dev.slipway.model.DomainType;
import dev.slipway.model.EnumType;
import dev.slipway.model.Expr;
import dev.slipway.model.Extension;
import dev.slipway.model.Namespace;
import dev.slipway.model.Policy;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Schema;
import dev.slipway.model.Sequence;
import dev.slipway.model.SequenceOptions;
import dev.slipway.model.SqlType;
import dev.slipway.model.Table;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresObjectsTest {
  @Test
  void schemasExtensionsAndTypes() {
    Schema s = Sql.read("""
        CREATE SCHEMA IF NOT EXISTS app;
        CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;
        CREATE EXTENSION citext;
        CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
        CREATE TYPE address AS (street text, zip varchar(10) COLLATE "C");
        CREATE DOMAIN positive_int AS int NOT NULL DEFAULT 1 CHECK (VALUE > 0);
        CREATE TABLE app.people (m app.mood, a address, p positive_int, e citext);
        """);
    assertThat(s.namespaces()).extracting(Namespace::name).containsExactly("app", "public");
    assertThat(s.extensions()).containsExactly(new Extension("citext", "public", null),
        new Extension("pgcrypto", "public", null));
    assertThat(s.findType(QualifiedName.of("app", "mood"))).contains(
        new EnumType(QualifiedName.of("app", "mood"), List.of("sad", "ok", "happy"), null));
    assertThat(s.findType(QualifiedName.of("public", "address"))).contains(new CompositeType(
        QualifiedName.of("public", "address"), List.of(new CompositeType.Attribute("street", SqlType.of("text"), null),
            new CompositeType.Attribute("zip", SqlType.of("character varying(10)"), "C")), null));
    assertThat(s.findType(QualifiedName.of("public", "positive_int"))).contains(new DomainType(
        QualifiedName.of("public", "positive_int"), SqlType.of("integer"), true, Expr.of("1"), null,
        List.of(CheckConstraint.of("positive_int_check", "VALUE > 0")), null));
    Table people = Sql.table(s, "app.people");
    assertThat(people.columns()).extracting(c -> c.type().text())
        .containsExactly("app.mood", "public.address", "public.positive_int", "public.citext");
  }

  @Test
  void sequencesWithOptionsAndOwners() {
    Schema s = Sql.read("""
        CREATE TABLE t (id bigint NOT NULL);
        CREATE SEQUENCE t_id_seq AS integer START WITH 100 INCREMENT BY 10 NO MINVALUE MAXVALUE 100000 CACHE 5 CYCLE;
        ALTER SEQUENCE t_id_seq OWNED BY t.id;
        CREATE SEQUENCE counter;
        ALTER TABLE ONLY t ALTER COLUMN id SET DEFAULT nextval('public.t_id_seq'::regclass);
        """);
    assertThat(s.findSequence(QualifiedName.of("public", "t_id_seq"))).contains(new Sequence(
        QualifiedName.of("public", "t_id_seq"), new SequenceOptions("integer", 100, 10, 1, 100000, 5, true),
        QualifiedName.of("public", "t"), "id", null));
    assertThat(s.findSequence(QualifiedName.of("public", "counter")).orElseThrow().options())
        .isEqualTo(SequenceOptions.defaults("bigint"));
    assertThat(Sql.table(s, "t").requireColumn("id").defaultValue())
        .isEqualTo(Expr.of("nextval('public.t_id_seq'::regclass)"));
  }

  @Test
  void viewsRoutinesTriggersPoliciesAndRowSecurity() {
    Schema s = Sql.read("""
        CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL, body text, updated_at timestamptz);
        CREATE OR REPLACE VIEW doc_owners WITH (security_barrier = true) AS
          SELECT DISTINCT owner FROM docs
          WITH LOCAL CHECK OPTION;
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.updated_at := now();
          RETURN NEW;
        END;
        $$;
        CREATE FUNCTION add(a int, b integer DEFAULT 0, OUT result bigint) LANGUAGE sql AS 'SELECT a + b';
        CREATE PROCEDURE archive(IN before timestamptz, VARIADIC ids int[]) LANGUAGE sql AS $p$ DELETE FROM docs $p$;
        CREATE TRIGGER docs_touch BEFORE UPDATE ON docs FOR EACH ROW EXECUTE PROCEDURE touch();
        ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
        ALTER TABLE docs FORCE ROW LEVEL SECURITY;
        CREATE POLICY owner_only ON docs AS RESTRICTIVE FOR UPDATE TO app_user, admin
          USING (owner = current_user) WITH CHECK (owner = current_user);
        CREATE POLICY read_all ON docs FOR SELECT USING (true);
        """);
    View v = s.views().get(0);
    assertThat(v.definition()).isEqualTo("SELECT DISTINCT owner FROM public.docs");
    assertThat(v.options()).containsExactly("security_barrier=true", "check_option=local");
    Routine touch = s.routines().stream().filter(r -> r.name().name().equals("touch")).findFirst().orElseThrow();
    assertThat(touch.returns()).isEqualTo("trigger");
    assertThat(touch.language()).isEqualTo("plpgsql");
    assertThat(touch.definition()).startsWith("CREATE FUNCTION touch()").contains("  NEW.updated_at := now();\n");
    assertThat(s.routines()).extracting(Routine::signature).containsExactly(
        "public.add(integer, integer)", "public.archive(timestamp with time zone, integer[])", "public.touch()");
    assertThat(s.routines().get(1).kind()).isEqualTo(Routine.Kind.PROCEDURE);
    // one OUT parameter is the result type (pg_get_function_result), as the catalog reports it
    assertThat(s.routines().get(0).returns()).isEqualTo("bigint");
    Table docs = Sql.table(s, "docs");
    assertThat(docs.triggers()).containsExactly(new Trigger("docs_touch",
        "CREATE TRIGGER docs_touch BEFORE UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.touch()",
        QualifiedName.of("public", "touch"), true, null));
    assertThat(docs.rowSecurity()).isTrue();
    assertThat(docs.forceRowSecurity()).isTrue();
    assertThat(docs.policies()).containsExactly(
        new Policy("owner_only", false, Policy.Command.UPDATE, List.of("admin", "app_user"),
            Expr.of("owner = current_user"), Expr.of("owner = current_user"), null),
        new Policy("read_all", true, Policy.Command.SELECT, List.of(), Expr.of("true"), null, null));
  }

  @Test
  void triggerDefinitionsAreSpelledAsPgGetTriggerdef() {
    // Expected texts are what PostgreSQL 15.18 printed, except the WHEN condition, kept as written.
    Schema s = Sql.read("""
        CREATE SCHEMA x;
        CREATE TABLE notes (id int, body text);
        CREATE TABLE x.t (a int);
        CREATE FUNCTION x.f() RETURNS trigger LANGUAGE plpgsql AS 'begin return new; end';
        create trigger notes_touch_body before insert or update of body on notes
          for each row when (new.body is not null) execute procedure x.f();
        CREATE TRIGGER "Trg" AFTER INSERT ON x.t REFERENCING NEW TABLE AS nt EXECUTE FUNCTION x.f('a', 1);
        """);
    assertThat(Sql.table(s, "notes").triggers().get(0).definition()).isEqualTo(
        "CREATE TRIGGER notes_touch_body BEFORE INSERT OR UPDATE OF body ON public.notes FOR EACH ROW"
            + " WHEN (new.body is not null) EXECUTE FUNCTION x.f()");
    assertThat(Sql.table(s, "x.t").triggers().get(0).definition()).isEqualTo(
        "CREATE TRIGGER \"Trg\" AFTER INSERT ON x.t REFERENCING NEW TABLE AS nt FOR EACH STATEMENT"
            + " EXECUTE FUNCTION x.f('a', '1')");
  }

  @Test
  void commentsOnEveryKind() {
    Schema s = Sql.read("""
        CREATE SCHEMA app;
        CREATE TYPE app.color AS ENUM ('red');
        CREATE DOMAIN app.code AS text;
        CREATE TABLE app.t (id int CONSTRAINT t_pk PRIMARY KEY, c app.color, amount int CHECK (amount > 0));
        CREATE INDEX t_c_idx ON app.t (c);
        CREATE SEQUENCE app.s;
        CREATE VIEW app.v AS SELECT id FROM app.t;
        CREATE MATERIALIZED VIEW app.mv AS SELECT id FROM app.t;
        CREATE FUNCTION app.f(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
        COMMENT ON SCHEMA app IS 'the app';
        COMMENT ON TABLE app.t IS 'a table';
        COMMENT ON COLUMN app.t.id IS 'the id';
        COMMENT ON INDEX app.t_c_idx IS 'by colour';
        COMMENT ON CONSTRAINT t_pk ON app.t IS 'pk';
        COMMENT ON CONSTRAINT t_amount_check ON app.t IS E'it\\'s positive';
        COMMENT ON TYPE app.color IS 'colour';
        COMMENT ON DOMAIN app.code IS 'code';
        ALTER DOMAIN app.code OWNER TO postgres;
        CREATE DOMAIN app.pct AS int CHECK (VALUE <= 100);
        COMMENT ON CONSTRAINT pct_check ON DOMAIN app.pct IS 'at most 100';
        COMMENT ON SEQUENCE app.s IS 'seq';
        COMMENT ON VIEW app.v IS 'view';
        COMMENT ON MATERIALIZED VIEW app.mv IS 'matview';
        COMMENT ON FUNCTION app.f(integer) IS 'fn';
        COMMENT ON TABLE app.t IS NULL;
        COMMENT ON EXTENSION plpgsql IS 'ignored';
        GRANT SELECT ON app.t TO PUBLIC;
        REVOKE ALL ON SCHEMA app FROM PUBLIC;
        ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;
        ALTER TABLE app.t OWNER TO postgres;
        ALTER FUNCTION app.f(integer) OWNER TO postgres;
        SET statement_timeout = 0;
        """);
    Table t = Sql.table(s, "app.t");
    assertThat(t.comment()).isNull();
    assertThat(t.requireColumn("id").comment()).isEqualTo("the id");
    assertThat(t.findIndex("t_c_idx").orElseThrow().comment()).isEqualTo("by colour");
    assertThat(t.findConstraint("t_pk").orElseThrow().comment()).isEqualTo("pk");
    assertThat(t.findConstraint("t_amount_check").orElseThrow().comment()).isEqualTo("it's positive");
    assertThat(s.namespaces().get(0).comment()).isEqualTo("the app");
    assertThat(s.findType(QualifiedName.of("app", "color")).orElseThrow().comment()).isEqualTo("colour");
    assertThat(s.findType(QualifiedName.of("app", "code")).orElseThrow().comment()).isEqualTo("code");
    assertThat(((DomainType) s.findType(QualifiedName.of("app", "pct")).orElseThrow()).checks().get(0).comment())
        .isEqualTo("at most 100");
    assertThat(s.findSequence(QualifiedName.of("app", "s")).orElseThrow().comment()).isEqualTo("seq");
    assertThat(s.findView(QualifiedName.of("app", "v")).orElseThrow().comment()).isEqualTo("view");
    assertThat(s.findView(QualifiedName.of("app", "mv")).orElseThrow().comment()).isEqualTo("matview");
    assertThat(s.routines().get(0).comment()).isEqualTo("fn");
  }

  @Test
  void sqlStandardBodiesKeepTheirSemicolons() {
    Schema s = Sql.read("""
        CREATE TABLE t (a int);
        CREATE FUNCTION sign_of(x int) RETURNS text LANGUAGE sql
        BEGIN ATOMIC
          SELECT CASE WHEN x > 0 THEN 'plus' ELSE 'minus' END;
          SELECT 'unreachable';
        END;
        CREATE TABLE u (b int);
        """);
    assertThat(s.tables()).hasSize(2);
    assertThat(s.routines().get(0).definition()).endsWith("SELECT 'unreachable';\nEND");
  }

  @Test
  void filesAreMergedInOrder() throws Exception {
    Schema s = new SqlSchemaReader(dev.slipway.model.Dialect.POSTGRES).read(List.of(
        new dev.slipway.introspect.SourceFile("01-tables.sql", "CREATE TABLE a (id int PRIMARY KEY);"),
        new dev.slipway.introspect.SourceFile("02-fks.sql", "CREATE TABLE b (a_id int REFERENCES a);")));
    assertThat(s.tables()).hasSize(2);
    assertThat(Sql.table(s, "b").foreignKeys().get(0).referencedColumns()).containsExactly("id");
  }
}
