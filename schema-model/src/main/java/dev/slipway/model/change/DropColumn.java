package dev.slipway.model.change;

import dev.slipway.model.Column;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Drop a column and its data. */
public record DropColumn(QualifiedName table, Column column) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.column(table, column.name()); }
}
