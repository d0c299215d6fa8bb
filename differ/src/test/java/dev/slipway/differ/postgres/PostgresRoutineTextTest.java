package dev.slipway.differ.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import org.junit.jupiter.api.Test;

class PostgresRoutineTextTest {
  private static String canonical(Routine.Kind kind, String definition) {
    return PostgresRoutineText.canonical(new Routine(new QualifiedName("public", "f"), kind, "", null, "sql",
        definition, null));
  }

  private static boolean same(String a, String b) {
    return canonical(Routine.Kind.FUNCTION, a).equals(canonical(Routine.Kind.FUNCTION, b));
  }

  @Test
  void serverSpellingEqualsTheWrittenOne() {
    assertThat(same("CREATE OR REPLACE FUNCTION public.f(a integer, b text DEFAULT ''::text)\n RETURNS integer\n"
        + " LANGUAGE sql\n IMMUTABLE\nAS $function$ SELECT a $function$\n",
        "create function f(a int4, b text default '') returns int language sql immutable as $$ SELECT a $$")).isTrue();
    assertThat(same("CREATE FUNCTION f() RETURNS int LANGUAGE sql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER "
        + "PARALLEL UNSAFE COST 100 AS 'SELECT 1'", "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS $$SELECT 1$$"))
        .isTrue();
    assertThat(canonical(Routine.Kind.PROCEDURE, "CREATE OR REPLACE PROCEDURE public.f(IN msg text)\n LANGUAGE sql\n"
        + "AS $procedure$ SELECT 1 $procedure$\n"))
        .isEqualTo(canonical(Routine.Kind.PROCEDURE, "CREATE PROCEDURE f(msg text) LANGUAGE sql AS $$ SELECT 1 $$"));
  }

  @Test
  void differencesThatMatterStay() {
    assertThat(same("CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT 1$$",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT  1$$")).isFalse();
    assertThat(same("CREATE FUNCTION f() RETURNS int LANGUAGE sql STABLE AS $$SELECT 1$$",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT 1$$")).isFalse();
    assertThat(same("CREATE FUNCTION f() RETURNS int LANGUAGE sql STRICT AS $$SELECT 1$$",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$SELECT 1$$")).isFalse();
    assertThat(same("CREATE FUNCTION f(a int DEFAULT 1) RETURNS int LANGUAGE sql AS $$SELECT a$$",
        "CREATE FUNCTION f(a int DEFAULT 2) RETURNS int LANGUAGE sql AS $$SELECT a$$")).isFalse();
    assertThat(same("CREATE FUNCTION f(b int) RETURNS int LANGUAGE sql AS $$SELECT 1$$",
        "CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql AS $$SELECT 1$$")).isFalse();
  }
}
