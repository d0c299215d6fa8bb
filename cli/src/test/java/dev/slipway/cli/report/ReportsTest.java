package dev.slipway.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.ServerVersion;
import dev.slipway.model.change.AddIndex;
import dev.slipway.model.change.DropColumn;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportsTest {
  private static final QualifiedName USERS = QualifiedName.of("public", "users");

  static Plan plan() {
    Statement index = new Statement("CREATE INDEX CONCURRENTLY users_email_idx ON public.users USING btree (email)", false,
        LockMode.SHARE_UPDATE_EXCLUSIVE, Duration.ofSeconds(3), Duration.ofMinutes(20),
        ObjectRef.member(ObjectKind.INDEX, USERS, "users_email_idx"),
        List.of(Hazard.of(HazardCode.INDEX_BUILD, "builds users_email_idx | concurrently"),
            Hazard.of(HazardCode.NOT_TRANSACTIONAL, "outside a transaction")), false);
    Statement drop = new Statement("ALTER TABLE public.users DROP COLUMN legacy", true, LockMode.ACCESS_EXCLUSIVE,
        Duration.ofMillis(500), Duration.ofSeconds(5), ObjectRef.column(USERS, "legacy"),
        List.of(new Hazard(HazardCode.DELETES_DATA, Severity.DANGER, "drops public.users.legacy")), false);
    return new Plan(new ServerVersion(ServerVersion.Engine.POSTGRESQL, 16, 4, 0), "sha256:aaa", "sha256:bbb",
        List.of(index, drop));
  }

  @Test
  void jsonHasExactlyTheContractFields() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Reports.render(new PlanView(plan(), "x"), ReportFormat.JSON, false));
    assertThat(names(root)).containsExactly("format_version", "dialect", "server_version", "current_fingerprint",
        "desired_fingerprint", "statements", "summary");
    assertThat(root.path("format_version").asInt()).isEqualTo(1);
    assertThat(root.path("dialect").asText()).isEqualTo("postgresql");
    assertThat(root.path("server_version").asText()).isEqualTo("16.4");
    JsonNode s = root.path("statements").get(0);
    assertThat(names(s)).startsWith("sql", "transactional", "lock", "lock_timeout_ms", "statement_timeout_ms", "object",
        "hazards");
    assertThat(s.path("sql").asText()).doesNotEndWith(";");
    assertThat(s.path("transactional").asBoolean()).isFalse();
    assertThat(s.path("lock").asText()).isEqualTo("SHARE UPDATE EXCLUSIVE");
    assertThat(s.path("lock_timeout_ms").asLong()).isEqualTo(3000);
    assertThat(s.path("statement_timeout_ms").asLong()).isEqualTo(1_200_000);
    assertThat(s.path("object").asText()).isEqualTo("public.users.users_email_idx");
    assertThat(s.path("hazards").get(0).path("code").asText()).isEqualTo("INDEX_BUILD");
    assertThat(s.path("hazards").get(0).path("severity").asText()).isEqualTo("warning");
    assertThat(root.path("summary").path("statements").asInt()).isEqualTo(2);
    assertThat(root.path("summary").path("hazards").path("DELETES_DATA").asInt()).isEqualTo(1);
  }

  @Test
  void aSavedPlanReadsBackTheSameStatements() throws Exception {
    Path file = Files.createTempFile("plan", ".json");
    Files.writeString(file, Reports.render(new PlanView(plan(), "x"), ReportFormat.JSON, false));
    SavedPlan saved = SavedPlan.read(file);
    assertThat(saved.currentFingerprint()).isEqualTo("sha256:aaa");
    assertThat(saved.statements()).isEqualTo(plan().statements());
  }

  @Test
  void sqlIsARunnableScriptWithHazardsAsComments() {
    String sql = Reports.render(new PlanView(plan(), "x"), ReportFormat.SQL, false);
    assertThat(sql).contains("-- DANGER DELETES_DATA: drops public.users.legacy\n"
        + "SET lock_timeout = '500ms';\nSET statement_timeout = '5000ms';\nALTER TABLE public.users DROP COLUMN legacy;\n");
    assertThat(sql).contains("must run outside a transaction");
    assertThat(sql.lines().filter(l -> !l.startsWith("--") && !l.isBlank())).allSatisfy(l -> assertThat(l).endsWith(";"));
  }

  @Test
  void markdownCarriesTheMarkerAlertsAndSql() {
    String md = Reports.render(new PlanView(plan(), "staging"), ReportFormat.MARKDOWN, false);
    assertThat(md).startsWith("<!-- slipway-plan: staging -->\n");
    assertThat(md).contains("> [!CAUTION]\n> **DELETES_DATA**", "> [!WARNING]\n> **INDEX_BUILD**", "```sql\n");
  }

  @Test
  void markdownGoesShortPastTheCommentLimit() {
    Plan p = plan();
    List<Statement> many = new ArrayList<>();
    for (int i = 0; i < 800; i++) many.add(p.statements().get(1));
    Plan big = new Plan(p.serverVersion(), "a", "b", many);
    String md = Reports.render(new PlanView(big, "big"), ReportFormat.MARKDOWN, false);
    assertThat(md.length()).isLessThanOrEqualTo(Reports.MARKDOWN_LIMIT);
    assertThat(md).contains("> **DELETES_DATA** on 800 statements", "…and 600 more.");
    assertThat(md).contains("run `slipway plan --format sql`").doesNotContain("```sql");
  }

  @Test
  void textNamesLocksHazardsAndColoursOnlyWhenAsked() {
    String plain = Reports.render(new PlanView(plan(), "x"), ReportFormat.TEXT, false);
    assertThat(plain).contains("Plan: 2 statements for postgresql 16.4", "lock: SHARE UPDATE EXCLUSIVE",
        "DANGER  DELETES_DATA: drops public.users.legacy").doesNotContain("\u001B[");
    assertThat(Reports.render(new PlanView(plan(), "x"), ReportFormat.TEXT, true)).contains("\u001B[31;1m");
    Plan empty = new Plan(plan().serverVersion(), "a", "a", List.of());
    assertThat(Reports.render(new PlanView(empty, "x"), ReportFormat.TEXT, false)).startsWith("No changes");
  }

  @Test
  void driftReportsMissingExtraAndChanged() throws Exception {
    var index = dev.slipway.model.Index.of("users_email_idx", false, "email");
    var column = dev.slipway.model.Column.of("legacy", "text");
    DriftReport r = new DriftReport("postgresql://db/app",
        List.of(new AddIndex(USERS, index), new DropColumn(USERS, column)), new PlanView(plan(), "x"));
    assertThat(r.getMissing()).containsExactly("index public.users.users_email_idx");
    assertThat(r.getExtra()).containsExactly("column public.users.legacy");
    JsonNode hook = new ObjectMapper().readTree(r.webhookJson());
    assertThat(hook.path("text").asText()).startsWith("Slipway drift on postgresql://db/app: 1 missing, 1 extra, 0 changed");
    assertThat(hook.path("drift").path("plan").path("statements").size()).isEqualTo(2);
    assertThat(r.render(ReportFormat.TEXT)).contains("missing  index public.users.users_email_idx");
    assertThat(r.render(ReportFormat.MARKDOWN)).startsWith("<!-- slipway-drift: postgresql://db/app -->");
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext();) out.add(it.next());
    return out;
  }
}
