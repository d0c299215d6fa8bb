package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sqldef's PostgreSQL cases (../shared/conformance, see its README), judged semantically: apply current,
 * plan to desired, apply, compare with desired through the catalog reader, re-plan empty, and the same in
 * reverse. Writes target/conformance-postgres-MAJOR.md and fails if the pass rate of runnable cases drops
 * below the floor kept in conformance/floor.properties.
 */
class ConformancePostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  static final Path CORPUS = Path.of("../../shared/conformance/sqldef-postgres.jsonl");
  static final Path FLOOR = Path.of("../conformance/floor.properties");

  enum Verdict { PASS, FAIL, SKIP }

  private Convergence convergence;

  record CaseResult(String name, String category, Verdict verdict, String reason, boolean sameSchema) {
    CaseResult(String name, String category, Verdict verdict, String reason) {
      this(name, category, verdict, reason, false);
    }
  }

  @Test
  void passRateStaysAboveTheFloor() throws Exception {
    assertThat(CORPUS).as("the conformance corpus beside the project").exists();
    ObjectMapper json = new ObjectMapper();
    int major = TestDatabases.postgresMajor();
    String only = System.getProperty("slipway.conformance.only");
    convergence = new Convergence(db);
    List<CaseResult> results = new ArrayList<>();
    long started = System.nanoTime();
    for (String line : Files.readAllLines(CORPUS)) {
      JsonNode c = json.readTree(line);
      if (only != null && !c.path("name").asText().matches(only)) continue;
      results.add(run(c, major));
      if (results.size() % 100 == 0) {
        System.out.printf("conformance: %d cases in %d s%n", results.size(), (System.nanoTime() - started) / 1_000_000_000L);
      }
    }
    Report report = new Report(results);
    Path out = Path.of("target/conformance-postgres-" + major + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.markdown("PostgreSQL " + major));
    System.out.println(report.headline("PostgreSQL " + major) + " (details: " + out.toAbsolutePath() + ")");
    if (only == null) {
      Properties floor = new Properties();
      try (var in = Files.newBufferedReader(FLOOR)) {
        floor.load(in);
      }
      double min = Double.parseDouble(floor.getProperty("postgres.pass-rate", "0"));
      assertThat(report.passRate()).as("pass rate on PostgreSQL %d (floor %s)", major, min).isGreaterThanOrEqualTo(min);
      assertThat(results).filteredOn(CaseResult::sameSchema).as("cases whose current and desired are the same schema")
          .allSatisfy(r -> assertThat(r.verdict()).as(r.name() + ": " + r.reason()).isEqualTo(Verdict.PASS));
    }
  }

  private CaseResult run(JsonNode c, int major) {
    String name = c.path("name").asText();
    String category = c.path("file_category").asText();
    String skip = skipReason(c, major);
    if (skip != null) return new CaseResult(name, category, Verdict.SKIP, skip);
    boolean expectError = c.path("assertion").asText().equals("error");
    String current = c.path("current").asText("");
    String desired = c.path("desired").asText("");
    Convergence convergence = this.convergence;
    try {
      Convergence.Result forward = convergence.check(name, current, desired);
      if (expectError) return new CaseResult(name, category, Verdict.FAIL, "expected an error, got a plan");
      if (!forward.passed()) {
        return new CaseResult(name, category, Verdict.FAIL, "forward: " + forward.failure(), forward.sameSchema());
      }
      Convergence.Result reverse = convergence.check(name + "_rev", desired, current);
      if (!reverse.passed()) return new CaseResult(name, category, Verdict.FAIL, "reverse: " + reverse.failure());
      return new CaseResult(name, category, Verdict.PASS, null, forward.sameSchema());
    } catch (Convergence.SetupException e) {
      return new CaseResult(name, category, Verdict.SKIP, e.getMessage());
    } catch (IntrospectionException e) {
      if (expectError) return new CaseResult(name, category, Verdict.PASS, "refused: " + e.getMessage());
      if (e.getMessage() != null && e.getMessage().contains("ERROR:")) {
        return new CaseResult(name, category, Verdict.SKIP, "desired does not apply on this server: " + e.getMessage());
      }
      return new CaseResult(name, category, Verdict.FAIL, "reading: " + e.getMessage());
    } catch (Exception | AssertionError e) {
      if (expectError) return new CaseResult(name, category, Verdict.PASS, "refused: " + e.getMessage());
      return new CaseResult(name, category, Verdict.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  static String skipReason(JsonNode c, int major) {
    if (c.path("offline").asBoolean(false)) return "offline dialect (Aurora DSQL / TiDB), not a stock engine";
    String flavor = c.path("flavor").asText("");
    if (flavor.equals("pgvector")) return "needs the pgvector extension, which the embedded binaries do not carry";
    if (c.has("managed_roles") || c.has("manage") || c.has("user")) {
      return "needs roles, grants or a search path that sqldef's harness creates";
    }
    if (c.has("min_version") && major < majorOf(c.path("min_version").asText())) {
      return "needs PostgreSQL " + c.path("min_version").asText();
    }
    if (c.has("max_version") && major > majorOf(c.path("max_version").asText())) {
      return "only up to PostgreSQL " + c.path("max_version").asText();
    }
    return null;
  }

  private static int majorOf(String v) {
    return Integer.parseInt(v.split("\\.")[0]);
  }

  /** Pass rate per category, failures with reasons, skips with reasons. */
  record Report(List<CaseResult> results) {
    long count(Verdict v) {
      return results.stream().filter(r -> r.verdict() == v).count();
    }

    double passRate() {
      long runnable = count(Verdict.PASS) + count(Verdict.FAIL);
      return runnable == 0 ? 0 : 100.0 * count(Verdict.PASS) / runnable;
    }

    String headline(String engine) {
      long same = results.stream().filter(CaseResult::sameSchema).count();
      long sameEmpty = results.stream().filter(r -> r.sameSchema() && r.verdict() == Verdict.PASS).count();
      return String.format(java.util.Locale.ROOT, "conformance %s: %d/%d runnable cases pass (%.1f%%), %d skipped; "
              + "%d/%d cases whose current and desired are the same schema plan empty",
          engine, count(Verdict.PASS), count(Verdict.PASS) + count(Verdict.FAIL), passRate(), count(Verdict.SKIP),
          sameEmpty, same);
    }

    String markdown(String engine) {
      StringBuilder b = new StringBuilder("# sqldef conformance on ").append(engine).append("\n\n")
          .append(headline(engine)).append("\n\n| category | pass | fail | skip | pass rate |\n|---|---|---|---|---|\n");
      Map<String, long[]> byCategory = new TreeMap<>();
      for (CaseResult r : results) byCategory.computeIfAbsent(r.category(), k -> new long[3])[r.verdict().ordinal()]++;
      byCategory.forEach((k, v) -> b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %d | %s |%n", k, v[0], v[1],
          v[2], v[0] + v[1] == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * v[0] / (v[0] + v[1])))));
      b.append("\n## Failures\n\n");
      results.stream().filter(r -> r.verdict() == Verdict.FAIL)
          .forEach(r -> b.append("- **").append(r.name()).append("** (").append(r.category()).append("): ")
              .append(r.reason().replace("\n", "<br>")).append('\n'));
      b.append("\n## Skipped\n\n");
      results.stream().filter(r -> r.verdict() == Verdict.SKIP)
          .forEach(r -> b.append("- ").append(r.name()).append(": ").append(r.reason().replace("\n", " ")).append('\n'));
      return b.toString();
    }
  }
}
