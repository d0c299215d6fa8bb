package dev.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ValidationTest {
  private static final QualifiedName T = QualifiedName.of("public", "t");

  private static void rejects(Executable build, String message) {
    assertThatThrownBy(build::execute).isInstanceOf(InvalidModelException.class).hasMessage(message);
  }

  @Test
  void namesMustBePresent() {
    rejects(() -> QualifiedName.of("public", ""), "object in schema public: name must not be empty");
    rejects(() -> QualifiedName.of(null, "t"), "schema of t: name must not be empty");
    rejects(() -> Column.of("a\0b", "int"), "column: name must not contain a NUL character");
    rejects(() -> SqlType.of(" "), "type must not be empty");
  }

  @Test
  void tablesRejectDuplicateAndUnknownColumns() {
    rejects(() -> Table.of(T, List.of(Column.of("a", "int"), Column.of("a", "text"))),
        "table public.t column: duplicate a");
    rejects(() -> Table.of(T, List.of(Column.of("a", "int"))).withConstraints(List.of(PrimaryKey.of("t_pkey", "b"))),
        "constraint t_pkey on public.t names unknown column b");
    rejects(() -> Table.of(T, List.of(Column.of("a", "int"))).withIndexes(List.of(Index.of("t_b_idx", false, "b"))),
        "index t_b_idx on public.t names unknown column b");
    rejects(() -> Table.of(T, List.of(Column.of("a", "int"), Column.of("b", "int")))
            .withConstraints(List.of(PrimaryKey.of("p1", "a"), PrimaryKey.of("p2", "b"))),
        "table public.t has more than one primary key");
  }

  @Test
  void constraintsAndIndexesCheckTheirShape() {
    rejects(() -> ForeignKey.of("fk", List.of("a", "b"), T, List.of("x")),
        "foreign key fk has 2 columns but references 1");
    rejects(() -> new PrimaryKey("pk", List.of(), List.of(), null), "primary key pk has no columns");
    rejects(() -> new Index("i", List.of(IndexKey.column("a")), "btree", false, true, List.of(), null, List.of(),
        true, null, List.of()), "index i: NULLS NOT DISTINCT needs a unique index");
    rejects(() -> new IndexKey("a", Expr.of("lower(a)"), null, null, null, null, null),
        "an index key is either a column or an expression");
    rejects(() -> new IndexKey("a", null, null, null, null, null, 0), "index prefix length must be positive, was 0");
  }

  @Test
  void columnsRejectContradictions() {
    Identity id = new Identity(Identity.Generation.BY_DEFAULT, SequenceOptions.defaults("integer"));
    rejects(() -> Column.of("a", "int").withIdentity(id), "identity column a must be NOT NULL");
    rejects(() -> Column.of("a", "int").withNullable(false).withIdentity(id).withDefault(Expr.of("1")),
        "column a cannot have both a default and an identity");
    rejects(() -> Column.of("a", "int").withDefault(Expr.of("1")).withGenerated(new Generated(Expr.of("b + 1"), true)),
        "generated column a cannot have a default or an identity");
  }

  @Test
  void sequencesRejectImpossibleOptions() {
    rejects(() -> new SequenceOptions("bigint", 1, 0, 1, 10, 1, false), "sequence increment must not be zero");
    rejects(() -> new SequenceOptions("bigint", 11, 1, 1, 10, 1, false), "sequence start 11 is outside [1, 10]");
    rejects(() -> new SequenceOptions("bigint", 1, 1, 5, 1, 1, false), "sequence minvalue 5 exceeds maxvalue 1");
  }

  @Test
  void enumsRejectDuplicateLabelsButKeepTheirOrder() {
    rejects(() -> new EnumType(T, List.of("a", "b", "a"), null), "enum public.t label: duplicate a");
    assertThat(new EnumType(T, List.of("z", "a"), null).labels()).containsExactly("z", "a");
  }

  @Test
  void recordsAreImmutable() {
    List<Column> columns = new java.util.ArrayList<>(List.of(Column.of("a", "int")));
    Table t = Table.of(T, columns);
    columns.add(Column.of("b", "int"));
    assertThat(t.columns()).hasSize(1);
    assertThatThrownBy(() -> t.columns().add(Column.of("c", "int"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void policiesDefaultToPublicAndSortRoles() {
    Policy p = new Policy("p", true, null, List.of("writer", "reader"), null, null, null);
    assertThat(p.command()).isEqualTo(Policy.Command.ALL);
    assertThat(p.roles()).containsExactly("reader", "writer");
    assertThat(new Policy("q", true, null, List.of(), null, null, null).roles()).containsExactly("public");
  }
}
