package dev.slipway.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.api.apply.Session;
import dev.slipway.planner.Plan;
import dev.slipway.testing.TestDatabase;
import dev.slipway.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on its own, as an application would use it: no CLI, no embedded engines (the desired SQL is
 * normalised on a dev database given by URL), a real PostgreSQL.
 */
class SlipwayIT {
  @RegisterExtension static final TestDatabase db = TestDatabases.postgres();
  @TempDir Path dir;

  private Slipway slipway(String database, String desiredSql) throws Exception {
    Path desired = dir.resolve("schema.sql");
    Files.writeString(desired, desiredSql);
    return Slipway.configure().target(db.urlWithCredentials(database)).desired(desired.toString())
        .devDatabase(db.urlWithCredentials(db.server().adminDatabase())).load();
  }

  @Test
  void plansAppliesAndConverges() throws Exception {
    String database = db.newDatabase("api");
    db.executeIn(database, "CREATE TABLE public.t (id bigint PRIMARY KEY)");
    Slipway s = slipway(database, "CREATE TABLE public.t (id bigint PRIMARY KEY, name text);\n"
        + "CREATE INDEX t_name_idx ON public.t (name);\n");
    Plan plan = s.plan().plan();
    assertThat(plan.statements()).extracting(st -> st.sql())
        .anySatisfy(sql -> assertThat(sql).contains("ADD COLUMN name text"))
        .anySatisfy(sql -> assertThat(sql).contains("CREATE INDEX CONCURRENTLY t_name_idx"));
    List<String> reviewed = new ArrayList<>();
    ApplyResult done = s.apply(ApplyOptions.defaults().withReview(p -> reviewed.add(p.desiredFingerprint())));
    assertThat(done.succeeded()).isTrue();
    assertThat(done.outcome().applied()).hasSize(plan.statements().size());
    assertThat(reviewed).containsExactly(plan.desiredFingerprint());
    assertThat(s.plan().plan().isEmpty()).as("re-plan after apply").isTrue();
    assertThat(columns(database)).containsExactly("id", "name");
  }

  @Test
  void refusesDangerHazardsUnlessAllowedAndChangesNothing() throws Exception {
    String database = db.newDatabase("api");
    db.executeIn(database, "CREATE TABLE public.t (id bigint PRIMARY KEY, legacy text)");
    Slipway s = slipway(database, "CREATE TABLE public.t (id bigint PRIMARY KEY);\n");
    assertThatThrownBy(() -> s.apply(ApplyOptions.defaults()))
        .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.HAZARDS))
        .hasMessageContaining("DELETES_DATA on public.t.legacy");
    assertThat(columns(database)).containsExactly("id", "legacy");
    assertThat(s.apply(ApplyOptions.defaults().allowingHazards(Set.of("deletes_data"))).succeeded()).isTrue();
    assertThat(columns(database)).containsExactly("id");
  }

  @Test
  void refusesASavedPlanOnceTheDatabaseChanged() throws Exception {
    String database = db.newDatabase("api");
    db.executeIn(database, "CREATE TABLE public.t (id bigint PRIMARY KEY)");
    Slipway s = slipway(database, "CREATE TABLE public.t (id bigint PRIMARY KEY, name text);\n");
    Plan plan = s.plan().plan();
    db.executeIn(database, "CREATE TABLE public.other (id int)");
    ApplyOptions.SavedPlan saved = new ApplyOptions.SavedPlan(plan.statements(), plan.currentFingerprint(),
        plan.desiredFingerprint());
    assertThatThrownBy(() -> s.apply(ApplyOptions.defaults().withSavedPlan(saved)))
        .isInstanceOfSatisfying(RefusedException.class,
            e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.DATABASE_CHANGED));
    assertThat(columns(database)).containsExactly("id");
  }

  @Test
  void refusesWhileAnotherApplyHoldsTheLock() throws Exception {
    String database = db.newDatabase("api");
    Slipway s = slipway(database, "CREATE TABLE public.t (id bigint PRIMARY KEY);\n");
    try (Connection holder = db.connect(database)) {
      Session session = Dialects.session(Dialects.serverVersion(dev.slipway.model.Dialect.POSTGRES, holder));
      assertThat(session.tryLock(holder, "slipway:" + database)).isTrue();
      assertThatThrownBy(() -> s.apply(ApplyOptions.defaults()))
          .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.reason()).isEqualTo(RefusedException.Reason.LOCKED));
    }
    assertThat(s.apply(ApplyOptions.defaults()).succeeded()).as("the lock went with the holder's session").isTrue();
  }

  @Test
  void withoutEngineServersTheDefaultDevDatabaseFallsBackToOfflineReading() throws Exception {
    String database = db.newDatabase("api");
    Path desired = dir.resolve("schema.sql");
    Files.writeString(desired, "CREATE TABLE public.t (id bigint PRIMARY KEY);\n");
    java.io.StringWriter notes = new java.io.StringWriter();
    Slipway s = Slipway.configure().target(db.urlWithCredentials(database)).desired(desired.toString())
        .notes(new java.io.PrintWriter(notes, true)).load();
    assertThat(s.plan().plan().statements()).singleElement().satisfies(st -> assertThat(st.sql()).startsWith("CREATE TABLE public.t"));
    assertThat(notes.toString()).contains("no dev database (no embedded dev databases in this build); parsing SQL offline");
  }

  private static List<String> columns(String database) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = db.connect(database); ResultSet rs = c.createStatement().executeQuery(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position")) {
      while (rs.next()) out.add(rs.getString(1));
    }
    return out;
  }
}
