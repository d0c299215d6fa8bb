package dev.slipway.cli;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MySQL/MariaDB golden scenarios ({@code scenarios/mysql/*.txtar}), applied for real on the server
 * {@code -Dslipway.test.mysql} names; see {@link GoldenScenarios}. Scenarios that need CHECK constraints
 * say so in a {@code requires} section and are aborted, with the reason, on MySQL before 8.0.16.
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(5)
class ScenarioMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  static final Path DIR = Path.of("src/test/resources/scenarios/mysql");

  /** Scenarios run side by side, each on databases of its own (see {@link GoldenScenarios}). */
  @TestFactory
  @Execution(ExecutionMode.CONCURRENT)
  Stream<DynamicTest> scenarios() throws IOException {
    return new GoldenScenarios(db, DIR).tests();
  }
}
