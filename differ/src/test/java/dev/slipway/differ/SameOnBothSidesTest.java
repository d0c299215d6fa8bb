package dev.slipway.differ;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.mysql.MySqlDiffRules;
import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.SizeEstimate;
import dev.slipway.model.Table;
import dev.slipway.model.change.AlterColumn;
import dev.slipway.model.mysql.MySqlDatabaseOptions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tables equal on both sides are not normalised (DiffRules#normalize(Schema, Set)); the rest still are. */
class SameOnBothSidesTest {
  private static final QualifiedName T = QualifiedName.of("public", "t");
  private static final QualifiedName U = QualifiedName.of("public", "u");

  @Test
  void equalTablesInEqualNamespacesAreTheSameWhateverTheirSize() {
    Table t = Table.of(T, List.of(Column.of("a", "int4")));
    Schema current = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(t.withSize(new SizeEstimate(1_000_000, 1L << 30)), Table.of(U, List.of(Column.of("b", "text")))));
    Schema desired = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(t, Table.of(U, List.of(Column.of("b", "varchar(10)")))));
    assertThat(Differ.sameOnBothSides(current, desired)).containsExactly(T);
  }

  @Test
  void aNamespaceThatDiffersMakesItsTablesDifferent() {
    Table t = Table.of(QualifiedName.of("app", "t"), List.of(Column.of("a", "int")));
    Namespace latin1 = new Namespace("app", null, List.of(new MySqlDatabaseOptions("latin1", "latin1_swedish_ci")));
    Namespace utf8 = new Namespace("app", null, List.of(new MySqlDatabaseOptions("utf8mb4", "utf8mb4_general_ci")));
    Schema current = Schema.of(Dialect.MYSQL, List.of(latin1), List.of(t));
    Schema desired = Schema.of(Dialect.MYSQL, List.of(utf8), List.of(t));
    assertThat(Differ.sameOnBothSides(current, desired)).isEmpty();
    assertThat(Differ.sameOnBothSides(current, Schema.of(Dialect.MYSQL, List.of(latin1), List.of(t)))).containsExactly(t.name());
  }

  @Test
  void tablesTheSameOnBothSidesAreReturnedAsTheyAreAndOthersAreNormalised() {
    Table t = Table.of(T, List.of(Column.of("a", "int4")));
    Table u = Table.of(U, List.of(Column.of("b", "int4")));
    Schema s = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(t, u));
    for (DiffRules rules : List.of(new PostgresDiffRules())) {
      Schema normalised = rules.normalize(s, Set.of(T));
      assertThat(normalised.tables().get(0)).isSameAs(t);
      assertThat(normalised.tables().get(1).columns().get(0).type()).isEqualTo(rules.normalize(s).tables().get(1).columns().get(0).type());
    }
    Table m = Table.of(QualifiedName.of("app", "m"), List.of(Column.of("a", "int(11)")));
    Schema my = Schema.of(Dialect.MYSQL, List.of(new Namespace("app", null, List.of())), List.of(m));
    assertThat(new MySqlDiffRules().normalize(my, Set.of(m.name())).tables().get(0)).isSameAs(m);
  }

  @Test
  void aSpellingDifferenceInOneTableIsStillNoChangeAndARealOneIsFound() {
    Schema current = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(Table.of(T, List.of(Column.of("a", "int4"))), Table.of(U, List.of(Column.of("b", "int4")))));
    Schema desired = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")),
        List.of(Table.of(T, List.of(Column.of("a", "integer"))), Table.of(U, List.of(Column.of("b", "bigint")))));
    assertThat(Differ.diff(current, desired, new PostgresDiffRules(), DiffOptions.DEFAULT))
        .singleElement().isInstanceOfSatisfying(AlterColumn.class, c -> assertThat(c.table()).isEqualTo(U));
  }
}
