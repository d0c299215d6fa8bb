package dev.slipway.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.slipway.introspect.SourceFile;
import dev.slipway.introspect.SqlScript;
import dev.slipway.introspect.sql.MySqlRenameHints;
import dev.slipway.model.Dialect;
import java.time.Duration;
import java.util.ArrayList;
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
 * The statement splitters (both dialects) and the MySQL rename-hint scanner: they terminate within the
 * bound, throw nothing (the hint scanner at most one located IntrospectionException), and every statement
 * is the script's own text at the offset it reports, in order and without overlap.
 */
class ScriptSplitFuzzTest {
  static final String SEED_SPLIT = "5150";
  static final String SEED_HINTS = "2112";
  private static final List<String> PG = Seeds.postgresSql();
  private static final List<String> MY = Seeds.mySql();

  @Property(tries = 2000, seed = SEED_SPLIT, shrinking = ShrinkingMode.BOUNDED)
  void postgresSplit(@ForAll("postgres") Input in) {
    split(in.text(), Dialect.POSTGRES);
  }

  @Property(tries = 2000, seed = SEED_SPLIT, shrinking = ShrinkingMode.BOUNDED)
  void mySqlSplit(@ForAll("mysql") Input in) {
    split(in.text(), Dialect.MYSQL);
  }

  @Property(tries = 2000, seed = SEED_HINTS, shrinking = ShrinkingMode.BOUNDED)
  void mySqlRenameHints(@ForAll("mysql") Input in) {
    List<SourceFile> files = List.of(new SourceFile("fuzz.sql", in.text()));
    FuzzReport.count("MySqlRenameHints.read", Outcomes.check(files, () -> MySqlRenameHints.read(files, "main")));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void tenMegabyteScripts(@ForAll BigInputs kind, @ForAll Dialect dialect) {
    String text = kind.sql();
    List<SourceFile> files = List.of(new SourceFile("big.sql", text));
    split(text, dialect, Duration.ofSeconds(60));
    if (dialect == Dialect.MYSQL) {
      FuzzReport.count("MySqlRenameHints.read", Outcomes.check(files, Duration.ofSeconds(60),
          () -> MySqlRenameHints.read(files, "main")));
    }
  }

  @Provide
  Arbitrary<Input> postgres() {
    return Arbitraries.oneOf(Input.mutated("postgres-seed", PG, Mutation.SQL_TOKENS),
        Input.generated("postgres-grammar", Grammar::postgresSql, Mutation.SQL_TOKENS));
  }

  @Provide
  Arbitrary<Input> mysql() {
    return Arbitraries.oneOf(Input.mutated("mysql-seed", MY, Mutation.SQL_TOKENS),
        Input.generated("mysql-grammar", Grammar::mySql, Mutation.SQL_TOKENS));
  }

  private static void split(String text, Dialect dialect) {
    split(text, dialect, Outcomes.BOUND);
  }

  private static void split(String text, Dialect dialect, Duration bound) {
    List<SqlScript.Statement> statements = assertTimeoutPreemptively(bound, () -> SqlScript.split(text, dialect),
        () -> "no answer within " + bound);
    int end = 0;
    List<String> problems = new ArrayList<>();
    for (SqlScript.Statement s : statements) {
      if (s.offset() < end) problems.add("statement at " + s.offset() + " overlaps the previous one ending at " + end);
      if (!text.startsWith(s.sql(), s.offset())) problems.add("statement at " + s.offset() + " is not the script's text there");
      if (s.sql().isBlank()) problems.add("blank statement at " + s.offset());
      end = s.offset() + s.sql().length();
    }
    assertThat(problems).isEmpty();
    assertThat(end).isLessThanOrEqualTo(text.length());
    FuzzReport.count("SqlScript.split(" + dialect + ")", "STATEMENTS");
  }

  @AfterContainer
  static void report() {
    FuzzReport.write("SqlScript.split(POSTGRES)", SEED_SPLIT + " (+6 ten-megabyte files)", "");
    FuzzReport.write("SqlScript.split(MYSQL)", SEED_SPLIT + " (+6 ten-megabyte files)", "");
    FuzzReport.write("MySqlRenameHints.read", SEED_HINTS + " (+6 ten-megabyte files)", "");
  }
}
