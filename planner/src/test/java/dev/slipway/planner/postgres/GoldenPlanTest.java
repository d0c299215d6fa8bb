package dev.slipway.planner.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.DiffOptions;
import dev.slipway.differ.Differ;
import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.Schema;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.change.Change;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.Plan;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.Planner;
import dev.slipway.planner.Statement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One scenario per file under {@code src/test/resources/golden/postgres/NAME.txtar}: a description and the
 * expected plan, hazards as comments above each statement. The schemas of each scenario are built in Java
 * ({@link GoldenScenarios}); the test diffs them, plans the changes and compares the text.
 * {@code -Dgolden.update=true} rewrites the files; a mismatch writes the actual text under {@code target/golden}.
 */
class GoldenPlanTest {
  private static final Path DIR = Path.of("src/test/resources/golden/postgres");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** What a golden scenario is: two schemas, a server version and a description. */
  record Scenario(String description, Schema current, Schema desired, String version) {}

  @TestFactory
  Stream<DynamicTest> goldenPlans() {
    Map<String, Scenario> scenarios = GoldenScenarios.all();
    List<DynamicTest> tests = new ArrayList<>();
    scenarios.forEach((name, scenario) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, scenario))));
    return tests.stream();
  }

  private static void check(String name, Scenario s) throws IOException {
    String actual = "-- description --\n" + s.description().strip() + "\n-- plan.sql --\n" + render(plan(s));
    Path file = DIR.resolve(name + ".txtar");
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file for " + name + " (run with -Dgolden.update=true to create it)").exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden/postgres").resolve(name + ".txtar");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("plan of " + name).isEqualTo(expected);
  }

  static Plan plan(Scenario s) {
    List<Change> changes = Differ.diff(s.current(), s.desired(), new PostgresDiffRules(), DiffOptions.DEFAULT);
    PlanContext ctx = new PlanContext(ServerVersion.parse(ServerVersion.Engine.POSTGRESQL, s.version()), s.current(),
        s.desired(), null);
    return new Planner(new PostgresRenderer()).plan(changes, ctx);
  }

  /** The review text: hazards, then lock / timeout / transaction, then the statement. */
  static String render(Plan plan) {
    StringBuilder b = new StringBuilder();
    if (plan.isEmpty()) return "-- no changes\n";
    for (Statement st : plan.statements()) {
      for (Hazard h : st.hazards()) {
        b.append("-- HAZARD ").append(h.code()).append(" (").append(h.severity().id()).append("): ")
            .append(h.message()).append('\n');
      }
      b.append("-- lock: ").append(st.lock().label()).append(", statement_timeout: ")
          .append(duration(st.statementTimeout())).append(", transaction: ")
          .append(!st.transactional() ? "none" : st.ownTransaction() ? "own" : "shared").append('\n');
      b.append(st.sql()).append(";\n\n");
    }
    return b.toString();
  }

  private static String duration(Duration d) {
    if (d.toSeconds() % 60 == 0 && d.toSeconds() >= 60) return d.toMinutes() + "m";
    return d.toSeconds() + "s";
  }

  static Map<String, Scenario> ordered(Map<String, Scenario> m) {
    return new LinkedHashMap<>(m);
  }
}
