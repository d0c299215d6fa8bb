package dev.slipway.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.DiffOptions;
import dev.slipway.differ.Differ;
import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.*;
import dev.slipway.model.change.*;
import dev.slipway.planner.postgres.PostgresRenderer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final ServerVersion PG16 = ServerVersion.parse(ServerVersion.Engine.POSTGRESQL, "16.4");

  private static Plan plan(Schema current, Schema desired) {
    List<Change> changes = Differ.diff(current, desired, new PostgresDiffRules(), DiffOptions.DEFAULT);
    return new Planner(new PostgresRenderer()).plan(changes, new PlanContext(PG16, current, desired, null));
  }

  private static int indexOf(Plan plan, String sqlPrefix) {
    for (int i = 0; i < plan.statements().size(); i++) {
      String sql = plan.statements().get(i).sql();
      if (sqlPrefix.endsWith("$") ? sql.equals(sqlPrefix.substring(0, sqlPrefix.length() - 1)) : sql.startsWith(sqlPrefix)) {
        return i;
      }
    }
    throw new AssertionError("no statement starting with " + sqlPrefix);
  }

  @Test
  void equalSchemasPlanNothingAndCarryFingerprints() {
    Schema s = RichSchema.schema();
    Plan p = plan(s, s);
    assertThat(p.isEmpty()).isTrue();
    assertThat(p.currentFingerprint()).isEqualTo(s.fingerprint()).startsWith("sha256:");
  }

  @Test
  void createsComeBeforeTheirDependents() {
    Plan p = plan(Schema.empty(Dialect.POSTGRES), RichSchema.schema());
    assertThat(indexOf(p, "CREATE SCHEMA IF NOT EXISTS app")).isLessThan(indexOf(p, "CREATE UNLOGGED TABLE app."));
    assertThat(indexOf(p, "CREATE TYPE public.status")).isLessThan(indexOf(p, "CREATE TABLE public.orders"));
    assertThat(indexOf(p, "CREATE DOMAIN public.email")).isLessThan(indexOf(p, "CREATE TABLE public.customers"));
    assertThat(indexOf(p, "CREATE SEQUENCE public.order_seq")).isLessThan(indexOf(p, "CREATE TABLE public.orders"));
    assertThat(indexOf(p, "CREATE TABLE public.orders")).isLessThan(indexOf(p, "ALTER SEQUENCE public.order_seq OWNED BY"));
    assertThat(indexOf(p, "CREATE TABLE public.customers")).isLessThan(indexOf(p, "CREATE TABLE public.orders"));
    assertThat(indexOf(p, "CREATE OR REPLACE FUNCTION public.audit")).isLessThan(indexOf(p, "CREATE TRIGGER orders_audit"));
    assertThat(indexOf(p, "CREATE TABLE public.events ")).isLessThan(indexOf(p, "CREATE TABLE public.events_2024"));
    assertThat(indexOf(p, "CREATE VIEW public.big_orders")).isLessThan(indexOf(p, "CREATE MATERIALIZED VIEW"));
    assertThat(indexOf(p, "CREATE POLICY")).isLessThan(indexOf(p, "ALTER TABLE public.customers ENABLE ROW LEVEL"));
  }

  @Test
  void dropsOfDependentsComeFirst() {
    Plan p = plan(RichSchema.schema(), Schema.empty(Dialect.POSTGRES));
    assertThat(indexOf(p, "DROP MATERIALIZED VIEW")).isLessThan(indexOf(p, "DROP VIEW public.big_orders"));
    assertThat(indexOf(p, "DROP VIEW public.big_orders")).isLessThan(indexOf(p, "DROP TABLE public.orders"));
    assertThat(indexOf(p, "DROP TABLE public.orders")).isLessThan(indexOf(p, "DROP TABLE public.customers"));
    assertThat(indexOf(p, "DROP TABLE public.orders")).isLessThan(indexOf(p, "DROP FUNCTION public.audit"));
    assertThat(indexOf(p, "DROP TABLE public.customers")).isLessThan(indexOf(p, "DROP DOMAIN public.email"));
    assertThat(indexOf(p, "DROP TABLE public.events_2024")).isLessThan(indexOf(p, "DROP TABLE public.events$"));
    assertThat(indexOf(p, "DROP TABLE app.")).isLessThan(indexOf(p, "DROP SCHEMA app"));
  }

  @Test
  void orderIsDeterministicWhateverTheInputOrder() {
    Schema desired = RichSchema.schema();
    Schema empty = Schema.empty(Dialect.POSTGRES);
    List<Change> changes = new ArrayList<>(Differ.diff(empty, desired, new PostgresDiffRules(), DiffOptions.DEFAULT));
    PlanContext ctx = new PlanContext(PG16, empty, desired, null);
    Plan a = new Planner(new PostgresRenderer()).plan(changes, ctx);
    Collections.reverse(changes);
    Plan b = new Planner(new PostgresRenderer()).plan(changes, ctx);
    assertThat(b.statements().stream().map(Statement::sql).toList())
        .isEqualTo(a.statements().stream().map(Statement::sql).toList());
  }

  @Test
  void defaultsStopUsingASequenceBeforeItIsDropped() {
    QualifiedName t = QualifiedName.of("public", "t");
    QualifiedName seq = QualifiedName.of("public", "t_seq");
    Table with = Table.of(t, List.of(Column.of("id", "bigint").withNullable(false)
        .withDefault(Expr.of("nextval('public.t_seq'::regclass)"))));
    Schema current = new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(), List.of(),
        List.of(new Sequence(seq, SequenceOptions.defaults("bigint"), null, null, null)), List.of(with), List.of(),
        List.of(), List.of());
    Schema desired = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(Table.of(t, List.of(Column.of("id", "bigint").withNullable(false)))));
    Plan p = plan(current, desired);
    assertThat(indexOf(p, "ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT"))
        .isLessThan(indexOf(p, "DROP SEQUENCE public.t_seq"));
  }

  @Test
  void indexOnExistingTableTakesNoBlockingLock() {
    Table orders = RichSchema.orders();
    Schema current = RichSchema.schema();
    List<Table> tables = new ArrayList<>();
    for (Table x : current.tables()) {
      tables.add(x.name().equals(orders.name())
          ? x.withIndexes(List.of(x.indexes().get(0), Index.of("orders_status_idx", false, "status"))) : x);
    }
    Plan p = plan(current, current.withTables(tables));
    assertThat(p.statements()).singleElement().satisfies(s -> {
      assertThat(s.sql()).startsWith("CREATE INDEX CONCURRENTLY");
      assertThat(s.transactional()).isFalse();
      assertThat(s.lock()).isEqualTo(LockMode.SHARE_UPDATE_EXCLUSIVE);
      assertThat(s.hazards()).extracting(Hazard::code).contains(HazardCode.INDEX_BUILD, HazardCode.NOT_TRANSACTIONAL);
    });
  }

  @Test
  void aLongForeignKeyChainAndACycleOfThree() {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      List<Constraint> cons = new ArrayList<>(List.of(PrimaryKey.of("c" + i + "_pkey", "id")));
      // c0 → c19999 closes one long cycle through every table.
      int target = i == 0 ? 19_999 : i - 1;
      cons.add(ForeignKey.of("c" + i + "_fk", List.of("parent"), QualifiedName.of("public", "c" + target),
          List.of("id")));
      tables.add(new Table(QualifiedName.of("public", "c" + i), List.of(Column.of("id", "bigint").withNullable(false),
          Column.of("parent", "bigint")), cons, List.of(), List.of(), List.of(), null, null, false, false, null,
          List.of(), null));
    }
    Plan p = plan(Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of()),
        Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), tables));
    assertThat(p.statements()).hasSize(40_000);
    assertThat(p.statements().get(0).sql()).startsWith("CREATE TABLE").doesNotContain("FOREIGN KEY");
    assertThat(p.statements().get(39_999).sql()).contains("FOREIGN KEY");
  }

  @Test
  void planningFiftyThousandNewTablesIsLinear() {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      QualifiedName n = QualifiedName.of("public", "t" + i);
      List<Constraint> cons = new ArrayList<>(List.of(PrimaryKey.of("t" + i + "_pkey", "id")));
      if (i > 0) {
        cons.add(ForeignKey.of("t" + i + "_fk", List.of("parent"), QualifiedName.of("public", "t" + (i / 2)),
            List.of("id")));
      }
      tables.add(new Table(n, List.of(Column.of("id", "bigint").withNullable(false), Column.of("parent", "bigint")),
          cons, List.of(), List.of(), List.of(), null, null, false, false, null, List.of(), null));
    }
    Schema desired = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), tables);
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    Plan p = plan(Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of()), desired);
    System.out.println("diff + plan of 50,000 new tables: " + (bean.getCurrentThreadCpuTime() - start) / 1_000_000
        + " ms CPU");
    assertThat(p.statements()).hasSize(50_000);
    assertThat(indexOf(p, "CREATE TABLE public.t0 ")).isLessThan(indexOf(p, "CREATE TABLE public.t1 "));
  }
}
