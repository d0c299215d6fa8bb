package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slipway.cli.Conformance.CaseResult;
import dev.slipway.cli.Conformance.Verdict;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sqldef's PostgreSQL cases (../shared/conformance, see its README), judged semantically: apply current,
 * plan to desired, apply, compare with desired through the catalog reader, re-plan empty, and the same in
 * reverse. Writes target/conformance-postgres-MAJOR.md and fails if the pass rate of runnable cases drops
 * below the floor kept in conformance/floor.properties.
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(1)
@Tag("conformance")
class ConformancePostgresIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  static final Path CORPUS = Path.of("../../shared/conformance/sqldef-postgres.jsonl");

  @Test
  void passRateStaysAboveTheFloor() throws Exception {
    assertThat(CORPUS).as("the conformance corpus beside the project").exists();
    int major = TestDatabases.postgresMajor();
    Conformance conformance = new Conformance(db, c -> skipReason(c, major),
        e -> e.getMessage() != null && e.getMessage().contains("ERROR:"));
    List<CaseResult> results = conformance.runAll(CORPUS);
    Conformance.Report report = new Conformance.Report(results);
    report.write(Path.of("target/conformance-postgres-" + major + ".md"), "PostgreSQL " + major);
    if (!Conformance.filtered()) {
      double min = Conformance.floor("postgres." + major + ".pass-rate");
      assertThat(report.passRate()).as("pass rate on PostgreSQL %d (floor %s)", major, min).isGreaterThanOrEqualTo(min);
      assertThat(results).filteredOn(CaseResult::sameSchema).as("cases whose current and desired are the same schema")
          .allSatisfy(r -> assertThat(r.verdict()).as(r.name() + ": " + r.reason()).isEqualTo(Verdict.PASS));
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
}
