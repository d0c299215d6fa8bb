package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code slipway apply --history SCHEMA} as a real process against a real PostgreSQL. */
class ApplyHistoryIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();

  private final CliFixture cli = new CliFixture(db);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The history rows, oldest first, each column by name. */
  private List<Map<String, Object>> history(String database) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Connection c = db.connect(database); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, applied_at, db_user, client, current_fingerprint, desired_fingerprint,"
            + " statements::text AS statements, outcome, error, duration_ms FROM audit.slipway_history ORDER BY id")) {
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<String> statuses(Map<String, Object> row) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode s : JSON.readTree((String) row.get("statements"))) out.add(s.path("status").asText());
    return out;
  }

  @Test
  void twoAppliesLeaveTwoRowsAndTheHistoryIsNeverDrift() throws Exception {
    String name = cli.fresh("hist", "CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer)");
    String url = db.urlWithCredentials(name);
    Path v1 = CliFixture.schema("CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer, note text);");
    Path v2 = CliFixture.schema("CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer, note text);\n"
        + "CREATE INDEX items_qty_idx ON public.items (qty);");

    CliProcess.Run first = cli.slipway("apply", "--url", url, "--to", v1.toString(), "--auto-approve", "--history", "audit");
    assertThat(first.exitCode()).as(first.stdout() + first.stderr()).isZero();
    assertThat(first.stderr()).doesNotContain("could not record");

    // A saved plan made while the history table exists still matches the database at apply time.
    Path planFile = Files.createTempFile("plan", ".json");
    CliProcess.Run p = cli.slipway("plan", "--url", url, "--to", v2.toString(), "--format", "json", "--out", planFile.toString());
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    JsonNode plan = JSON.readTree(planFile.toFile());
    assertThat(plan.path("statements")).hasSize(1);
    assertThat(plan.path("statements").get(0).path("sql").asText()).contains("CREATE INDEX CONCURRENTLY items_qty_idx")
        .doesNotContain("slipway_history").doesNotContain("audit");
    CliProcess.Run second = cli.slipway("apply", "--url", url, "--to", v2.toString(), "--plan", planFile.toString(),
        "--auto-approve", "--history", "audit");
    assertThat(second.exitCode()).as(second.stdout() + second.stderr()).isZero();

    // Neither the table nor its schema (absent from the desired state) is seen as drift or planned for dropping.
    CliProcess.Run replan = cli.slipway("plan", "--url", url, "--to", v2.toString(), "--detailed-exitcode");
    assertThat(replan.exitCode()).as(replan.stdout() + replan.stderr()).isZero();
    CliProcess.Run drift = cli.slipway("drift", "--url", url, "--to", v2.toString());
    assertThat(drift.exitCode()).as(drift.stdout() + drift.stderr()).isZero();
    CliProcess.Run again = cli.slipway("apply", "--url", url, "--to", v2.toString(), "--auto-approve", "--history", "audit");
    assertThat(again.exitCode()).as(again.stdout() + again.stderr()).isZero();
    assertThat(again.stdout()).contains("No changes");

    List<Map<String, Object>> rows = history(name);
    assertThat(rows).hasSize(2); // a run with nothing to apply records nothing
    Map<String, Object> r1 = rows.get(0);
    Map<String, Object> r2 = rows.get(1);
    assertThat(r1.get("outcome")).isEqualTo("applied");
    assertThat(r2.get("outcome")).isEqualTo("applied");
    assertThat(r1.get("error")).isNull();
    assertThat(r1.get("applied_at")).isNotNull();
    assertThat(r1.get("db_user")).isEqualTo(db.credentials().getProperty("user"));
    assertThat((String) r1.get("client")).startsWith("slipway ");
    assertThat(((Number) r1.get("duration_ms")).longValue()).isNotNegative();
    assertThat((String) r1.get("current_fingerprint")).startsWith("sha256:");
    assertThat(r1.get("desired_fingerprint")).isNotEqualTo(r2.get("desired_fingerprint"));
    assertThat(r2.get("current_fingerprint")).isEqualTo(plan.path("current_fingerprint").asText());
    assertThat(r2.get("desired_fingerprint")).isEqualTo(plan.path("desired_fingerprint").asText());
    // Applying v1 produced exactly v1, history aside.
    assertThat(r2.get("current_fingerprint")).isEqualTo(r1.get("desired_fingerprint"));
    assertThat(statuses(r1)).containsExactly("applied");
    assertThat(statuses(r2)).containsExactly("applied");
    JsonNode st1 = JSON.readTree((String) r1.get("statements")).get(0);
    assertThat(st1.path("sql").asText()).isEqualTo("ALTER TABLE public.items ADD COLUMN note text");
    assertThat(st1.path("object").asText()).contains("items");
    JsonNode st2 = JSON.readTree((String) r2.get("statements")).get(0);
    assertThat(st2.path("hazards").findValuesAsText("code")).contains("INDEX_BUILD");
  }

  @Test
  void aFailingValidateIsRecordedAsPartialWithTheServersError() throws Exception {
    String name = cli.fresh("histfail", "CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer)",
        "INSERT INTO public.items VALUES (1, 5), (2, -3)");
    Path desired = CliFixture.schema("CREATE TABLE public.items (id bigint PRIMARY KEY, qty integer, note text,"
        + " CONSTRAINT items_qty_check CHECK (qty >= 0));");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve", "--history", "audit");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
    assertThat(r.stdout()).contains("Applied 2 of 3 statements.");
    assertThat(r.stderr()).doesNotContain("could not record");

    List<Map<String, Object>> rows = history(name);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("outcome")).isEqualTo("partial");
    assertThat((String) rows.get(0).get("error")).contains("is violated by some row");
    assertThat(statuses(rows.get(0))).containsExactly("applied", "applied", "failed");

    // What is left is exactly the VALIDATE: the history is not part of it.
    CliProcess.Run plan = cli.slipway("plan", "--url", db.urlWithCredentials(name), "--to", desired.toString(), "--format", "sql");
    assertThat(plan.exitCode()).as(plan.stderr()).isZero();
    assertThat(plan.stdout()).contains("ALTER TABLE public.items VALIDATE CONSTRAINT items_qty_check;")
        .doesNotContain("slipway_history").doesNotContain("audit");
  }

  @Test
  void aHistoryThatCannotBeWrittenIsReportedButDoesNotChangeTheExitCode() throws Exception {
    // A table of that name with another shape: the insert fails.
    String name = cli.fresh("histbad", "CREATE TABLE public.t (id bigint PRIMARY KEY)",
        "CREATE SCHEMA audit", "CREATE TABLE audit.slipway_history (x int)");
    Path desired = CliFixture.schema("CREATE TABLE public.t (id bigint PRIMARY KEY, a text);");
    CliProcess.Run r = cli.slipway("apply", "--url", db.urlWithCredentials(name), "--to", desired.toString(),
        "--auto-approve", "--history", "audit");
    assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
    assertThat(r.stderr()).contains("could not record this apply in audit.slipway_history");
    assertThat(r.stdout()).contains("Applied 1 of 1 statement.");
  }
}
