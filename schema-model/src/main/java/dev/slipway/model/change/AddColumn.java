package dev.slipway.model.change;

import dev.slipway.model.Column;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Add a column to an existing table; {@code after} is the preceding column (MySQL placement), or null. */
public record AddColumn(QualifiedName table, Column column, String after) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.column(table, column.name()); }
}
