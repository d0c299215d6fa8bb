package dev.slipway.model.change;

import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;

/** Rename a column (from a rename hint), keeping its data. */
public record RenameColumn(QualifiedName table, String from, String to) implements Change {
  @Override public ObjectRef subject() { return ObjectRef.column(table, to); }
}
