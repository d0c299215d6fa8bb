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

/** The PostgreSQL golden scenarios ({@code scenarios/postgres/*.txtar}), applied for real; see {@link GoldenScenarios}. */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(3)
class ScenarioPostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  static final Path DIR = Path.of("src/test/resources/scenarios/postgres");

  /** Scenarios run side by side, each on databases of its own (see {@link GoldenScenarios}). */
  @TestFactory
  @Execution(ExecutionMode.CONCURRENT)
  Stream<DynamicTest> scenarios() throws IOException {
    return new GoldenScenarios(db, DIR).tests();
  }
}
