package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Rename a table (from a rename hint); the rest of its differences follow as separate changes. */
public record RenameTable(QualifiedName from, QualifiedName to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.table(to); }
}
