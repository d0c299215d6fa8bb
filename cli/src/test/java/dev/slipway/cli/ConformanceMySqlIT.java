package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slipway.cli.Conformance.CaseResult;
import dev.slipway.cli.Conformance.Verdict;
import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.ServerVersion;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * sqldef's MySQL cases (../shared/conformance/sqldef-mysql.jsonl, see its README) on the server
 * {@code -Dslipway.test.mysql} names, judged as on PostgreSQL: apply current, plan to desired, apply,
 * compare with desired through the catalog reader, re-plan empty, and the same in reverse. Writes
 * target/conformance-mysql-FLAVOUR.md and fails below the floor {@code mysql.FLAVOUR.pass-rate} in
 * conformance/floor.properties.
 */
// Long classes start first, so the pass does not wait for one that began last (pom: ClassOrderer).
@Order(2)
@Tag("conformance")
class ConformanceMySqlIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.mysql();

  static final Path CORPUS = Path.of("../../shared/conformance/sqldef-mysql.jsonl");

  @Test
  void passRateStaysAboveTheFloor() throws Exception {
    assertThat(CORPUS).as("the conformance corpus beside the project").exists();
    ServerVersion version = GoldenScenarios.serverVersion(db);
    String flavour = flavour(version);
    Conformance conformance = new Conformance(db, c -> skipReason(c, version),
        ConformanceMySqlIT::serverRejected, ConformanceMySqlIT::inTheTestDatabase);
    List<CaseResult> results = conformance.runAll(CORPUS);
    Conformance.Report report = new Conformance.Report(results);
    String engine = (version.isMariaDb() ? "MariaDB " : "MySQL ") + version + " (" + flavour + ")";
    report.write(Path.of("target/conformance-mysql-" + flavour + ".md"), engine);
    if (!Conformance.filtered()) {
      String key = "mysql." + flavour + ".pass-rate";
      double min = Conformance.floor(key);
      assertThat(report.passRate()).as("pass rate on %s (floor %s = %s)", engine, key, min).isGreaterThanOrEqualTo(min);
      assertThat(results).filteredOn(CaseResult::sameSchema).as("cases whose current and desired are the same schema")
          .allSatisfy(r -> assertThat(r.verdict()).as(r.name() + ": " + r.reason()).isEqualTo(Verdict.PASS));
    }
  }

  /**
   * The floor key's flavour: {@code -Dslipway.test.mysql} when given (mariadb, mariadb-system, mysql8),
   * else what the server says it is.
   */
  static String flavour(ServerVersion version) {
    String chosen = System.getProperty("slipway.test.mysql");
    if (chosen != null && !chosen.isBlank()) return chosen.trim();
    return version.isMariaDb() ? "mariadb" : "mysql" + version.major();
  }

  /**
   * Why a case cannot run on this server. Flavours follow sqldef's harness: {@code mysql} and
   * {@code !mariadb} exclude MariaDB, {@code mariadb} needs it, TiDB cases need TiDB. Versions compare
   * numerically with the server's own version, as sqldef does, so MariaDB 10.11 counts as newer than 8.0.
   * A case with a CHECK constraint is skipped on MySQL before 8.0.16, which parses CHECK and ignores it.
   */
  private static final java.util.regex.Pattern CHECK =
      java.util.regex.Pattern.compile("(?i)\\bCHECK\\s*\\(");

  static String skipReason(JsonNode c, ServerVersion v) {
    if (c.path("offline").asBoolean(false)) return "offline dialect (Aurora DSQL / TiDB), not a stock engine";
    String flavor = c.path("flavor").asText("");
    boolean maria = v.isMariaDb();
    switch (flavor) {
      case "", "!tidb" -> { }
      case "tidb" -> {
        return "TiDB only";
      }
      case "mariadb" -> {
        if (!maria) return "MariaDB only, this is MySQL " + v;
      }
      case "mysql", "!mariadb" -> {
        if (maria) return "not for MariaDB (flavor " + flavor + "), this is MariaDB " + v;
      }
      default -> {
        return "unknown flavor " + flavor;
      }
    }
    if (c.has("min_version") && compare(v, c.path("min_version").asText()) < 0) {
      return "needs version " + c.path("min_version").asText() + ", this is " + v;
    }
    if (c.has("max_version") && compare(v, c.path("max_version").asText()) > 0) {
      return "only up to version " + c.path("max_version").asText() + ", this is " + v;
    }
    String missing = GoldenScenarios.missing("check-constraints", v);
    if (missing != null && (CHECK.matcher(c.path("current").asText("")).find()
        || CHECK.matcher(c.path("desired").asText("")).find())) {
      // Both sides would silently lose the constraint and the case would pass without testing it.
      return "needs " + missing;
    }
    return null;
  }

  /**
   * sqldef's harness runs every case in a database named mysqldef_test, and a few cases qualify names with
   * it; here each case runs in its own scratch database, so the qualifier goes.
   */
  static String inTheTestDatabase(String sql) {
    return sql.replace("`mysqldef_test`.", "").replace("mysqldef_test.", "");
  }

  /** Compares the server with a dotted version, over as many parts as {@code bound} names. */
  static int compare(ServerVersion v, String bound) {
    String[] parts = bound.split("\\.");
    int[] mine = {v.major(), v.minor(), v.patch()};
    for (int i = 0; i < parts.length && i < 3; i++) {
      int c = Integer.compare(mine[i], Integer.parseInt(parts[i]));
      if (c != 0) return c;
    }
    return 0;
  }

  /**
   * The dev database names the file position of a statement the server refused ({@code NAME.sql:LINE:COL:
   * message}) and keeps the driver's error as the cause: that is the server rejecting the case's SQL.
   */
  static boolean serverRejected(IntrospectionException e) {
    return e.getCause() instanceof java.sql.SQLException && e.getMessage() != null
        && e.getMessage().matches("(?s)\\S+\\.sql:\\d+:\\d+: .*");
  }
}
