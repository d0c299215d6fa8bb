package dev.slipway.planner.mysql;

import static dev.slipway.planner.mysql.MySqlGoldenScenarios.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.model.*;
import dev.slipway.model.change.*;
import dev.slipway.model.mysql.MySqlTableOptions;
import dev.slipway.planner.PlanContext;
import dev.slipway.planner.PlanningException;
import dev.slipway.planner.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every permitted {@link Change} subtype is rendered by MySqlRenderer or refused with a message naming the object. */
class MySqlRendererCoverageTest {
  private static final Set<Class<?>> REFUSED = Set.of(AddExtension.class, DropExtension.class, AlterExtension.class,
      AddType.class, DropType.class, AlterEnum.class, AddSequence.class, DropSequence.class, AlterSequence.class,
      SetRowSecurity.class, AddPolicy.class, DropPolicy.class, AlterPolicy.class, ValidateConstraint.class);

  static Map<Class<?>, Change> samples() {
    Table users = users(POPULATED);
    QualifiedName u = users.name();
    Column age = users.requireColumn("age");
    EnumType e = new EnumType(n("mood"), List.of("a"), null);
    Sequence seq = new Sequence(n("s"), new SequenceOptions("bigint", 1, 1, 1, 100, 1, false), null, null, null);
    Policy pol = new Policy("p", true, Policy.Command.ALL, List.of("public"), Expr.of("true"), null, null);
    Trigger trig = new Trigger("tg", "CREATE TRIGGER `tg` BEFORE INSERT ON `users` FOR EACH ROW SET NEW.age = 1", null, true, null);
    Routine fn = new Routine(n("f"), Routine.Kind.FUNCTION, "", "int", "SQL", "CREATE FUNCTION `f`() RETURNS int RETURN 1", null);
    View view = new View(n("v"), "select 1 AS `x`", false, List.of(), List.of(), List.of(), null, List.of());
    Index idx = Index.of("users_age", false, "age");
    Map<Class<?>, Change> m = new LinkedHashMap<>();
    m.put(AddNamespace.class, new AddNamespace(Namespace.of("sales")));
    m.put(DropNamespace.class, new DropNamespace(Namespace.of("sales")));
    m.put(AddExtension.class, new AddExtension(new Extension("x", DB, null)));
    m.put(DropExtension.class, new DropExtension(new Extension("x", DB, null)));
    m.put(AlterExtension.class, new AlterExtension(new Extension("x", DB, "1"), new Extension("x", DB, "2")));
    m.put(AddType.class, new AddType(e));
    m.put(DropType.class, new DropType(e));
    m.put(AlterEnum.class, new AlterEnum(e, new EnumType(n("mood"), List.of("a", "b"), null)));
    m.put(AddSequence.class, new AddSequence(seq));
    m.put(DropSequence.class, new DropSequence(seq));
    m.put(AlterSequence.class, new AlterSequence(seq, new Sequence(n("s"), new SequenceOptions("bigint", 1, 2, 1, 100, 1, false), null, null, null)));
    m.put(AddTable.class, new AddTable(table("t2", null, List.of(id()), List.of())));
    m.put(DropTable.class, new DropTable(users));
    m.put(RenameTable.class, new RenameTable(u, n("people")));
    m.put(AlterTableOptions.class, new AlterTableOptions(u, users.attrs(), List.of(new MySqlTableOptions("InnoDB", "utf8mb4", "utf8mb4_general_ci", "COMPRESSED"))));
    m.put(SetRowSecurity.class, new SetRowSecurity(u, true, false));
    m.put(AddColumn.class, new AddColumn(u, Column.of("note", "text"), "age"));
    m.put(DropColumn.class, new DropColumn(u, age));
    m.put(AlterColumn.class, new AlterColumn(u, age, age.withType(SqlType.of("bigint")), Set.of(ColumnAspect.TYPE)));
    m.put(RenameColumn.class, new RenameColumn(u, "age", "years"));
    ForeignKey fk = ForeignKey.of("users_age_fk", List.of("age"), u, List.of("id"));
    m.put(AddConstraint.class, new AddConstraint(u, fk));
    m.put(DropConstraint.class, new DropConstraint(u, fk));
    m.put(ValidateConstraint.class, new ValidateConstraint(u, CheckConstraint.of("ck", "age > 0")));
    m.put(AddIndex.class, new AddIndex(u, idx));
    m.put(DropIndex.class, new DropIndex(u, idx));
    m.put(ReplaceIndex.class, new ReplaceIndex(u, idx, Index.of("users_age", true, "age")));
    m.put(RenameIndex.class, new RenameIndex(u, "users_age", "by_age"));
    m.put(AddView.class, new AddView(view));
    m.put(DropView.class, new DropView(view));
    m.put(ReplaceView.class, new ReplaceView(view, new View(n("v"), "select 2 AS `x`", false, List.of(), List.of(), List.of(), null, List.of())));
    m.put(AddRoutine.class, new AddRoutine(fn));
    m.put(DropRoutine.class, new DropRoutine(fn));
    m.put(ReplaceRoutine.class, new ReplaceRoutine(fn, new Routine(n("f"), Routine.Kind.FUNCTION, "", "int", "SQL",
        "CREATE FUNCTION `f`() RETURNS int RETURN 2", null)));
    m.put(AddTrigger.class, new AddTrigger(u, trig));
    m.put(DropTrigger.class, new DropTrigger(u, trig));
    m.put(ReplaceTrigger.class, new ReplaceTrigger(u, trig, new Trigger("tg", trig.definition().replace("1", "2"), null, true, null)));
    m.put(AddPolicy.class, new AddPolicy(u, pol));
    m.put(DropPolicy.class, new DropPolicy(u, pol));
    m.put(AlterPolicy.class, new AlterPolicy(u, pol, pol));
    m.put(SetComment.class, new SetComment(ObjectRef.table(u), null, "people"));
    return m;
  }

