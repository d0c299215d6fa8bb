package dev.slipway.histories;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every application's upgrade history on this pass's Postgres server (see {@link Upgrades}). */
class HistoriesPostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  @TestFactory
  Stream<DynamicTest> upgrades() throws Exception {
    Path work = java.nio.file.Files.createDirectories(Path.of("target/histories-work", getClass().getSimpleName()));
    Upgrades upgrades = new Upgrades(db, work); // dumps kept: a failure's desired file is there to read
    return Sources.all().stream().filter(s -> s.supports(upgrades.dialect()))
        .map(s -> dynamicTest(s.app(), () -> Verdicts.check(upgrades.run(s))));
  }
}
