package dev.slipway.model.change;

import dev.slipway.model.Column;
import dev.slipway.model.InvalidModelException;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import java.util.Set;

/** Change a column in place; {@code aspects} says which parts differ (never empty). */
public record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) implements Change {
  public AlterColumn {
    aspects = Set.copyOf(aspects);
    if (aspects.isEmpty()) throw new InvalidModelException("no-op AlterColumn on " + table + "." + to.name());
    if (!from.name().equals(to.name())) {
      throw new InvalidModelException("AlterColumn cannot rename " + table + "." + from.name() + "; use RenameColumn");
    }
  }

  public boolean changes(ColumnAspect aspect) {
    return aspects.contains(aspect);
  }

  @Override public ObjectRef subject() { return ObjectRef.column(table, to.name()); }
}