  @Test
  void everyChangeIsRenderedOrRefusedByName() {
    Map<Class<?>, Change> samples = samples();
    assertThat(samples.keySet()).containsExactlyInAnyOrder(Change.class.getPermittedSubclasses());
    Schema current = schema(users(POPULATED).withIndexes(List.of(Index.of("users_age", false, "age"))));
    for (ServerVersion v : List.of(MYSQL_8_4, MYSQL_8_0_15, MARIADB_11_4, MARIADB_10_3)) {
      PlanContext ctx = new PlanContext(v, current, current, null);
      samples.forEach((type, change) -> {
        if (REFUSED.contains(type)) {
          assertThatThrownBy(() -> new MySqlRenderer().render(change, ctx)).as(type.getSimpleName())
              .isInstanceOf(PlanningException.class).hasMessageContaining(change.subject().toString());
          return;
        }
        List<Statement> out = new MySqlRenderer().render(change, ctx);
        assertThat(out).as(type.getSimpleName() + " on " + v).isNotEmpty();
        for (Statement s : out) {
          assertThat(s.transactional()).isFalse();
          assertThat(s.hazards()).anyMatch(h -> h.code() == dev.slipway.planner.HazardCode.NOT_TRANSACTIONAL);
          if (s.sql().startsWith("ALTER TABLE")) {
            assertThat(s.sql()).contains("ALGORITHM=");
            assertThat(s.sql().contains("ALGORITHM=INSTANT")).isEqualTo(!s.sql().contains("LOCK="));
          }
          assertThat(s.lock().label()).isNotBlank();
        }
      });
    }
  }

  @Test
  void checkConstraintsBeforeMySql8016AreRefused() {
    Schema current = schema(users(POPULATED));
    PlanContext ctx = new PlanContext(MYSQL_8_0_15, current, current, null);
    assertThatThrownBy(() -> new MySqlRenderer().render(new AddConstraint(n("users"), CheckConstraint.of("ck", "age > 0")), ctx))
        .isInstanceOf(PlanningException.class).hasMessageContaining("8.0.16");
  }

  @Test
  void identifiersAreBacktickQuotedWithBackticksDoubled() {
    assertThat(MySqlSql.q("we`ird")).isEqualTo("`we``ird`");
    assertThat(MySqlSql.name(QualifiedName.of("other", "t"), DB)).isEqualTo("`other`.`t`");
    assertThat(MySqlSql.name(n("t"), DB)).isEqualTo("`t`");
  }
}
