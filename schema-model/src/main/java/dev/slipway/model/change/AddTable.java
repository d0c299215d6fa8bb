package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.Table;

/** Create a table with its columns, constraints, indexes, triggers and policies. */
public record AddTable(Table table) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.table(table.name()); }
}
