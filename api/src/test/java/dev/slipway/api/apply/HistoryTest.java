package dev.slipway.api.apply;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
  private static Table table(String schema, String name) {
    return Table.of(QualifiedName.of(schema, name), List.of(Column.of("id", "bigint")));
  }

  private static Schema schema(List<String> namespaces, Table... tables) {
    return Schema.of(Dialect.POSTGRES, namespaces.stream().map(Namespace::of).toList(), List.of(tables));
  }

  @Test
  void hidesTheHistoryTableAndASchemaThatHoldsOnlyIt() {
    Schema current = schema(List.of("audit", "public"), table("audit", "slipway_history"), table("public", "t"));
    Schema desired = schema(List.of("public"), table("public", "t"));
    Schema hidden = History.hide(current, desired);
    assertThat(hidden.tables()).extracting(t -> t.name().toString()).containsExactly("public.t");
    assertThat(hidden.namespaces()).extracting(Namespace::name).containsExactly("public");
    assertThat(hidden.fingerprint()).isEqualTo(desired.fingerprint());
  }

  @Test
  void keepsTheSchemaWhenTheDesiredStateDeclaresItOrItHoldsOtherObjects() {
    Schema current = schema(List.of("audit", "public"), table("audit", "slipway_history"), table("public", "t"));
    Schema declares = schema(List.of("audit", "public"), table("public", "t"));
    assertThat(History.hide(current, declares).namespaces()).extracting(Namespace::name).containsExactly("audit", "public");
    Schema shared = schema(List.of("public"), table("public", "slipway_history"), table("public", "t"));
    assertThat(History.hide(shared, null).namespaces()).extracting(Namespace::name).containsExactly("public");
    assertThat(History.hide(shared, null).tables()).hasSize(1);
  }

  @Test
  void aSavedPlanMatchesWhicheverWayItSawTheHistorySchema() {
    Schema live = schema(List.of("audit", "public"), table("audit", "slipway_history"), table("public", "t"));
    assertThat(History.matches(live, schema(List.of("public"), table("public", "t")).fingerprint())).isTrue();
    assertThat(History.matches(live, schema(List.of("audit", "public"), table("public", "t")).fingerprint())).isTrue();
    assertThat(History.matches(live, schema(List.of("public")).fingerprint())).isFalse();
  }

  @Test
  void quotesTheSchemaName() {
    assertThat(new History("Audit \"x\"").qualifiedTable()).isEqualTo("\"Audit \"\"x\"\"\".\"slipway_history\"");
  }
}
