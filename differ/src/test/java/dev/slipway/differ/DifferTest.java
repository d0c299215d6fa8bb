package dev.slipway.differ;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.*;
import dev.slipway.model.change.*;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DifferTest {
  private static final DiffRules RULES = new PostgresDiffRules();

  private static List<Change> diff(Schema a, Schema b) {
    return Differ.diff(a, b, RULES, DiffOptions.DEFAULT);
  }

  @Test
  void equalSchemasGiveNoChanges() {
    Schema s = RichSchema.schema();
    assertThat(diff(s, s)).isEmpty();
    assertThat(diff(Schema.empty(Dialect.POSTGRES), Schema.empty(Dialect.POSTGRES))).isEmpty();
    // A copy built separately, with its rename hints already applied, is still equal.
    Schema hinted = RichSchema.schema().withRenameHints(List.of(
        new RenameHint(RichSchema.ORDERS, null, "purchases", "schema.sql:1:1"),
        new RenameHint(RichSchema.ORDERS, "amount", "total", "schema.sql:4:3")));
    assertThat(diff(s, hinted)).isEmpty();
  }

  @Test
  void emptyToRichCreatesEverythingAndBack() {
    Schema s = RichSchema.schema();
    List<Change> up = diff(Schema.empty(Dialect.POSTGRES), s);
    assertThat(up).hasAtLeastOneElementOfType(AddTable.class).hasAtLeastOneElementOfType(AddView.class)
        .hasAtLeastOneElementOfType(AddRoutine.class).hasAtLeastOneElementOfType(AddType.class)
        .hasAtLeastOneElementOfType(AddSequence.class).hasAtLeastOneElementOfType(AddExtension.class)
        .hasAtLeastOneElementOfType(SetComment.class);
    List<Change> down = diff(s, Schema.empty(Dialect.POSTGRES));
    assertThat(down).hasAtLeastOneElementOfType(DropTable.class).noneMatch(c -> c instanceof DropSequence)
        .as("an owned sequence goes with its table");
    assertThat(diff(Schema.empty(Dialect.POSTGRES), s)).isEqualTo(up).as("deterministic");
  }

  @Test
  void typeAliasesAndRedundantParenthesesAreNotDifferences() {
    QualifiedName t = QualifiedName.of("public", "t");
    Schema a = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(new Table(t,
        List.of(Column.of("a", "int4"), Column.of("b", "varchar(10)"), Column.of("c", "timestamptz"),
            Column.of("d", "bool").withDefault(Expr.of("TRUE")), Column.of("e", "text").withCollation("default")),
        List.of(CheckConstraint.of("t_check", "((a > 0))")), List.of(), List.of(), List.of(), null, null, false,
        false, null, List.of(), null)));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(new Table(t,
        List.of(Column.of("a", "integer"), Column.of("b", "character varying(10)"),
            Column.of("c", "timestamp with time zone"), Column.of("d", "boolean").withDefault(Expr.of("true")),
            Column.of("e", "text")),
        List.of(CheckConstraint.of("t_check", "(a > 0)")), List.of(), List.of(), List.of(), null, null, false,
        false, null, List.of(), null)));
    assertThat(diff(a, b)).isEmpty();
  }

  @Test
  void castsAndNowAreKeptApart() {
    assertThat(RULES.sameDefault(Expr.of("'x'::text"), Expr.of("'x'::character varying"))).isFalse();
    assertThat(RULES.sameDefault(Expr.of("now()"), Expr.of("CURRENT_TIMESTAMP"))).isFalse();
    assertThat(RULES.sameDefault(Expr.of("'A'::text"), Expr.of("'a'::text"))).isFalse();
    assertThat(RULES.sameType(SqlType.of("numeric(10)"), SqlType.of("numeric(10,0)"))).isTrue();
    assertThat(RULES.sameType(SqlType.of("timestamptz(3)"), SqlType.of("timestamp(3) with time zone"))).isTrue();
    assertThat(RULES.sameType(SqlType.of("varchar"), SqlType.of("text"))).isFalse();
    assertThat(RULES.sameExpression(Expr.of("COALESCE( a , b )"), Expr.of("coalesce(a,b)"))).isTrue();
    assertThat(RULES.sameExpression(Expr.of("'a , b'"), Expr.of("'a,b'"))).isFalse();
    assertThat(RULES.sameExpression(Expr.of("\"A\" > 0"), Expr.of("a > 0"))).isFalse();
  }

  @Test
  void columnChangesCarryTheirAspects() {
    Schema a = RichSchema.schema();
    Table orders = RichSchema.orders();
    List<Column> cols = new ArrayList<>();
    for (Column c : orders.columns()) {
      cols.add(c.name().equals("amount") ? c.withType(SqlType.of("numeric(14,2)")).withNullable(true) : c);
    }
    Schema b = replace(a, orders.withColumns(cols));
    List<Change> changes = diff(a, b);
    assertThat(changes).hasSize(1);
    AlterColumn alter = (AlterColumn) changes.get(0);
    assertThat(alter.aspects()).containsExactlyInAnyOrder(ColumnAspect.TYPE, ColumnAspect.NULLABILITY);
  }

  @Test
  void notValidToValidIsAValidation() {
    QualifiedName t = QualifiedName.of("public", "t");
    Table base = Table.of(t, List.of(Column.of("a", "integer")));
    Schema a = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withConstraints(
        List.of(new CheckConstraint("c", Expr.of("a > 0"), false, false, null)))));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withConstraints(
        List.of(new CheckConstraint("c", Expr.of("a > 0"), true, false, null)))));
    assertThat(diff(a, b)).singleElement().isInstanceOf(ValidateConstraint.class);
    assertThat(diff(b, a)).isEmpty();
  }

  @Test
  void changedAndInvalidIndexesAreReplacedAndSameDefinitionIsARename() {
    QualifiedName t = QualifiedName.of("public", "t");
    Table base = Table.of(t, List.of(Column.of("a", "integer"), Column.of("b", "integer")));
    Schema invalid = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withIndexes(
        List.of(Index.of("i", false, "a").withValid(false)))));
    Schema valid = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withIndexes(List.of(Index.of("i", false, "a")))));
    Schema wider = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withIndexes(List.of(Index.of("i", false, "a", "b")))));
    Schema renamed = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withIndexes(List.of(Index.of("j", false, "a")))));
    assertThat(diff(invalid, valid)).singleElement().isInstanceOf(ReplaceIndex.class);
    assertThat(diff(valid, wider)).singleElement().isInstanceOf(ReplaceIndex.class);
    assertThat(diff(valid, renamed)).singleElement().isInstanceOf(RenameIndex.class);
  }

  @Test
  void aPrimaryKeyThatOnlyChangedItsNameIsRenamedNotRebuilt() {
    QualifiedName t = QualifiedName.of("public", "t");
    Table base = Table.of(t, List.of(Column.of("a", "integer").withNullable(false)));
    Schema a = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withConstraints(List.of(PrimaryKey.of("old_pkey", "a")))));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(), List.of(base.withConstraints(List.of(PrimaryKey.of("t_pkey", "a")))));
    assertThat(diff(a, b)).containsExactly(new RenameIndex(t, "old_pkey", "t_pkey"));
  }

  @Test
  void renameHintsBecomeRenames() {
    Schema a = RichSchema.schema();
    Table orders = RichSchema.orders();
    QualifiedName purchases = QualifiedName.of("public", "purchases");
    List<Column> cols = new ArrayList<>();
    for (Column c : orders.columns()) cols.add(c.name().equals("status") ? c.withName("state") : c);
    List<Index> idx = List.of();
    Table renamed = new Table(purchases, cols, orders.constraints(), idx, orders.triggers(), orders.policies(),
        null, null, false, false, null, List.of(), null);
    Schema b = replace(a, renamed).withRenameHints(List.of(
        new RenameHint(purchases, null, "orders", "schema.sql:10:1"),
        new RenameHint(purchases, "state", "status", "schema.sql:12:3")));
    // The removed index used "status": drop it in the desired too, to keep the expectation small.
    List<Change> changes = diff(a, b);
    assertThat(changes).contains(new RenameTable(RichSchema.ORDERS, purchases),
        new RenameColumn(purchases, "status", "state"));
    assertThat(changes).noneMatch(c -> c instanceof DropTable || c instanceof AddTable || c instanceof DropColumn
        || c instanceof AddColumn);
  }

  @Test
  void aDanglingRenameHintIsAnErrorNamingItsLocation() {
    Schema a = RichSchema.schema();
    Schema b = a.withRenameHints(List.of(new RenameHint(QualifiedName.of("public", "nope"), null, "ghost",
        "schema.sql:7:1")));
    Schema b2 = a.withRenameHints(List.of(new RenameHint(RichSchema.ORDERS, "nothing", "ghost", "schema.yaml:9:5")));
    assertThatThrownBy(() -> diff(a, b.withTables(plusTable(b, Table.of(QualifiedName.of("public", "nope"),
        List.of(Column.of("x", "text")))))))
        .isInstanceOf(DiffException.class).hasMessageContaining("schema.sql:7:1").hasMessageContaining("public.ghost");
    assertThatThrownBy(() -> diff(a, b2)).isInstanceOf(DiffException.class)
        .hasMessageContaining("schema.yaml:9:5").hasMessageContaining("ghost");
  }

  @Test
  void aRenameHintWhoseOldNameIsStillDesiredIsAnError() {
    QualifiedName users = QualifiedName.of("public", "users");
    Table current = Table.of(users, List.of(Column.of("id", "bigint"), Column.of("username", "text"),
        Column.of("user_name", "character varying(50)")));
    Table desired = Table.of(users, List.of(Column.of("id", "bigint"), Column.of("username", "text"),
        Column.of("user_name", "character varying(100)")));
    Schema a = Schema.of(Dialect.POSTGRES, List.of(), List.of(current));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(), List.of(desired))
        .withRenameHints(List.of(new RenameHint(users, "user_name", "username", "schema.sql:4:3")));
    assertThatThrownBy(() -> diff(a, b)).isInstanceOf(DiffException.class)
        .hasMessageContaining("schema.sql:4:3").hasMessageContaining("still has a column username");
    // Tables likewise: old_users renamed to users while old_users is still desired.
    QualifiedName old = QualifiedName.of("public", "old_users");
    Schema b2 = Schema.of(Dialect.POSTGRES, List.of(), List.of(desired, Table.of(old, List.of(Column.of("x", "text")))))
        .withRenameHints(List.of(new RenameHint(users, null, "old_users", "schema.sql:1:1")));
    assertThatThrownBy(() -> diff(a, b2)).isInstanceOf(DiffException.class)
        .hasMessageContaining("schema.sql:1:1").hasMessageContaining("still has a table public.old_users");
  }

  @Test
  void filtersLeaveUnmanagedObjectsAlone() {
    Schema a = RichSchema.schema();
    Schema empty = Schema.empty(Dialect.POSTGRES);
    List<Change> onlyApp = Differ.diff(a, empty, RULES, new DiffOptions(List.of("app"), List.of(), false));
    assertThat(onlyApp).isNotEmpty().allMatch(c -> c.subject().name().schema().equals("app"));
    List<Change> excluded = Differ.diff(a, empty, RULES, new DiffOptions(List.of(), List.of("public.*", "app"), false));
    assertThat(excluded).allMatch(c -> c.subject().kind() == ObjectKind.SCHEMA
        && c.subject().name().schema().equals("public") || c instanceof DropExtension);
    List<Change> glob = Differ.diff(a, empty, RULES, new DiffOptions(List.of(), List.of("public.ord?rs"), false));
    assertThat(glob).noneMatch(c -> c instanceof DropTable d && d.table().name().equals(RichSchema.ORDERS));
    assertThat(glob).anyMatch(c -> c instanceof DropTable d && d.table().name().equals(RichSchema.CUSTOMERS));
  }

  @Test
  void schemasThatDesiredObjectsLiveInAreNeverDropped() {
    Table t = Table.of(QualifiedName.of("sales", "t"), List.of(Column.of("a", "integer")));
    Schema listed = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("sales")), List.of(t));
    Schema unlisted = Schema.of(Dialect.POSTGRES, List.of(), List.of(t));
    assertThat(diff(listed, unlisted)).isEmpty();
    assertThat(diff(unlisted, unlisted)).isEmpty();
    assertThat(diff(Schema.empty(Dialect.POSTGRES), unlisted))
        .containsExactly(new AddNamespace(Namespace.of("sales")), new AddTable(t));
  }

  @Test
  void fiftyThousandTables() {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      QualifiedName n = QualifiedName.of("public", "t" + i);
      tables.add(new Table(n, List.of(Column.of("id", "bigint").withNullable(false), Column.of("name", "text"),
          Column.of("at", "timestamptz")), List.of(PrimaryKey.of("t" + i + "_pkey", "id")),
          List.of(Index.of("t" + i + "_name_idx", false, "name")), List.of(), List.of(), null, null, false, false,
          null, List.of(), null));
    }
    Schema a = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), tables);
    List<Table> changed = new ArrayList<>(tables);
    changed.set(123, changed.get(123).withComment("changed"));
    Schema b = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), changed);
    // Printed, not asserted (DESIGN.md §8: no timing assertions); CPU time, so a loaded machine does not lie.
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = bean.getCurrentThreadCpuTime();
    List<Change> changes = diff(a, b);
    System.out.println("diff of 50,000 tables: " + (bean.getCurrentThreadCpuTime() - start) / 1_000_000 + " ms CPU");
    assertThat(changes).singleElement().isInstanceOf(SetComment.class);
  }

  private static Schema replace(Schema s, Table t) {
    List<Table> tables = new ArrayList<>();
    for (Table x : s.tables()) if (!x.name().equals(RichSchema.ORDERS)) tables.add(x);
    tables.add(t);
    return s.withTables(tables);
  }

  private static List<Table> plusTable(Schema s, Table t) {
    List<Table> tables = new ArrayList<>(s.tables());
    tables.add(t);
    return tables;
  }
}
