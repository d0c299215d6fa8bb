package dev.slipway.planner.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.DiffOptions;
import dev.slipway.differ.Differ;
import dev.slipway.differ.mysql.MySqlDiffRules;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * MySQL/MariaDB golden plans, one scenario per file under {@code src/test/resources/golden/mysql/NAME.txtar}:
 * the server version, a description and the expected plan with hazards, lock and alternatives as comments.
 * Schemas are built in Java ({@link MySqlGoldenScenarios}). {@code -Dgolden.update=true} rewrites the files.
 */
class MySqlGoldenPlanTest {
  private static final Path DIR = Path.of("src/test/resources/golden/mysql");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  record Scenario(String description, Schema current, Schema desired, ServerVersion version) {}

  @TestFactory
  Stream<DynamicTest> goldenPlans() {
    Map<String, Scenario> scenarios = MySqlGoldenScenarios.all();
    List<DynamicTest> tests = new ArrayList<>();
    scenarios.forEach((name, s) -> tests.add(DynamicTest.dynamicTest(name, () -> check(name, s))));
    return tests.stream();
  }

  private static void check(String name, Scenario s) throws IOException {
    String actual = "-- server --\n" + (s.version().isMariaDb() ? "MariaDB " : "MySQL ") + s.version() + "\n-- description --\n"
        + s.description().strip() + "\n-- plan.sql --\n" + render(plan(s));
    Path file = DIR.resolve(name + ".txtar");
    if (UPDATE) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file for " + name + " (run with -Dgolden.update=true to create it)").exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      Path out = Path.of("target/golden/mysql").resolve(name + ".txtar");
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("plan of " + name).isEqualTo(expected);
  }

  static Plan plan(Scenario s) {
    List<Change> changes = Differ.diff(s.current(), s.desired(), new MySqlDiffRules(), DiffOptions.DEFAULT);
    PlanContext ctx = new PlanContext(s.version(), s.current(), s.desired(), null);
    return new Planner(new MySqlRenderer()).plan(changes, ctx);
  }

  static String render(Plan plan) {
    if (plan.isEmpty()) return "-- no changes\n";
    StringBuilder b = new StringBuilder();
    for (Statement st : plan.statements()) {
      for (Hazard h : st.hazards()) {
        b.append("-- HAZARD ").append(h.code()).append(" (").append(h.severity().id()).append("): ")
            .append(h.message()).append('\n');
      }
      for (String a : st.alternatives()) b.append("-- ALTERNATIVE: ").append(a).append('\n');
      b.append("-- lock: ").append(st.lock().label()).append(", statement_timeout: ")
          .append(duration(st.statementTimeout())).append(", transaction: ").append(st.transactional() ? "yes" : "none")
          .append('\n');
      b.append(st.sql()).append(";\n\n");
    }
    return b.toString();
  }

  private static String duration(Duration d) {
    if (d.toSeconds() % 60 == 0 && d.toSeconds() >= 60) return d.toMinutes() + "m";
    return d.toSeconds() + "s";
  }
}
