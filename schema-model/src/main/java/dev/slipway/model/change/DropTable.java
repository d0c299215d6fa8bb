package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.Table;

/** Drop a table and its rows. */
public record DropTable(Table table) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.table(table.name()); }
}
