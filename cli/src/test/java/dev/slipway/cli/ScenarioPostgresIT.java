package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.planner.Hazard;
import dev.slipway.planner.Statement;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Golden scenarios applied for real (DESIGN.md §8): each {@code scenarios/postgres/*.txtar} has
 * {@code current.sql}, {@code desired.sql}, {@code hazards} (the exact set of hazard codes the plan must
 * carry) and optionally {@code contains} (SQL fragments the plan must contain, where the strategy
 * matters), {@code absent} (fragments it must not contain) and {@code locks} (lock modes it must never
 * take on an existing table).
 */
class ScenarioPostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private static Convergence convergence;

  static final Path DIR = Path.of("src/test/resources/scenarios/postgres");

  @TestFactory
  Stream<DynamicTest> scenarios() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".txtar")).sorted().toList();
    }
    assertThat(files).as("scenario files").isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> run(f)));
  }

  private void run(Path file) throws Exception {
    Txtar t = Txtar.parse(Files.readString(file));
    if (convergence == null) convergence = new Convergence(db);
    Convergence.Result r = convergence.check(file.getFileName().toString(), t.section("current.sql"),
        t.section("desired.sql"));
    String planText = r.plan().statements().stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    assertThat(r.failure()).as("%s\nplan:\n%s", file, planText).isNull();
    Set<String> hazards = new TreeSet<>();
    for (Statement s : r.plan().statements()) for (Hazard h : s.hazards()) hazards.add(h.code().name());
    assertThat(hazards).as("hazards of %s\nplan:\n%s", file, planText).isEqualTo(lines(t.section("hazards")));
    for (String fragment : lines(t.section("contains"))) {
      assertThat(planText).as("plan of %s", file).contains(fragment);
    }
    for (String fragment : lines(t.section("absent"))) {
      assertThat(planText).as("plan of %s", file).doesNotContain(fragment);
    }
    Set<String> forbidden = lines(t.section("forbidden-locks"));
    for (Statement s : r.plan().statements()) {
      assertThat(forbidden).as("lock of %s in %s", s.sql(), file).doesNotContain(s.lock().name());
    }
  }

  private static Set<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
