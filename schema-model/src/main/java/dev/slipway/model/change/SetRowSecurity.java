package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Enable, disable or force row-level security on a table. */
public record SetRowSecurity(QualifiedName table, boolean enabled, boolean forced) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.table(table); }
}
