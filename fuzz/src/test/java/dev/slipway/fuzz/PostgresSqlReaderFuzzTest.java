package dev.slipway.fuzz;

import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.sql.SqlSchemaReader;
import dev.slipway.model.Dialect;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The offline PostgreSQL DDL reader on generated and mutated files: a schema, or one located
 * IntrospectionException, within the time bound — nothing else.
 */
class PostgresSqlReaderFuzzTest {
  static final String SEED_MUTATED = "20261121";
  static final String SEED_GENERATED = "4711";
  static final String SEED_TWO_FILES = "8088";
  static final String TARGET = "SqlSchemaReader(POSTGRES)";
  private static final List<String> SEEDS = Seeds.postgresSql();

  @Property(tries = 2500, seed = SEED_MUTATED, shrinking = ShrinkingMode.BOUNDED)
  void mutatedScenarioFiles(@ForAll("mutated") Input in) {
    read(in.text());
  }

  @Property(tries = 1500, seed = SEED_GENERATED, shrinking = ShrinkingMode.BOUNDED)
  void generatedFiles(@ForAll("generated") Input in) {
    read(in.text());
  }

  /** Two files read together: objects defined in both, references across them. */
  @Property(tries = 300, seed = SEED_TWO_FILES, shrinking = ShrinkingMode.BOUNDED)
  void twoFiles(@ForAll("mutated") Input first, @ForAll("generated") Input second) {
    List<SourceFile> files = List.of(new SourceFile("one.sql", first.text()), new SourceFile("dir/two.sql", second.text()));
    FuzzReport.count(TARGET, Outcomes.check(files, () -> new SqlSchemaReader(Dialect.POSTGRES).read(files)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void tenMegabyteFiles(@ForAll BigInputs kind) {
    List<SourceFile> files = List.of(new SourceFile("big.sql", kind.sql()));
    FuzzReport.count(TARGET, Outcomes.check(files, Duration.ofSeconds(60),
        () -> new SqlSchemaReader(Dialect.POSTGRES).read(files)));
  }

  @Provide
  Arbitrary<Input> mutated() {
    return Input.mutated("postgres-seed", SEEDS, Mutation.SQL_TOKENS);
  }

  @Provide
  Arbitrary<Input> generated() {
    return Input.generated("postgres-grammar", Grammar::postgresSql, Mutation.SQL_TOKENS);
  }

  private static void read(String text) {
    List<SourceFile> files = List.of(new SourceFile("fuzz.sql", text));
    FuzzReport.count(TARGET, Outcomes.check(files, () -> new SqlSchemaReader(Dialect.POSTGRES).read(files)));
  }

  @AfterContainer
  static void report() {
    FuzzReport.write(TARGET, SEED_MUTATED + "/" + SEED_GENERATED + "/" + SEED_TWO_FILES + " (+6 ten-megabyte files)", "");
  }
}
