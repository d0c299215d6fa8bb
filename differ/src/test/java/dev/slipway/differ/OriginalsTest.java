package dev.slipway.differ;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.differ.postgres.PostgresDiffRules;
import dev.slipway.model.CheckConstraint;
import dev.slipway.model.Column;
import dev.slipway.model.Dialect;
import dev.slipway.model.Namespace;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Schema;
import dev.slipway.model.Table;
import dev.slipway.model.View;
import dev.slipway.model.change.AddConstraint;
import dev.slipway.model.change.AddView;
import dev.slipway.model.change.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes carry the desired schema's own text, never the rules' comparison form. */
class OriginalsTest {
  @Test
  void changesCarryTheOriginalTextNotTheNormalisedOne() {
    QualifiedName t = QualifiedName.of("public", "t");
    Table current = Table.of(t, List.of(Column.of("a", "integer")));
    CheckConstraint check = CheckConstraint.of("t_a_check", "(a > (0)::integer)");
    Table desiredTable = current.withConstraints(List.of(check));
    View view = new View(QualifiedName.of("public", "v"), " SELECT t.a\n   FROM public.t\n  WHERE (t.a > 1);", false,
        List.of(), List.of(), List.of(t), null, List.of());
    Schema cur = Schema.of(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(current));
    Schema des = new Schema(Dialect.POSTGRES, List.of(Namespace.of("public")), List.of(), List.of(), List.of(),
        List.of(desiredTable), List.of(view), List.of(), List.of());
    List<Change> changes = Differ.diff(cur, des, new PostgresDiffRules(), DiffOptions.DEFAULT);
    assertThat(changes).filteredOn(AddConstraint.class::isInstance).singleElement()
        .satisfies(c -> assertThat(((AddConstraint) c).constraint()).isSameAs(check));
    assertThat(changes).filteredOn(AddView.class::isInstance).singleElement()
        .satisfies(c -> assertThat(((AddView) c).view()).isSameAs(view));
  }
}
