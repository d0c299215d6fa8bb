package dev.slipway.fuzz;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@code slipway plan} and {@code apply --auto-approve} as processes, on mutated PostgreSQL desired files,
 * against a real PostgreSQL (also the dev database): a plan, or one located line and exit 1, and a
 * target that a failed run left exactly as it was.
 */
class CliFuzzPostgresIT {
  static final String SEED = "777";
  static final String TARGET = "slipway plan/apply (PostgreSQL)";
  static final TestDatabase db = TestDatabases.postgres();
  private static final List<String> SEEDS = Seeds.postgresSmall();
  private static final String[] BASELINE = {
    "CREATE TABLE public.base (id bigint PRIMARY KEY, v text NOT NULL DEFAULT 'x')",
    "CREATE INDEX base_v_idx ON public.base (v)",
    "INSERT INTO public.base VALUES (1, 'one'), (2, 'two')",
  };
  static final List<String> CATALOG = List.of(
      "SELECT 'c', table_schema, table_name, column_name, data_type, column_default, is_nullable"
          + " FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')",
      "SELECT 'r', n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
          + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'",
      "SELECT 'k', conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
          + " WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)",
      "SELECT 'i', indexname, indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      "SELECT 'n', nspname FROM pg_namespace",
      "SELECT 'f', p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
          + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')",
      "SELECT 't', t.oid::regtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
          + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')",
      "SELECT 'e', extname FROM pg_extension",
      "SELECT 'row', id, v FROM public.base");

  @Property(tries = 24, seed = SEED, shrinking = ShrinkingMode.OFF)
  void mutatedDesiredFiles(@ForAll("mutated") Input in) throws Exception {
    Path file = CliRuns.write("desired.sql", in.text().getBytes(StandardCharsets.UTF_8));
    planAndApply(file);
  }

  /** Ten-megabyte files and bytes that are not UTF-8, through the same two commands. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void hostileFiles(@ForAll("hostile") String kind) throws Exception {
    byte[] bytes = switch (kind) {
      case "invalid-utf8" -> new byte[] {'C', 'R', 'E', 'A', 'T', 'E', ' ', (byte) 0xE0, (byte) 0x80, (byte) 0x80, ';'};
      case "truncated-utf8" -> new byte[] {'-', '-', ' ', (byte) 0xC3};
      default -> BigInputs.valueOf(kind).sql().getBytes(StandardCharsets.UTF_8);
    };
    planAndApply(CliRuns.write("desired.sql", bytes));
  }

  private static void planAndApply(Path file) throws Exception {
    CliRuns.planAndApply(db, BASELINE, CATALOG, TARGET, file);
  }

  @Provide
  Arbitrary<Input> mutated() {
    return Input.mutated("postgres-seed", SEEDS, Mutation.SQL_TOKENS);
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of("invalid-utf8", "truncated-utf8", "NOISE", "UNTERMINATED_STRING", "DEEP_NESTING", "HUGE_IDENTIFIER");
  }

  @AfterContainer
  static void report() {
    String pass = "PostgreSQL " + TestDatabases.postgresMajor();
    FuzzReport.write(TARGET + " plan", SEED + " (+6 hostile files)", pass);
    FuzzReport.write(TARGET + " apply", SEED + " (+6 hostile files)", pass);
  }
}
