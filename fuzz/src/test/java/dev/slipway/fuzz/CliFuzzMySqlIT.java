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
 * {@code slipway plan} and {@code apply --auto-approve} as processes on mutated MySQL desired files, against
 * the MySQL-family server of this pass (MariaDB 11.4, the OS's MariaDB, MySQL 8.0.15), which is also the dev
 * database: MySQL DDL is read only by the engine, whose errors are located at the statement.
 */
class CliFuzzMySqlIT {
  static final String SEED = "3306";
  static final String TARGET = "slipway plan/apply (MySQL family)";
  static final TestDatabase db = TestDatabases.mysql();
  private static final List<String> SEEDS = Seeds.mySqlSmall();
  private static final String[] BASELINE = {
    "CREATE TABLE base (id bigint NOT NULL PRIMARY KEY, v varchar(20) NOT NULL DEFAULT 'x', KEY base_v (v))",
    "INSERT INTO base VALUES (1, 'one'), (2, 'two')",
  };
  private static final String SCHEMA = "TABLE_SCHEMA = DATABASE()";
  static final List<String> CATALOG = List.of(
      "SELECT 'c', TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, COLUMN_DEFAULT, IS_NULLABLE, EXTRA FROM information_schema.COLUMNS WHERE " + SCHEMA,
      "SELECT 't', TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES WHERE " + SCHEMA,
      "SELECT 'i', TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX, COLUMN_NAME, NON_UNIQUE FROM information_schema.STATISTICS WHERE " + SCHEMA,
      "SELECT 'k', TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()",
      "SELECT 'v', TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE " + SCHEMA,
      "SELECT 'g', TRIGGER_NAME, ACTION_STATEMENT FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
      "SELECT 'p', ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()",
      "SELECT 'row', id, v FROM base");

  @Property(tries = 20, seed = SEED, shrinking = ShrinkingMode.OFF)
  void mutatedDesiredFiles(@ForAll("mutated") Input in) throws Exception {
    planAndApply(CliRuns.write("desired.sql", in.text().getBytes(StandardCharsets.UTF_8)));
  }

  /** Ten-megabyte files and bytes that are not UTF-8, through the same two commands. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void hostileFiles(@ForAll("hostile") String kind) throws Exception {
    byte[] bytes = switch (kind) {
      case "invalid-utf8" -> new byte[] {'C', 'R', 'E', 'A', 'T', 'E', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ';'};
      case "truncated-utf8" -> new byte[] {'#', ' ', (byte) 0xF0, (byte) 0x9F};
      default -> BigInputs.valueOf(kind).sql().getBytes(StandardCharsets.UTF_8);
    };
    planAndApply(CliRuns.write("desired.sql", bytes));
  }

  private static void planAndApply(Path file) throws Exception {
    CliRuns.planAndApply(db, BASELINE, CATALOG, TARGET, file);
  }

  @Provide
  Arbitrary<Input> mutated() {
    return Arbitraries.oneOf(Input.mutated("mysql-seed", SEEDS, Mutation.SQL_TOKENS),
        Input.generated("mysql-grammar", Grammar::mySql, Mutation.SQL_TOKENS));
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of("invalid-utf8", "truncated-utf8", "NOISE", "UNTERMINATED_STRING", "DEEP_NESTING", "HUGE_IDENTIFIER");
  }

  @AfterContainer
  static void report() {
    String pass = TestDatabases.mysqlFlavour().toString();
    FuzzReport.write(TARGET + " plan", SEED + " (+6 hostile files)", pass);
    FuzzReport.write(TARGET + " apply", SEED + " (+6 hostile files)", pass);
  }
}
