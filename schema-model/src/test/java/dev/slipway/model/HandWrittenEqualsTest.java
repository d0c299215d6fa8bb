package dev.slipway.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.mysql.MySqlDatabaseOptions;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out for speed (Column, SqlType, Expr, QualifiedName)
 * still mean what a record's generated ones mean: equal exactly when every component is, and the same
 * hash value (h = 31 * h + hash of each component, in order). A new component fails the first test until
 * the methods and this test are updated together.
 */
class HandWrittenEqualsTest {
  @Test
  void theComponentsAreTheOnesTheMethodsCompare() {
    assertThat(names(Column.class)).containsExactly("name", "type", "nullable", "defaultValue", "identity",
        "generated", "collation", "comment", "attrs");
    assertThat(names(SqlType.class)).containsExactly("text");
    assertThat(names(Expr.class)).containsExactly("text");
    assertThat(names(QualifiedName.class)).containsExactly("schema", "name");
  }

  @Test
  void eachComponentMattersToEquals() {
    Column base = new Column("a", SqlType.of("integer"), false, null, null, null, "C", "note", List.of());
    assertThat(new Column("a", SqlType.of("integer"), false, null, null, null, "C", "note", List.of())).isEqualTo(base);
    List<Column> variants = List.of(
        new Column("b", SqlType.of("integer"), false, null, null, null, "C", "note", List.of()),
        new Column("a", SqlType.of("bigint"), false, null, null, null, "C", "note", List.of()),
        new Column("a", SqlType.of("integer"), true, null, null, null, "C", "note", List.of()),
        new Column("a", SqlType.of("integer"), false, Expr.of("0"), null, null, "C", "note", List.of()),
        new Column("a", SqlType.of("integer"), false, null,
            new Identity(Identity.Generation.ALWAYS, SequenceOptions.defaults("integer")), null, "C", "note", List.of()),
        new Column("a", SqlType.of("integer"), false, null, null, new Generated(Expr.of("1"), true), "C", "note", List.of()),
        new Column("a", SqlType.of("integer"), false, null, null, null, "POSIX", "note", List.of()),
        new Column("a", SqlType.of("integer"), false, null, null, null, "C", "other", List.of()),
        new Column("a", SqlType.of("integer"), false, null, null, null, "C", "note",
            List.of(new MySqlDatabaseOptions("utf8mb4", null))));
    for (int i = 0; i < variants.size(); i++) {
      assertThat(variants.get(i)).as("variant %d", i).isNotEqualTo(base);
      assertThat(base).as("variant %d", i).isNotEqualTo(variants.get(i));
    }
    assertThat(SqlType.of("int")).isEqualTo(SqlType.of(new String("int"))).isNotEqualTo(SqlType.of("int4"))
        .isNotEqualTo(Expr.of("int"));
    assertThat(Expr.of("1")).isEqualTo(Expr.of(new String("1"))).isNotEqualTo(Expr.of("2"));
    assertThat(QualifiedName.of("s", "t")).isEqualTo(QualifiedName.of("s", "t"))
        .isNotEqualTo(QualifiedName.of("s", "u")).isNotEqualTo(QualifiedName.of("r", "t"))
        .isNotEqualTo(QualifiedName.of("t", "s"));
  }

  @Test
  void hashCodesAreTheOnesRecordsGive() throws Exception {
    List<Record> samples = List.of(
        new Column("a", SqlType.of("integer"), true, Expr.of("0"), null, null, "C", "note",
            List.of(new MySqlDatabaseOptions("utf8mb4", "utf8mb4_bin"))),
        new Column("id", SqlType.of("bigint"), false, null,
            new Identity(Identity.Generation.BY_DEFAULT, SequenceOptions.defaults("bigint")), null, null, null, List.of()),
        SqlType.of("text"), Expr.of("now()"), QualifiedName.of("public", "orders"));
    for (Record r : samples) {
      int h = 0;
      for (RecordComponent c : r.getClass().getRecordComponents()) h = 31 * h + Objects.hashCode(c.getAccessor().invoke(r));
      assertThat(r.hashCode()).as("%s", r).isEqualTo(h);
    }
  }

  @Test
  void namesSortBySchemaThenName() {
    List<QualifiedName> names = Arrays.asList(QualifiedName.of("b", "a"), QualifiedName.of("a", "z"),
        QualifiedName.of("a", "B"), QualifiedName.of("a", "b"));
    names.sort(null);
    assertThat(names).containsExactly(QualifiedName.of("a", "B"), QualifiedName.of("a", "b"),
        QualifiedName.of("a", "z"), QualifiedName.of("b", "a"));
  }

  private static List<String> names(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }
}
